import { PIPELINE, initialState } from "@/lib/extract/pipeline";
import { toExtractedEngagement } from "@/lib/extract/to-extraction";
import type { ExtractionState } from "@/lib/extract/types";
import { validatedExtraction, type Warn } from "@/lib/extract/validate";
import type { PreparedArticle } from "@/lib/ingest";
import type { Extraction } from "@/lib/schemas/extraction";

/**
 * Extraction: US–China engagements from one prepared article, every fact with the words
 * (offsets into the cleaned text) it was read from. Pure apart from the clock of its time
 * budget: same input, same output.
 *
 * This is the one extractor interface: anything that maps a PreparedArticle to an
 * `Extraction` (another rule set, a local language model) can stand in for it, and
 * `npm run eval` measures it the same way.
 */
export type Extractor = (prepared: PreparedArticle, options?: ExtractOptions) => Extraction;

export interface ExtractOptions {
  /** wall-clock milliseconds the pipeline may take; past it the article is returned without facts, flagged */
  budgetMs?: number;
  /** told about each fact dropped because it failed validation; defaults to console.warn */
  onWarning?: Warn;
}

/** Only English is read: the patterns and cues are English. */
export const EXTRACTED_LANGUAGES = new Set(["en"]);

/** Real articles take milliseconds; a budget this size only stops pathological input. */
export const DEFAULT_BUDGET_MS = 5_000;
export const TIMED_OUT = "extraction timed out";

function labelOf(prepared: PreparedArticle): string {
  return `article ${prepared.url ?? prepared.title ?? prepared.sha256.slice(0, 12)}`;
}

/** The pipeline, checking the clock between steps; null when the budget ran out. */
function runWithin(state: ExtractionState, budgetMs: number): ExtractionState | null {
  const deadline = performance.now() + budgetMs;
  let current = state;
  for (const step of PIPELINE) {
    if (performance.now() >= deadline) return null;
    current = step(current);
  }
  return performance.now() > deadline ? null : current;
}

export const extractArticle: Extractor = (prepared, options = {}) => {
  const { budgetMs = DEFAULT_BUDGET_MS, onWarning = (message: string) => console.warn(message) } = options;
  const article = {
    title: prepared.title,
    published: prepared.published,
    publishedSource: prepared.publishedSource,
    language: prepared.language,
    sha256: prepared.sha256,
  };
  if (!EXTRACTED_LANGUAGES.has(prepared.language)) return { article, engagements: [] };
  const state = runWithin(initialState(prepared.cleanedText, prepared.published, prepared.title), budgetMs);
  if (!state) return { article: { ...article, note: `${TIMED_OUT} after ${budgetMs} ms: no facts were read` }, engagements: [] };
  const engagements = state.engagements.map((engagement) => toExtractedEngagement(state, engagement));
  return validatedExtraction({ article, engagements }, prepared.cleanedText, labelOf(prepared), onWarning);
};

export { PIPELINE, runPipeline, initialState } from "@/lib/extract/pipeline";
export { validatedExtraction } from "@/lib/extract/validate";
export type { ExtractionState, Step } from "@/lib/extract/types";
