/** Shapes shared by the ingestion steps. Offsets are UTF-16 code-unit indexes, like String#slice. */

export type ArticleFormat = "txt" | "md" | "html";

export interface PrepareOptions {
  fileName?: string;
  /** overrides the format guessed from fileName or sniffed from the content */
  format?: ArticleFormat;
  title?: string | null;
  /** yyyy-mm-dd (or any ISO date-time) stated by whoever supplied the article */
  published?: string | null;
  publisher?: string | null;
  url?: string | null;
}

/** A stretch of the normalised text that cleaning dropped, with why. */
export interface Removal {
  reason: RemovalReason;
  /** offsets in the normalised text (before boilerplate stripping) */
  start: number;
  end: number;
  text: string;
}

/** Why cleaning dropped a stretch of text; every reason must serve articles from at least two sources (tests/ingest/boilerplate.test.ts). */
export const REMOVAL_REASONS = [
  "duplicate-paragraph",
  "photo-caption",
  "photo-credit",
  "related-list",
  "promo-line",
  "comment-form",
  "foreign-script-trailer",
  "trailer",
  "share-widget",
  "newsletter-prompt",
  "copyright",
  "cookie-banner",
] as const;

export type RemovalReason = (typeof REMOVAL_REASONS)[number];

/** Metadata a source format states outright (HTML meta tags, JSON-LD). */
export interface SourceMetadata {
  title: string | null;
  publisher: string | null;
  byline: string | null;
  /** the date-time as written, with where it was found */
  published: { value: string; where: string } | null;
}

export interface PreparedArticle {
  rawText: string;
  cleanedText: string;
  sha256: string;
  format: ArticleFormat;
  title: string | null;
  publisher: string | null;
  /** how the publisher was known: "given", "credit line 'Associated Press'", … */
  publisherSource: string | null;
  byline: string | null;
  dateline: string | null;
  url: string | null;
  /** yyyy-mm-dd */
  published: string | null;
  /** "given", "stated in text: '…'", "stated in HTML: …" or "inferred: …" */
  publishedSource: string | null;
  /** BCP 47 primary language subtag ("en", "el", "zh") or "und" */
  language: string;
  languageReason: string;
  /** what boilerplate stripping dropped, for diagnostics */
  removed: Removal[];
  /** conditions worth a look by a person (no title, most text removed, not English …) */
  warnings: string[];
}
