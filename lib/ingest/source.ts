/**
 * Step 2: from the file's format to plain text plus whatever the format states about the
 * article (HTML meta tags and JSON-LD, Markdown front matter). Plain text passes through.
 */
import { extractHtml } from "./html/extract";
import { extractMarkdown } from "./markdown";
import { formatOfExtension } from "./read-file";
import type { ArticleFormat, SourceMetadata } from "./types";

export interface DecodedSource {
  text: string;
  metadata: SourceMetadata;
  notes: string[];
}

const NOTHING_STATED: SourceMetadata = { title: null, publisher: null, byline: null, published: null };

/** The format from the file name, else sniffed: text that opens with an HTML document is HTML. */
export function guessFormat(raw: string, fileName?: string): ArticleFormat {
  const byName = fileName ? formatOfExtension(fileName) : null;
  if (byName) return byName;
  return /^\uFEFF?\s*(?:<!doctype html|<html[\s>])/i.test(raw.slice(0, 1000)) ? "html" : "txt";
}

export function decodeSource(raw: string, format: ArticleFormat): DecodedSource {
  if (format === "html") {
    const html = extractHtml(raw);
    return { text: html.text, metadata: html.metadata, notes: [`HTML body taken from ${html.bodySource}`] };
  }
  if (format === "md") {
    const markdown = extractMarkdown(raw);
    return { text: markdown.text, metadata: markdown.metadata, notes: [] };
  }
  return { text: raw, metadata: NOTHING_STATED, notes: [] };
}
