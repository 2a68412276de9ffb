/** The headline: given, stated by the page, or the first line when it reads like a headline. */
import { countWords } from "../boilerplate/units";
import type { MetadataContext } from "./context";

const BYLINE_OR_DATELINE = /^(?:by\s|[\p{Lu}][\p{Lu} .,'’-]{2,40}\s*(?:\([^()]+\))?\s*(?:—|–|--|-)\s)/u;

/** Chinese, Japanese and Korean headlines have no spaces between words: count characters instead. */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{4,}/u;

/** Labels of site navigation and widgets that pages put in <h1>, <title> or the first line of a copy. */
const PAGE_FURNITURE =
  /^(?:go to (?:the )?home ?page|(?:back to )?home(?: ?page)?|skip (?:to|navigation)\b.*|(?:main |open |close )?menu|navigation|toggle navigation|search|subscribe(?: now)?|sign (?:in|up)|log ?in|register|my account|close|advertisement|cookie (?:settings|preferences|policy)|accept (?:all )?cookies|share(?: this)?|untitled(?: document)?|page not found|404|access denied|just a moment\.*)$/i;

/** "story-2024.html", "IMG_0042.txt": a saved page's file name is no headline. */
const FILE_NAME = /^[\w.~-]+\.(?:s?html?|txt|text|md|markdown|php|aspx?|jsp|pdf|docx?)$/i;

/** A candidate headline that is neither page furniture nor a file name. */
export function isUsableTitle(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== "" && !PAGE_FURNITURE.test(trimmed) && !FILE_NAME.test(trimmed);
}

export function looksLikeHeadline(text: string): boolean {
  const words = countWords(text);
  return (words >= 3 || CJK_RUN.test(text)) && words <= 30 && text.length <= 220 && !/[.,;:]$/.test(text) && !BYLINE_OR_DATELINE.test(text) && isUsableTitle(text);
}

export function readTitle(context: MetadataContext): string | null {
  const given = context.options.title;
  if (given) return given.replace(/\s+/g, " ").trim();
  const stated = context.source.title;
  if (stated && isUsableTitle(stated)) return stated.replace(/\s+/g, " ").trim();
  const first = context.units[0]?.text;
  return first && looksLikeHeadline(first) ? first : null;
}
