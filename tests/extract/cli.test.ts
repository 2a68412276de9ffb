import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareArticle } from "@/lib/ingest";
import { articleMetaSchema } from "@/lib/schemas/corpus";
import { extractionSchema, type Evidence } from "@/lib/schemas/extraction";

/** `extract --json` on every seed: one JSON object, valid against the contract, every quote where its offsets say. */

const ROOT = path.resolve(__dirname, "../..");
const CORPUS = path.join(ROOT, "prisma/corpus");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const SEEDS = readdirSync(CORPUS).filter((file) => file.endsWith(".txt")).sort();

function runExtract(args: string[]) {
  return spawnSync(TSX, ["lib/cli/extract.ts", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_NO_WARNINGS: "1" } });
}

function allEvidence(extraction: ReturnType<typeof extractionSchema.parse>): Evidence[] {
  return extraction.engagements.flatMap((engagement) => [
    ...engagement.participants.flatMap((participant) => participant.evidence),
    ...engagement.topics.flatMap((topic) => topic.evidence),
    ...engagement.outcomes.flatMap((outcome) => outcome.evidence),
    ...(engagement.dateEvidence ?? []),
    ...(engagement.placeEvidence ?? []),
  ]);
}

describe("extract --json", () => {
  it.each(SEEDS)("prints one valid extraction for %s", (file) => {
    const meta = articleMetaSchema.parse(JSON.parse(readFileSync(path.join(CORPUS, file.replace(/\.txt$/, ".meta.json")), "utf8")));
    const result = runExtract(["--json", "--published", meta.published ?? "", "--title", meta.title, path.join("prisma/corpus", file)]);
    expect(result.status).toBe(0);
    const extraction = extractionSchema.parse(JSON.parse(result.stdout));
    expect(extraction.article.sha256).toBe(meta.sha256);
    expect(extraction.engagements.filter((engagement) => engagement.role === "main")).toHaveLength(1);
    const cleaned = prepareArticle(readFileSync(path.join(CORPUS, file), "utf8"), { fileName: file, published: meta.published, title: meta.title }).cleanedText;
    for (const evidence of allEvidence(extraction)) expect(cleaned.slice(evidence.start, evidence.end)).toBe(evidence.exact);
  });

  it("exits 2 with the usage line on bad usage", () => {
    const result = runExtract(["--json", "--published", "yesterday", "article.txt"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("usage:");
  });

  it("exits 1 naming the file when it cannot be read", () => {
    const result = runExtract(["--json", "no/such/article.txt"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("no/such/article.txt");
  });
});
