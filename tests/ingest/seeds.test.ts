import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareArticle, sha256Of } from "@/lib/ingest";
import { normalizeText } from "@/lib/ingest/normalize";

const CORPUS = path.resolve(__dirname, "../../prisma/corpus");
const seedFile = (prefix: string) => readdirSync(CORPUS).find((file) => file.startsWith(prefix) && file.endsWith(".txt")) ?? "";

/**
 * For each seed, the noise DESIGN.md lists, as predicates over the lines of the normalised
 * text. Every other line is story and must survive cleaning unchanged.
 */
const NOISE: Record<string, (line: string, index: number, lines: string[]) => boolean> = {
  "000": (line, index, lines) => index >= lines.indexOf("More in News") || /\(Kiyoshi Ota \/ Pool Photo\)$/.test(line),
  "001": (_line, index, lines) => index >= lines.indexOf("Αφήστε μια απάντηση"),
  "002": () => false,
  "003": (line) => /\(Doug Mills\/The New York Times via AP, Pool\)$/.test(line) || ["Doug Mills / AP", "Source link", "About The Author", "Scroll to Top"].includes(line),
  "004": () => false,
};

describe("seed corpus cleaning", () => {
  for (const [prefix, isNoise] of Object.entries(NOISE)) {
    const file = seedFile(prefix);
    const raw = readFileSync(path.join(CORPUS, file), "utf8");
    const lines = normalizeText(raw).split("\n").filter(Boolean);
    const article = prepareArticle(raw, { fileName: file });
    const cleanedLines = article.cleanedText.split("\n").filter(Boolean);

    it(`${file}: drops exactly the listed noise and keeps every story line`, () => {
      const story = lines.filter((line, index) => !isNoise(line, index, lines));
      expect(cleanedLines).toEqual(story);
    });

    it(`${file}: hashes the raw text unchanged and reads it as English`, () => {
      expect(article.sha256).toBe(sha256Of(raw));
      expect(article.rawText).toBe(raw);
      expect(article.language).toBe("en");
    });
  }

  it("reports why each piece of noise went", () => {
    const reasons = (prefix: string) => new Set(prepareArticle(readFileSync(path.join(CORPUS, seedFile(prefix)), "utf8")).removed.map((removal) => removal.reason));
    expect(reasons("000")).toEqual(new Set(["photo-caption", "photo-credit", "related-list"]));
    expect(reasons("001")).toEqual(new Set(["comment-form"]));
    expect(reasons("003")).toEqual(new Set(["photo-caption", "photo-credit", "trailer"]));
  });

  it("removal spans point at the normalised text they quote", () => {
    const raw = readFileSync(path.join(CORPUS, seedFile("000")), "utf8");
    const normalized = normalizeText(raw);
    for (const removal of prepareArticle(raw).removed) expect(normalized.slice(removal.start, removal.end)).toBe(removal.text);
  });
});
