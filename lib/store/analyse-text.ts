import { AppError } from "@/lib/errors";
import { extractArticle } from "@/lib/extract";
import { prepareArticle, type PrepareOptions, type PreparedArticle } from "@/lib/ingest";
import type { Extraction } from "@/lib/schemas/extraction";

export type Extract = (prepared: PreparedArticle) => Extraction;
export type IngestOptions = PrepareOptions & { fileName: string };

/** What the store already holds under an article's SHA-256. */
export interface StoredArticle {
  id: number;
  slug: string;
  extractedAt: unknown;
  published: string | null;
  title: string | null;
}

/** An article cleaned and extracted, nothing written. */
export interface TextAnalysis {
  prepared: PreparedArticle;
  /** null when the language is not one extraction reads */
  extraction: Extraction | null;
}

/** Extraction reads English; text too short to tell ("und") is tried rather than skipped. */
function isExtractable(language: string): boolean {
  return language === "en" || language === "und";
}

function checkAnchors(text: string, extraction: Extraction): void {
  for (const engagement of extraction.engagements) {
    const lists = [
      engagement.dateEvidence ?? [],
      engagement.placeEvidence ?? [],
      ...engagement.participants.map((fact) => fact.evidence),
      ...engagement.topics.map((fact) => fact.evidence),
      ...engagement.outcomes.map((fact) => fact.evidence),
    ];
    for (const evidence of lists.flat()) {
      if (text.slice(evidence.start, evidence.end) !== evidence.exact) {
        throw new AppError("INVALID_DATA", `extracted quote does not match the article text at ${evidence.start}–${evidence.end}: "${evidence.exact}"`);
      }
    }
  }
}

/**
 * The pure part of ingestion, free of the database so it can run on another thread: cleans and
 * extracts the text and checks every quote. A stored article's curated metadata (its
 * publication date above all) anchors relative dates.
 */
export function analyseText(raw: string, options: IngestOptions, stored: StoredArticle | null, extract: Extract = extractArticle): TextAnalysis {
  const prepared = prepareArticle(raw, { ...options, published: options.published ?? stored?.published, title: options.title ?? stored?.title });
  if (prepared.cleanedText.trim() === "") {
    throw new AppError("UNREADABLE_INPUT", `${options.fileName}: no article text left after removing markup and boilerplate`);
  }
  const extraction = isExtractable(prepared.language) ? extract(prepared) : null;
  if (extraction) checkAnchors(prepared.cleanedText, extraction);
  return { prepared, extraction };
}
