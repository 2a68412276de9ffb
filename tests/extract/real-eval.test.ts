import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRealPart } from "@/lib/extract/eval/real";
import { sha256Of } from "@/lib/ingest";
import { realGoldFileSchema, type RealGoldFile } from "@/lib/schemas/extraction";

/** `npm run eval -- --real DIR`: texts found by their recipe, checked by hash, skipped plainly when absent. */

const TEXT = " date 2024-05-16\nOfficials of both sides met in Nairobi on Tuesday.";

function gold(sha256: string): RealGoldFile {
  return realGoldFileSchema.parse({
    description: "a test part",
    part: "dev",
    articles: [
      { id: "dev-01", recipe: { query: "q", url: "https://example.org/a", rank: 1, sha256, chars: [...TEXT].length }, source: "wire", published: "2024-05-16", title: null, engagements: [] },
      { id: "dev-02", recipe: { query: "q", url: "https://example.org/b", rank: 2, sha256, chars: 3 }, source: "other", published: null, title: null, engagements: [] },
    ],
  });
}

function directory(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "readout-real-"));
  mkdirSync(path.join(root, "dev"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, "dev", name), text);
  return root;
}

describe("real-article parts", () => {
  it("rejects a gold file that breaks the format", () => {
    expect(realGoldFileSchema.safeParse({ description: "x", part: "dev", articles: [{ id: "dev-01" }] }).success).toBe(false);
    expect(realGoldFileSchema.safeParse({ description: "x", part: "train", articles: [] }).success).toBe(false);
  });

  it("says why a part is skipped when its directory is missing", () => {
    const part = loadRealPart(gold(sha256Of(TEXT)), path.join(tmpdir(), "no-such-readout-dir"));
    expect(part.articles).toEqual([]);
    expect(part.skipped).toMatch(/no-such-readout-dir.*not found/);
  });

  it("loads the texts whose hash matches and names the missing and the changed ones", () => {
    const root = directory({ "dev-01.txt": TEXT });
    const part = loadRealPart(gold(sha256Of(TEXT)), root);
    expect(part.articles.map((article) => article.gold.id)).toEqual(["dev-01"]);
    expect(part.articles[0]?.prepared.published).toBe("2024-05-16");
    expect(part.problems).toEqual(["dev-02: text missing"]);

    const changed = loadRealPart(gold(sha256Of(TEXT)), directory({ "dev-01.txt": `${TEXT} edited`, "dev-02.txt": "abc" }));
    expect(changed.articles).toEqual([]);
    expect(changed.problems).toEqual(["dev-01: sha256 differs from the recipe", "dev-02: sha256 differs from the recipe"]);
    expect(changed.skipped).toMatch(/no text/);
  });
});
