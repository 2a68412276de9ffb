import { describe, expect, it } from "vitest";
import { prepareArticle } from "@/lib/ingest";
import { stripBoilerplate } from "@/lib/ingest/boilerplate";
import { extractHtml } from "@/lib/ingest/html/extract";
import { normalizeText } from "@/lib/ingest/normalize";
import { expectedOutput, goldenCases } from "./golden";

describe("golden: normalize", () => {
  for (const goldenCase of goldenCases("normalize", "txt")) {
    it(goldenCase.name, () => {
      const actual = normalizeText(goldenCase.input);
      expect(actual).toBe(expectedOutput(goldenCase, actual));
    });
  }
});

describe("golden: boilerplate", () => {
  for (const goldenCase of goldenCases("boilerplate", "txt")) {
    it(goldenCase.name, () => {
      const actual = stripBoilerplate(normalizeText(goldenCase.input)).text;
      expect(actual).toBe(expectedOutput(goldenCase, actual));
    });
  }
});

describe("golden: html body", () => {
  for (const goldenCase of goldenCases("html", "txt")) {
    it(goldenCase.name, () => {
      const actual = normalizeText(extractHtml(goldenCase.input).text);
      expect(actual).toBe(expectedOutput(goldenCase, actual));
    });
  }
});

/** The metadata fields a case pins down, in a stable order for readable diffs. */
function metadataOf(input: string, fileName: string): string {
  const article = prepareArticle(input, { fileName });
  const { title, byline, publisher, publisherSource, dateline, published, publishedSource, language, format } = article;
  return `${JSON.stringify({ format, title, byline, publisher, publisherSource, dateline, published, publishedSource, language }, null, 2)}\n`;
}

describe("golden: metadata", () => {
  for (const goldenCase of goldenCases("metadata", "json")) {
    it(goldenCase.name, () => {
      const actual = metadataOf(goldenCase.input, goldenCase.inputPath);
      expect(actual).toBe(expectedOutput(goldenCase, actual));
    });
  }
});
