import { initialState, runPipeline } from "@/lib/extract/pipeline";
import { toExtractedEngagement } from "@/lib/extract/to-extraction";
import type { PreparedArticle } from "@/lib/ingest";
import type { Extraction } from "@/lib/schemas/extraction";

/**
 * Extraction: US–China engagements from one prepared article, every fact with the words
 * (offsets into the cleaned text) it was read from. Pure: no I/O, same input, same output.
 */

/** Only English is read: the patterns and cues are English. */
export const EXTRACTED_LANGUAGES = new Set(["en"]);

export function extractArticle(prepared: PreparedArticle): Extraction {
  const article = {
    title: prepared.title,
    published: prepared.published,
    publishedSource: prepared.publishedSource,
    language: prepared.language,
    sha256: prepared.sha256,
  };
  if (!EXTRACTED_LANGUAGES.has(prepared.language)) return { article, engagements: [] };
  const state = runPipeline(initialState(prepared.cleanedText, prepared.published, prepared.title));
  return { article, engagements: state.engagements.map((engagement) => toExtractedEngagement(state, engagement)) };
}

export { PIPELINE, runPipeline, initialState } from "@/lib/extract/pipeline";
export type { ExtractionState, Step } from "@/lib/extract/types";
