/** Which writing system letters belong to, by code point range: enough to tell Latin prose from Greek, Chinese … */

export type Script = "latin" | "greek" | "cyrillic" | "han" | "kana" | "hangul" | "arabic" | "hebrew" | "devanagari" | "thai" | "other";

const RANGES: [number, number, Script][] = [
  [0x0041, 0x005a, "latin"], [0x0061, 0x007a, "latin"], [0x00c0, 0x024f, "latin"], [0x1e00, 0x1eff, "latin"],
  [0x0370, 0x03ff, "greek"], [0x1f00, 0x1fff, "greek"],
  [0x0400, 0x052f, "cyrillic"],
  [0x0590, 0x05ff, "hebrew"],
  [0x0600, 0x06ff, "arabic"], [0x0750, 0x077f, "arabic"],
  [0x0900, 0x097f, "devanagari"],
  [0x0e00, 0x0e7f, "thai"],
  [0x1100, 0x11ff, "hangul"], [0xac00, 0xd7af, "hangul"],
  [0x3040, 0x30ff, "kana"],
  [0x3400, 0x4dbf, "han"], [0x4e00, 0x9fff, "han"], [0xf900, 0xfaff, "han"],
];

const LETTER = /\p{L}/u;

function scriptOf(code: number): Script | null {
  // ASCII is most of what we read: decide it without a lookup
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? "latin" : null;
  if (code >= 0x2000 && code <= 0x206f) return null; // general punctuation: quotes, dashes, ellipses
  for (const [low, high, script] of RANGES) if (code >= low && code <= high) return script;
  return LETTER.test(String.fromCodePoint(code)) ? "other" : null;
}

/** Letters per script; characters that are not letters are not counted. */
export function countScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i += 1; // the low half of a surrogate pair is not a character of its own
    const script = scriptOf(code);
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

/** The script most letters are written in, with its share of all letters; null when there are no letters. */
export function dominantScript(text: string): { script: Script; share: number; letters: number } | null {
  const counts = countScripts(text);
  let best: Script | null = null;
  let letters = 0;
  for (const [script, count] of counts) {
    letters += count;
    if (best === null || count > (counts.get(best) ?? 0)) best = script;
  }
  return best === null ? null : { script: best, share: (counts.get(best) ?? 0) / letters, letters };
}
