import path from "node:path";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { runCli } from "@/lib/cli/run";
import { AppError } from "@/lib/errors";
import { extractArticle } from "@/lib/extract";
import { loadRealPart } from "@/lib/extract/eval/real";
import { addScores, COUNTED, emptyScore, f1Of, JUDGED, scoreArticle, type Score } from "@/lib/extract/eval/score";
import { prepareArticle, readArticleFile, type PreparedArticle } from "@/lib/ingest";
import { goldFileSchema, realGoldFileSchema, type GoldFile, type GoldEngagement } from "@/lib/schemas/extraction";

/**
 * `npm run eval [-- --verbose] [--real DIR]`: scores the extractor against the hand-annotated
 * gold files (seeds, and held-out articles written for the eval) and measures extraction
 * speed. With --real, also the real-article parts (tests/fixtures/real/<part>.json), whose
 * texts are read from DIR/<part>/<id>.txt: they are never committed, so without DIR the
 * report says the real parts were skipped, and why.
 */

const USAGE = "usage: npm run eval [-- --verbose] [--rounds N] [--real DIR]";
const REAL_PARTS = [
  { name: "real-dev", file: "tests/fixtures/real/dev.json" },
  { name: "real-test", file: "tests/fixtures/real/test.json" },
  { name: "real-dev2", file: "tests/fixtures/real/dev2.json" },
  { name: "real-test2", file: "tests/fixtures/real/test2.json" },
  { name: "real-test3", file: "tests/fixtures/real/test3.json" },
  { name: "real-dev3", file: "tests/fixtures/real/dev3.json" },
  { name: "real-test4", file: "tests/fixtures/real/test4.json" },
  { name: "real-dev4", file: "tests/fixtures/real/dev4.json" },
  { name: "real-test5", file: "tests/fixtures/real/test5.json" },
  { name: "real-dev5", file: "tests/fixtures/real/dev5.json" },
  { name: "real-test6", file: "tests/fixtures/real/test6.json" },
  { name: "real-dev6", file: "tests/fixtures/real/dev6.json" },
  { name: "real-test7", file: "tests/fixtures/real/test7.json" },
  { name: "real-dev7", file: "tests/fixtures/real/dev7.json" },
  { name: "real-test8", file: "tests/fixtures/real/test8.json" },
];
const GOLD_SETS = [
  { name: "seeds", file: "tests/fixtures/gold/seeds.json" },
  { name: "held-out", file: "tests/fixtures/gold/held-out.json" },
  { name: "blind", file: "tests/fixtures/gold/blind.json" },
  { name: "blind2", file: "tests/fixtures/gold/blind2.json" },
  { name: "blind3", file: "tests/fixtures/gold/blind3.json" },
];
const DEFAULT_SPEED_ROUNDS = 200;

interface Loaded {
  set: string;
  file: string;
  prepared: PreparedArticle;
  gold: { engagements: GoldEngagement[] };
}

async function parsedFile<T>(file: string, schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): Promise<T> {
  const parsed = schema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new AppError("INVALID_DATA", `${file}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  return parsed.data;
}

const loadGold = (file: string): Promise<GoldFile> => parsedFile(file, goldFileSchema);

/** The real parts: scored when DIR holds their texts; otherwise one plain line each on why not. */
async function loadReal(dir: string | null): Promise<{ loaded: Loaded[]; notes: string[] }> {
  const loaded: Loaded[] = [];
  const notes: string[] = [];
  for (const part of REAL_PARTS) {
    if (!existsSync(part.file)) {
      notes.push(`${part.name}: skipped, ${part.file} is not in this checkout`);
      continue;
    }
    if (!dir) {
      notes.push(`${part.name}: skipped, no texts given (run with --real DIR, DIR/<part>/<id>.txt)`);
      continue;
    }
    const gold = await parsedFile(part.file, realGoldFileSchema);
    const real = loadRealPart(gold, dir);
    for (const problem of real.problems) notes.push(`${part.name}: left out ${problem}`);
    if (real.skipped) notes.push(`${part.name}: skipped, ${real.skipped}`);
    else notes.push(`${part.name}: scored ${real.articles.length} article(s) from ${dir}`);
    for (const article of real.articles) loaded.push({ set: part.name, file: path.join(dir, gold.part, `${article.gold.id}.txt`), prepared: article.prepared, gold: article.gold });
  }
  return { loaded, notes };
}

async function loadArticles(): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  for (const set of GOLD_SETS) {
    for (const gold of (await loadGold(set.file)).articles) {
      const { raw } = await readArticleFile(gold.file);
      const prepared = prepareArticle(raw, { fileName: path.basename(gold.file), published: gold.published, title: gold.title });
      loaded.push({ set: set.name, file: gold.file, prepared, gold });
    }
  }
  return loaded;
}

const percent = (value: number) => value.toFixed(2).padStart(5);

/** The mean of the four fact F1s (engagements, participants, topics, outcomes): one figure to compare extractors by. */
function macroF1(score: Score): number {
  return COUNTED.reduce((total, key) => total + f1Of(score[key]).f1, 0) / COUNTED.length;
}

function row(name: string, score: Score): string {
  const counted = COUNTED.map((key) => {
    const { precision, recall, f1 } = f1Of(score[key]);
    return key === "engagements" ? `${percent(precision)} ${percent(recall)} ${percent(f1)}` : percent(f1);
  });
  const judged = JUDGED.map((key) => percent(score[key].total ? score[key].right / score[key].total : 1));
  return [name.padEnd(10), ...counted.map((cell, index) => cell.padStart(index === 0 ? 17 : 8)), ...judged.map((cell) => cell.padStart(7)), percent(macroF1(score)).padStart(7)].join(" ");
}

function header(): string {
  return ["set".padEnd(10), "eng P     R    F1".padStart(17), "part F1", "topic F1", "outc F1", ...JUDGED.map((key) => key.padStart(7)), "macroF1"].join(" ");
}

/** Articles per second of CPU time (not wall time, so a busy machine does not skew it). */
function measureSpeed(articles: Loaded[], rounds: number): string {
  const started = process.cpuUsage();
  for (let round = 0; round < rounds; round += 1) for (const article of articles) extractArticle(article.prepared);
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  const count = rounds * articles.length;
  const kilobytes = articles.reduce((total, article) => total + article.prepared.cleanedText.length, 0) / articles.length / 1024;
  return `speed: ${Math.round(count / seconds)} articles per CPU-second (extraction only, ${count} runs, mean cleaned text ${kilobytes.toFixed(1)} KB)`;
}

runCli(USAGE, async (args) => {
  const verbose = args.includes("--verbose");
  const roundsAt = args.indexOf("--rounds");
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : DEFAULT_SPEED_ROUNDS;
  const realAt = args.indexOf("--real");
  const realDir = realAt >= 0 ? args[realAt + 1] : null;
  if (realAt >= 0 && (!realDir || realDir.startsWith("--"))) throw new AppError("BAD_USAGE", "--real needs a directory");
  const known = new Set(["--verbose", "--rounds", roundsAt >= 0 ? args[roundsAt + 1] : undefined, "--real", realDir ?? undefined]);
  const unknown = args.filter((arg) => !known.has(arg));
  if (unknown.length > 0 || !Number.isInteger(rounds) || rounds < 0) throw new AppError("BAD_USAGE", `unexpected arguments: ${unknown.join(" ") || String(rounds)}`);

  const real = await loadReal(realDir ?? null);
  const articles = [...(await loadArticles()), ...real.loaded];
  const totals = new Map<string, Score>();
  for (const article of articles) {
    const { score, misses } = scoreArticle(article.gold.engagements, extractArticle(article.prepared).engagements);
    totals.set(article.set, addScores(totals.get(article.set) ?? emptyScore(), score));
    if (verbose && misses.length) console.log(`\n${article.file}\n  ${misses.join("\n  ")}`);
  }
  if (verbose) console.log("");
  console.log(header());
  for (const [name, score] of totals) console.log(row(name, score));
  console.log(row("all", [...totals.values()].reduce(addScores, emptyScore())));
  console.log(`\n${real.notes.join("\n")}`);
  if (rounds > 0) console.log(`\n${measureSpeed(articles, rounds)}`);
});
