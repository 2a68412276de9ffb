import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractArticle } from "@/lib/extract";
import { initialState, runPipeline } from "@/lib/extract/pipeline";
import type { ExtractionState, Step } from "@/lib/extract/types";
import { sha256Of } from "@/lib/ingest";
import type { PreparedArticle } from "@/lib/ingest";

/** Test helpers: a fixed reference date (chrono style) and golden files (marked style). */

export const FIXTURES = path.resolve(__dirname, "../fixtures/extract");

/** Runs the pipeline up to and including `steps` on plain text, with a fixed publication date. */
export function stateAfter(steps: readonly Step[], text: string, published: string | null = "2023-11-08"): ExtractionState {
  return runPipeline(initialState(text, published, null), steps);
}

/** A prepared article from plain text, as the cleaner would hand it over. */
export function preparedFrom(text: string, published: string | null = "2023-11-08", language = "en"): PreparedArticle {
  return {
    rawText: text, cleanedText: text, sha256: sha256Of(text), format: "txt", title: null, publisher: null, publisherSource: null,
    byline: null, dateline: null, url: null, published, publishedSource: published ? "given" : null, language, languageReason: "test", removed: [], warnings: [],
  };
}

export function extractText(text: string, published: string | null = "2023-11-08") {
  return extractArticle(preparedFrom(text, published));
}

/** Every outcome extracted from a story that opens with `lead` (the engagement) and goes on with `text`. */
export function outcomesAfterLead(lead: string, text: string, published: string | null) {
  return extractText(`${lead} ${text}\n`, published).engagements.flatMap((engagement) => engagement.outcomes);
}

/** The statements of the announced outcomes `outcomesAfterLead` reads. */
export function announcementsAfterLead(lead: string, text: string, published: string | null): string[] {
  return outcomesAfterLead(lead, text, published)
    .filter((outcome) => outcome.status === "announced")
    .map((outcome) => outcome.statement);
}

export interface GoldenCase {
  name: string;
  input: string;
  published: string | null;
  expectedFile: string;
}

/**
 * Cases of one step: `<case>.txt` is the input, `<case>.json` holds the publication date
 * the case runs with and the expected result. UPDATE_GOLDEN=1 rewrites the results (review
 * the diff before committing).
 */
export function goldenCases(step: string): GoldenCase[] {
  const folder = path.join(FIXTURES, step);
  return readdirSync(folder)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const expectedFile = path.join(folder, file.replace(/\.txt$/, ".json"));
      const published = existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, "utf8")) as { published: string | null }).published : "2023-11-08";
      return { name: file.replace(/\.txt$/, ""), input: readFileSync(path.join(folder, file), "utf8"), published, expectedFile };
    });
}

export function expectedOf(testCase: GoldenCase, actual: unknown): unknown {
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(testCase.expectedFile)) {
    writeFileSync(testCase.expectedFile, `${JSON.stringify({ published: testCase.published, result: actual }, null, 2)}\n`);
  }
  return (JSON.parse(readFileSync(testCase.expectedFile, "utf8")) as { result: unknown }).result;
}
