/**
 * The ingestion pipeline: raw article → cleaned, content-addressed text with metadata.
 * The steps run in this order, each a small pure function in its own file:
 *   1. source      format-specific decoding (HTML body extraction, Markdown markup); text passes through
 *   2. normalize   Unicode NFC, line endings, spaces; letters and punctuation untouched
 *   3. boilerplate captions, duplicates, related lists, comment forms, trailers
 *   4. metadata    title, byline, publisher, dateline, publication date (with how it is known)
 *   5. language    script and function-word shares
 *   6. hash        sha256 of the raw input, as given
 */
import { stripBoilerplate } from "./boilerplate";
import { sha256Of } from "./hash";
import { detectLanguage } from "./language";
import { readMetadata } from "./metadata";
import { normalizeText } from "./normalize";
import { decodeSource, guessFormat } from "./source";
import type { PrepareOptions, PreparedArticle } from "./types";
import { collectWarnings } from "./warnings";

export { MAX_ARTICLE_BYTES, readArticleFile, type ArticleFile } from "./read-file";
export { sha256Of } from "./hash";
export type { ArticleFormat, PrepareOptions, PreparedArticle, Removal, RemovalReason } from "./types";

export function prepareArticle(raw: string, options: PrepareOptions = {}): PreparedArticle {
  const format = options.format ?? guessFormat(raw, options.fileName);
  const source = decodeSource(raw, format);
  const normalized = normalizeText(source.text);
  const { text: cleanedText, removed } = stripBoilerplate(normalized);
  const metadata = readMetadata(cleanedText, removed, source.metadata, options);
  const language = detectLanguage(cleanedText);
  const article: PreparedArticle = {
    rawText: raw,
    cleanedText,
    sha256: sha256Of(raw),
    format,
    ...metadata,
    url: options.url ?? null,
    language: language.language,
    languageReason: language.reason,
    removed,
    warnings: [],
  };
  return { ...article, warnings: collectWarnings(article, normalized.length, source.notes) };
}
