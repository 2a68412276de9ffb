import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractionSchema } from "@/lib/schemas/extraction";

/** `extract --json` on bad input: readable files give one valid JSON object, unreadable ones one line on stderr and exit 1. */

const ROOT = path.resolve(__dirname, "../..");
const TMP = path.join(ROOT, "tests", ".tmp", `extract-bad-${process.pid}`);
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

function runExtract(file: string) {
  return spawnSync(TSX, ["lib/cli/extract.ts", "--json", "--published", "2024-05-02", path.join(TMP, file)], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
  });
}

const READABLE: Record<string, string> = {
  "scripts-around-story.html":
    "<html><head><title>Talks in Beijing</title><script>var x = '<p>Blinken met Xi</p>';</script><style>p { color: red }</style></head>" +
    "<body><nav><a href='/'>Home</a></nav><article><h1>Envoys meet in Beijing</h1><script>document.write('Xi Jinping met Joe Biden')</script>" +
    "<p>BEIJING — Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Tuesday for talks on fentanyl and Taiwan.</p>" +
    "<p>The two sides agreed to keep their working group on counternarcotics meeting every month, officials said.</p></article>" +
    "<script>track('pageview')</script></body></html>",
  "greek.txt":
    "Ο υπουργός Εξωτερικών των ΗΠΑ συναντήθηκε με τον Κινέζο ομόλογό του στο Πεκίνο την Τρίτη. Οι δύο πλευρές συζήτησαν το εμπόριο, την Ταϊβάν και την ασφάλεια στην περιοχή, σύμφωνα με ανακοίνωση του υπουργείου, και συμφώνησαν να συνεχίσουν τις επαφές.",
  "harbor-budget.txt":
    "Council approves harbor budget\n\nJUNEAU — The city council approved the harbor budget on Tuesday after a long debate over moorage fees. Members said repairs to the breakwater would begin in the spring, and the mayor thanked residents who testified.",
};

const UNREADABLE: Record<string, Buffer> = {
  "empty.txt": Buffer.alloc(0),
  "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a, 0x00, 0x00]),
  "invalid-utf8.txt": Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0xa0, 0xa1]),
  "huge.txt": Buffer.alloc(20 * 1024 * 1024, 0x61),
};

beforeAll(() => {
  mkdirSync(TMP, { recursive: true });
  for (const [name, text] of Object.entries(READABLE)) writeFileSync(path.join(TMP, name), text);
  for (const [name, bytes] of Object.entries(UNREADABLE)) writeFileSync(path.join(TMP, name), bytes);
});
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("extract --json on bad input", () => {
  it("keeps the story of an HTML page full of scripts and none of the scripts", () => {
    const result = runExtract("scripts-around-story.html");
    expect(result.status).toBe(0);
    const extraction = extractionSchema.parse(JSON.parse(result.stdout));
    const quoted = extraction.engagements.flatMap((engagement) => engagement.participants.flatMap((participant) => participant.evidence.map((evidence) => evidence.exact)));
    expect(extraction.engagements.length).toBeGreaterThan(0);
    expect(quoted.join(" ")).toMatch(/Blinken|Wang Yi/);
    expect(quoted.join(" ")).not.toMatch(/document\.write|track\(|var x/);
  });

  it("flags a non-English article and extracts nothing from it", () => {
    const result = runExtract("greek.txt");
    expect(result.status).toBe(0);
    const extraction = extractionSchema.parse(JSON.parse(result.stdout));
    expect(extraction.article.language).toBe("el");
    expect(extraction.engagements).toEqual([]);
  });

  it("reports zero engagements for an article without a US–China engagement", () => {
    const result = runExtract("harbor-budget.txt");
    expect(result.status).toBe(0);
    expect(extractionSchema.parse(JSON.parse(result.stdout)).engagements).toEqual([]);
  });

  it.each(Object.keys(UNREADABLE))("refuses %s with one line naming it, exit 1 and nothing on stdout", (name) => {
    const result = runExtract(name);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
  });
});
