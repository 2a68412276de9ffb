/**
 * News organisations whose names appear as credit lines, byline suffixes and dateline tags.
 * Short forms map to the name the app stores.
 */
const OUTLETS: Record<string, string> = {
  "AP": "Associated Press", "The Associated Press": "Associated Press", "Associated Press": "Associated Press",
  "Reuters": "Reuters", "REUTERS": "Reuters", "Thomson Reuters": "Reuters",
  "AFP": "Agence France-Presse", "Agence France-Presse": "Agence France-Presse",
  "Xinhua": "Xinhua", "Xinhua News Agency": "Xinhua",
  "CBS News": "CBS News", "NBC News": "NBC News", "ABC News": "ABC News", "CNN": "CNN", "Fox News": "Fox News",
  "NPR": "NPR", "BBC": "BBC News", "BBC News": "BBC News", "Bloomberg": "Bloomberg", "Bloomberg News": "Bloomberg",
  "The New York Times": "The New York Times", "New York Times": "The New York Times",
  "The Washington Post": "The Washington Post", "The Wall Street Journal": "The Wall Street Journal",
  "South China Morning Post": "South China Morning Post", "SCMP": "South China Morning Post",
  "Global Times": "Global Times", "China Daily": "China Daily", "CGTN": "CGTN", "Kyodo": "Kyodo News", "Kyodo News": "Kyodo News",
  "Yonhap": "Yonhap", "Nikkei Asia": "Nikkei Asia", "Politico": "Politico", "POLITICO": "Politico", "Axios": "Axios",
  "Financial Times": "Financial Times", "The Guardian": "The Guardian", "Al Jazeera": "Al Jazeera", "Voice of America": "Voice of America", "VOA": "Voice of America",
};

/** The stored name of an outlet written as `written`, or null for names the app does not know. */
export function outletNamed(written: string): string | null {
  return OUTLETS[written.trim().replace(/[.,]$/, "")] ?? null;
}

export const OUTLET_PATTERN = Object.keys(OUTLETS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");
