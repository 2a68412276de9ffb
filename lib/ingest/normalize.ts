/**
 * Step 1: whitespace and encoding normalisation. Letters and punctuation are never touched
 * (curly quotes, dashes and ellipses stay as written) because curated quotes are matched
 * verbatim against the cleaned text.
 */

/** Invisible characters that only get in the way of matching: BOM, zero-width space, word joiner, soft hyphen. */
const INVISIBLE = /[\uFEFF\u200B\u2060\u00AD]/g;
/** Tabs, vertical whitespace inside a line, and the no-break / typographic spaces. */
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** C0 and C1 controls other than the line feed, left over from bad conversions. */
const CONTROLS = /[\x00-\x08\x0E-\x1F\x7F\x80-\x84\x86-\x9F]/g;

export function normalizeText(text: string): string {
  return (
    text
      .normalize("NFC")
      .replace(/\r\n?|[\u2028\u0085]/g, "\n")
      .replace(/\u2029/g, "\n\n")
      .replace(INVISIBLE, "")
      .replace(ODD_SPACES, " ")
      .replace(CONTROLS, "")
      // spaces are single before the line trim below, so it stays linear
      .replace(/ {2,}/g, " ")
      .replace(/ ?\n ?/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}
