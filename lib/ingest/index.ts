import { createHash } from "node:crypto";

/**
 * FIRST VERSION, to be replaced by the ingestion pipeline (clean, metadata, language):
 * only normalises Unicode and line endings so the store layer can be built against it.
 */
export interface PrepareOptions {
  fileName?: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
}

export interface PreparedArticle {
  rawText: string;
  cleanedText: string;
  sha256: string;
  title: string | null;
  publisher: string | null;
  byline: string | null;
  dateline: string | null;
  url: string | null;
  published: string | null;
  publishedSource: string | null;
  language: string;
}

export function sha256Of(raw: string | Uint8Array): string {
  return createHash("sha256").update(raw).digest("hex");
}

export function prepareArticle(raw: string, options: PrepareOptions = {}): PreparedArticle {
  const cleanedText = raw.normalize("NFC").replace(/\r\n?/g, "\n").trim();
  return {
    rawText: raw,
    cleanedText,
    sha256: sha256Of(raw),
    title: options.title ?? null,
    publisher: null,
    byline: null,
    dateline: null,
    url: options.url ?? null,
    published: options.published ?? null,
    publishedSource: options.published ? "given" : null,
    language: "en",
  };
}
