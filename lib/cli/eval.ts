import path from "node:path";
import { readFile } from "node:fs/promises";
import { runCli } from "@/lib/cli/run";
import { AppError } from "@/lib/errors";
import { extractArticle } from "@/lib/extract";
import { addScores, COUNTED, emptyScore, f1Of, JUDGED, scoreArticle, type Score } from "@/lib/extract/eval/score";
import { prepareArticle, readArticleFile, type PreparedArticle } from "@/lib/ingest";
import { goldFileSchema, type GoldFile } from "@/lib/schemas/extraction";

/**
 * `npm run eval [-- --verbose]`: scores the extractor against the hand-annotated gold files
 * (seeds, and held-out articles written for the eval) and measures extraction speed.
 */

const USAGE = "usage: npm run eval [-- --verbose] [--rounds N]";
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
  gold: GoldFile["articles"][number];
}

async function loadGold(file: string): Promise<GoldFile> {
  const parsed = goldFileSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new AppError("INVALID_DATA", `${file}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  return parsed.data;
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

function row(name: string, score: Score): string {
  const counted = COUNTED.map((key) => {
    const { precision, recall, f1 } = f1Of(score[key]);
    return key === "engagements" ? `${percent(precision)} ${percent(recall)} ${percent(f1)}` : percent(f1);
  });
  const judged = JUDGED.map((key) => percent(score[key].total ? score[key].right / score[key].total : 1));
  return [name.padEnd(9), ...counted.map((cell, index) => cell.padStart(index === 0 ? 17 : 8)), ...judged.map((cell) => cell.padStart(7))].join(" ");
}

function header(): string {
  return ["set".padEnd(9), "eng P     R    F1".padStart(17), "part F1", "topic F1", "outc F1", ...JUDGED.map((key) => key.padStart(7))].join(" ");
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
  const known = new Set(["--verbose", "--rounds", roundsAt >= 0 ? args[roundsAt + 1] : undefined]);
  const unknown = args.filter((arg) => !known.has(arg));
  if (unknown.length > 0 || !Number.isInteger(rounds) || rounds < 0) throw new AppError("BAD_USAGE", `unexpected arguments: ${unknown.join(" ") || String(rounds)}`);

  const articles = await loadArticles();
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
  if (rounds > 0) console.log(`\n${measureSpeed(articles, rounds)}`);
});
