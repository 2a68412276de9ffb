/** The headline: given, stated by the page, or the first line when it reads like a headline. */
import { countWords } from "../boilerplate/units";
import type { MetadataContext } from "./context";

const BYLINE_OR_DATELINE = /^(?:by\s|[\p{Lu}][\p{Lu} .,'’-]{2,40}\s*(?:\([^()]+\))?\s*(?:—|–|--|-)\s)/u;

/** Chinese, Japanese and Korean headlines have no spaces between words: count characters instead. */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{4,}/u;

export function looksLikeHeadline(text: string): boolean {
  const words = countWords(text);
  return (words >= 3 || CJK_RUN.test(text)) && words <= 30 && text.length <= 220 && !/[.,;:]$/.test(text) && !BYLINE_OR_DATELINE.test(text);
}

export function readTitle(context: MetadataContext): string | null {
  const stated = context.options.title ?? context.source.title;
  if (stated) return stated.replace(/\s+/g, " ").trim();
  const first = context.units[0]?.text;
  return first && looksLikeHeadline(first) ? first : null;
}
