/**
 * The topic taxonomy. `cues` are the phrases the extractor looks for (lower case, matched on
 * word boundaries; a trailing * matches any word ending) when deciding that a topic was raised.
 */
export interface TopicDefinition {
  slug: string;
  name: string;
  parent?: string;
  description: string;
  cues: string[];
  /** its cues name a form of contact ("face-to-face"): before a word for a meeting they describe it, they are not a subject raised */
  describesContact?: boolean;
}

export const TOPICS: readonly TopicDefinition[] = [
  {
    slug: "fentanyl",
    name: "Fentanyl and counternarcotics",
    description: "Synthetic opioids, precursor chemicals and counternarcotics cooperation.",
    cues: ["fentanyl", "counternarcotic*", "counter-narcotic*", "precursor chemical*", "precursors", "synthetic opioid*", "opioid*", "narcotics", "drug trafficking", "fentanyl trade", "drug trade", "drug proceeds", "pill press*", "synthetic drug*", "illicit drug*", "anti-drug", "drug control", "counter-drug"],
  },
  {
    slug: "military-communication",
    name: "Military communication",
    description: "Military-to-military channels, hotlines, defence talks and maritime safety mechanisms.",
    cues: ["military-to-military", "mil-to-mil", "military communication*", "military channel*", "military contact*", "military matters", "militaries", "hotline", "maritime consultative", "mmca", "defense policy coordination talks", "theater commander*", "military talks", "military dialogue*", "maritime safety", "military-to-military communication*", "defense policy talks", "theater-level", "mil-mil", "military affairs", "military ties", "military relations", "military relationship", "defense ties", "defense talks", "defense consultations", "unsafe intercept*", "close encounters", "crisis communication*", "military hotline", "operator-level"],
  },
  {
    slug: "taiwan",
    name: "Taiwan",
    description: "Taiwan, the one-China policy and cross-strait relations.",
    cues: ["taiwan", "taiwanese", "one-china", "one china", "cross-strait", "reunification", "taipei", "taiwan strait", "lai ching-te", "tsai ing-wen", "taiwan independence"],
  },
  {
    slug: "human-rights",
    name: "Human rights",
    description: "Human rights, civil liberties and treatment of minorities.",
    cues: ["human rights", "rights abuses", "forced labor", "forced labour", "religious freedom", "political prisoners", "dissidents", "transnational repression", "persecution"],
  },
  { slug: "xinjiang", name: "Xinjiang", parent: "human-rights", description: "Xinjiang and the Uyghurs.", cues: ["xinjiang", "uyghur*", "uighur*"] },
  { slug: "tibet", name: "Tibet", parent: "human-rights", description: "Tibet.", cues: ["tibet", "tibetan*", "dalai lama"] },
  { slug: "hong-kong", name: "Hong Kong", parent: "human-rights", description: "Hong Kong's autonomy and freedoms.", cues: ["hong kong"] },
  {
    slug: "trade-tariffs",
    name: "Trade and tariffs",
    description: "Tariffs, trade balances, purchases and trade deals.",
    cues: ["tariff*", "trade deal*", "trade war", "trade truce", "trade talks", "trade imbalance*", "trade deficit*", "soybean*", "trade", "market access", "levies", "import duties", "retaliatory duties", "reciprocal tariff*", "phase one", "de minimis", "trade barriers", "unfair trade", "trade practices", "trade policies", "trade surplus", "trade relations", "purchases of american", "farm purchases", "agricultural purchases", "trade agreement"],
  },
  {
    slug: "export-controls",
    name: "Export controls",
    description: "Technology export controls, entity lists and chips.",
    cues: ["export control*", "entity list", "chip*", "semiconductor*", "rare earth*", "critical mineral*", "technology exports", "tech exports", "export restrictions", "restrictions on technology", "trade blacklist", "advanced technologies", "chipmaker*", "huawei", "nvidia", "sanctioned chinese companies", "advanced computing", "dual-use", "gallium", "germanium", "technology controls", "tech restrictions", "export ban*", "small yard"],
  },
  {
    slug: "investment-restrictions",
    name: "Investment restrictions",
    description: "Outbound and inbound investment screening.",
    cues: ["investment restriction*", "restrictions on u.s. investment", "outbound investment", "investment screening", "cfius", "restrictions on investment", "investment restrictions", "restrictions on trade and investment", "investment curbs", "outbound investment rules", "investment barriers", "barriers to investment", "inbound investment", "delisting"],
  },
  {
    slug: "north-korea",
    name: "North Korea",
    description: "North Korea's nuclear and missile programmes.",
    cues: ["north korea*", "pyongyang", "kim jong un", "kim jong-un", "denuclearization", "korean peninsula", "dprk", "democratic people's republic of korea"],
  },
  {
    slug: "covid-origins",
    name: "COVID-19 and its origins",
    description: "The coronavirus pandemic and the investigation into its origins.",
    cues: ["covid*", "coronavirus", "pandemic", "origins of the virus", "wuhan"],
  },
  {
    slug: "climate",
    name: "Climate",
    description: "Climate change, emissions and clean energy.",
    cues: ["climate", "emissions", "methane", "clean energy", "carbon", "global warming", "greenhouse gas*", "renewable energy", "renewables", "cop28", "cop29", "cop30", "paris agreement", "decarboni*", "coal", "non-co2", "clean-energy", "climate change", "energy transition"],
  },
  {
    slug: "russia-ukraine",
    name: "Russia and Ukraine",
    description: "Russia's war in Ukraine and China's support for Russia.",
    cues: ["ukraine", "ukrainian", "russia's war", "russian invasion", "war in ukraine", "moscow's war", "support for russia", "russia's defense industrial base", "russian oil", "russia's military", "russian military", "russian energy", "moscow's war effort", "backing for moscow", "support for moscow", "russia question", "russian war", "ukraine crisis", "ukraine war", "war against ukraine"],
  },
  {
    slug: "south-china-sea",
    name: "South China Sea",
    description: "Maritime disputes in the South and East China Seas.",
    cues: ["south china sea", "east china sea", "second thomas shoal", "scarborough", "spratly", "paracel", "philippines", "senkaku*", "freedom of navigation", "philippine", "maritime claims", "maritime disputes"],
  },
  {
    slug: "artificial-intelligence",
    name: "Artificial intelligence",
    description: "AI risk, safety and AI in military systems.",
    cues: ["artificial intelligence", "ai", "a.i.", "ai safety", "nuclear command and control", "ai risk*", "ai models", "ai governance", "artificial-intelligence"],
  },
  {
    slug: "people-to-people",
    name: "People-to-people ties",
    description: "Students, journalists, flights, visas and exchanges.",
    cues: ["people-to-people", "student*", "exchange programs", "journalist visas", "foreign journalists", "expelled journalists", "direct flights", "flights", "visas", "panda*", "tourism", "tourists", "educational exchange*", "cultural exchange*", "youth exchange*", "academic exchange*", "visa procedures", "visa*", "fulbright"],
  },
  {
    slug: "cyber",
    name: "Cyber",
    description: "Hacking, cyber espionage and cyber security.",
    cues: ["cyber*", "hack*", "volt typhoon", "salt typhoon", "ransomware"],
  },
  {
    slug: "detained-citizens",
    name: "Detained citizens",
    description: "Wrongfully detained citizens and exit bans.",
    cues: ["wrongfully detained", "detained americans", "detained u.s. citizens", "exit ban*", "prisoner swap", "prisoner exchange", "detainees", "americans detained", "detained in china", "wrongfully held", "detained americans", "unjustly detained", "detained american*", "imprisoned american*", "jailed american*", "release of americans", "exit-ban*"],
  },
  {
    slug: "middle-east",
    name: "Middle East",
    description: "Israel, Gaza, Iran and the Red Sea.",
    cues: ["middle east", "gaza", "israel", "hamas", "iran", "red sea", "houthi*", "iranian oil", "iranian crude", "iran's", "israeli", "palestinian*", "lebanon", "hezbollah", "syria", "iranian"],
  },
  {
    slug: "economic-relations",
    name: "Economic relations",
    description: "The broader economic relationship: decoupling, de-risking, investment and growth.",
    cues: ["economic relationship", "economic relations", "economic and trade relations", "economic and trade ties", "economic and trade relationship", "decoupl*", "de-risk*", "derisk", "economic engagement", "economic ties", "economic cooperation", "trade secrets", "overcapacity", "excess capacity", "excess industrial capacity", "industrial overcapacity", "balanced growth", "industrial subsidies", "state subsidies", "economy and finance", "economic policy", "macroeconomic", "financial stability", "economic working group", "financial working group", "non-market", "market-distorting", "business environment", "level playing field"],
  },
  {
    slug: "leader-diplomacy",
    name: "Leader-level diplomacy",
    description: "Arranging and sustaining contact between the two leaders.",
    describesContact: true,
    cues: ["leader-to-leader", "leader to leader", "face-to-face", "in-person meeting", "summit", "state visit", "visit to the united states", "visit china", "communication between the leaders", "speak again", "leaders' meeting", "meeting between the two leaders", "travel to china", "regular contact", "strategic communication channel", "pay a visit", "visit to china", "speak by phone", "meet in person", "leaders' call"],
  },
];

/** Nouns for a meeting of any kind: a topic cue right before one ("face-to-face encounter") describes the meeting, it was not raised at it. */
export const ENCOUNTER_NOUNS: readonly string[] = ["encounter", "encounters", "discussion", "discussions", "meeting", "meetings", "talks", "session", "sessions", "contact", "sit-down", "exchange", "exchanges", "conversation"];

export const TOPIC_SLUGS = TOPICS.map((topic) => topic.slug);

export function topicBySlug(slug: string): TopicDefinition | undefined {
  return TOPICS.find((topic) => topic.slug === slug);
}
