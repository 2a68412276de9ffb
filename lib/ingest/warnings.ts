/** Conditions a person should look at, said in words; none of them stops ingestion. */
import type { PreparedArticle } from "./types";

/** Below this, what is left is unlikely to be a whole article. */
const MIN_ARTICLE_CHARS = 200;
/** Cleaning more than this share of the text is unusual enough to be checked. */
const MAX_REMOVED_SHARE = 0.6;

export function collectWarnings(article: PreparedArticle, normalizedLength: number, sourceNotes: readonly string[]): string[] {
  const warnings = [...sourceNotes.filter((note) => note.includes("whole <body>"))];
  if (article.cleanedText.length < MIN_ARTICLE_CHARS) warnings.push(`only ${article.cleanedText.length} characters of text remain after cleaning`);
  const removedShare = normalizedLength > 0 ? 1 - article.cleanedText.length / normalizedLength : 0;
  if (removedShare > MAX_REMOVED_SHARE) warnings.push(`cleaning removed ${Math.round(removedShare * 100)}% of the text; see "removed"`);
  if (article.title === null) warnings.push("no headline found");
  if (article.published === null) warnings.push("publication date unknown: neither given, stated nor inferable");
  if (article.language !== "en") warnings.push(`language is "${article.language}" (${article.languageReason}); stored but not extracted`);
  return warnings;
}
