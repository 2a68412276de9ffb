/** HTML character references (`&amp;`, `&#8217;`, `&#x2014;`) decoded to text. */

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0", ensp: "\u2002", emsp: "\u2003",
  thinsp: "\u2009", zwnj: "\u200C", zwj: "\u200D", shy: "\u00AD", ndash: "–", mdash: "—", minus: "−",
  lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„", laquo: "«", raquo: "»",
  lsaquo: "‹", rsaquo: "›", hellip: "…", middot: "·", bull: "•", copy: "©", reg: "®", trade: "™",
  deg: "°", para: "¶", sect: "§", dagger: "†", Dagger: "‡", prime: "′", Prime: "″", times: "×",
  divide: "÷", plusmn: "±", frac12: "½", frac14: "¼", frac34: "¾", euro: "€", pound: "£", yen: "¥",
  cent: "¢", curren: "¤", iexcl: "¡", iquest: "¿", szlig: "ß", aelig: "æ", AElig: "Æ", oslash: "ø",
  Oslash: "Ø", eth: "ð", ETH: "Ð", thorn: "þ", THORN: "Þ", oelig: "œ", OElig: "Œ", ordf: "ª", ordm: "º",
  micro: "µ", not: "¬", macr: "¯", acute: "´", cedil: "¸", uml: "¨", sup1: "¹", sup2: "²", sup3: "³",
};

/** Accented Latin letters are named by letter plus accent (`eacute`, `Ntilde`): compose them instead of listing them. */
const ACCENTS: Record<string, string> = {
  grave: "\u0300", acute: "\u0301", circ: "\u0302", tilde: "\u0303", uml: "\u0308", ring: "\u030A", cedil: "\u0327", caron: "\u030C",
};

/** Windows-1252 meanings of the C1 range, which HTML applies to numeric references (`&#146;` is ’). */
const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeNamed(name: string): string | undefined {
  const direct = NAMED[name];
  if (direct !== undefined) return direct;
  const accented = /^([A-Za-z])(grave|acute|circ|tilde|uml|ring|cedil|caron)$/.exec(name);
  if (!accented) return undefined;
  const composed = `${accented[1]}${ACCENTS[accented[2] ?? ""] ?? ""}`.normalize("NFC");
  return composed.length === 1 ? composed : undefined;
}

function decodeNumeric(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80] ?? "\uFFFD";
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  return String.fromCodePoint(code);
}

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex) return decodeNumeric(parseInt(hex, 16));
    if (dec) return decodeNumeric(parseInt(dec, 10));
    return (name && decodeNamed(name)) ?? whole;
  });
}
