import { availableParallelism } from "node:os";
import { PIPELINE, initialState } from "@/lib/extract/pipeline";
import { toExtractedEngagement } from "@/lib/extract/to-extraction";
import type { ExtractionState } from "@/lib/extract/types";
import { validatedExtraction, type Warn } from "@/lib/extract/validate";
import { loadWorldCities } from "@/lib/gazetteer/world-cities";
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
  /** CPU milliseconds the pipeline may take (CPU, so a busy machine does not cut a normal article short); past it the article is returned without facts, flagged */
  budgetMs?: number;
  /** told about each fact dropped because it failed validation; defaults to console.warn */
  onWarning?: Warn;
}

/** Only English is read: the patterns and cues are English. */
export const EXTRACTED_LANGUAGES = new Set(["en"]);

/** Real articles take milliseconds; a budget this size only stops pathological input. */
export const DEFAULT_BUDGET_MS = 5_000;
export const TIMED_OUT = "extraction timed out";
/**
 * The most text one article's extraction reads: ~30,000 words, several times the longest
 * news report. Past it (a dump, a whole site's text) only the first part is read, and the
 * extraction says so; every step is linear, this bounds the constant.
 */
export const MAX_EXTRACTED_CHARS = 200_000;

/** Where to stop reading a text longer than MAX_EXTRACTED_CHARS: the last line end before it, else the cap. */
function readableEnd(text: string): number {
  if (text.length <= MAX_EXTRACTED_CHARS) return text.length;
  const lineEnd = text.lastIndexOf("\n", MAX_EXTRACTED_CHARS);
  return lineEnd > MAX_EXTRACTED_CHARS * 0.9 ? lineEnd : MAX_EXTRACTED_CHARS;
}

function labelOf(prepared: PreparedArticle): string {
  return `article ${prepared.url ?? prepared.title ?? prepared.sha256.slice(0, 12)}`;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * CPU milliseconds spent since the call, as far as comparisons with `budgetMs` can tell. Reading
 * the CPU clock is a system call; the process cannot use more CPU than wall time on every core,
 * so until that bound reaches the budget the bound stands in for the clock, without changing
 * any comparison with the budget.
 */
function cpuSpentSince(budgetMs: number): () => number {
  const cores = availableParallelism();
  const wallStart = performance.now();
  const cpuStart = cpuMs();
  return () => {
    const bound = (performance.now() - wallStart) * cores;
    return bound < budgetMs ? bound : cpuMs() - cpuStart;
  };
}

/** The pipeline, checking the CPU clock between steps; null when the budget ran out. */
function runWithin(state: ExtractionState, budgetMs: number): ExtractionState | null {
  // the city list loads once per process: not charged to the first article that needs it
  loadWorldCities();
  const spent = cpuSpentSince(budgetMs);
  let current = state;
  for (const step of PIPELINE) {
    if (spent() >= budgetMs) return null;
    current = step(current);
  }
  return spent() > budgetMs ? null : current;
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
  // a prefix of the text: every offset read from it is an offset into the whole text
  const end = readableEnd(prepared.cleanedText);
  const state = runWithin(initialState(prepared.cleanedText.slice(0, end), prepared.published, prepared.title), budgetMs);
  if (!state) return { article: { ...article, note: `${TIMED_OUT} after ${budgetMs} ms of CPU: no facts were read` }, engagements: [] };
  const engagements = state.engagements.map((engagement) => toExtractedEngagement(state, engagement));
  const read = end < prepared.cleanedText.length ? { ...article, note: `extraction read the first ${end} of ${prepared.cleanedText.length} characters` } : article;
  return validatedExtraction({ article: read, engagements }, prepared.cleanedText, labelOf(prepared), onWarning);
};

export { PIPELINE, runPipeline, initialState } from "@/lib/extract/pipeline";
export { validatedExtraction } from "@/lib/extract/validate";
export type { ExtractionState, Step } from "@/lib/extract/types";
