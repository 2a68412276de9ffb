import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { tuneForWrites } from "@/lib/db/client";
import { extractArticle } from "@/lib/extract";
import { prepareArticle } from "@/lib/ingest";
import { ingestSources, type ArticleSource, type BatchSummary } from "@/lib/store/ingest-batch";
import { writeTopics } from "@/lib/store/seed";
import { createTestDatabase } from "@/tests/helpers/database";
import { generateLinkageCorpus, type LinkageRole } from "@/tests/bench/linkage-corpus";
import { scoreLinkage, type LinkedArticle } from "@/tests/bench/linkage-score";

/**
 * npm run bench:ingest [-- COUNT [THREADS]]: writes the linkage corpus (default 10,000 articles) to disk
 * one file at a time, then streams it back twice — extraction alone, then ingestion into a
 * fresh SQLite file — printing articles per second and memory, and finally scores linkage
 * against the corpus's ground truth. Numbers only, no assertions. THREADS: analysis threads
 * cleaning and extracting ahead of the writer, as `npm run ingest` uses (default: one per core).
 */
const count = Number(process.argv[2] ?? 10_000);
const analysisThreads = Number(process.argv[3] ?? availableParallelism());
const dir = path.join(process.cwd(), "tests", ".tmp", `bench-corpus-${process.pid}`);
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const percent = (part: number, whole: number) => `${whole === 0 ? "n/a" : ((100 * part) / whole).toFixed(1)} %`;

interface CorpusFile {
  file: string;
  published: string;
  meetingId: number;
  meetingPlace: string;
  meetingDay: string;
  role: LinkageRole;
}

interface Run {
  name: string;
  perSecond: number;
  /** CPU time of the process per article: steadier than articles/s on a machine others are using */
  cpuMsPerArticle: number;
  /** articles/s within each quarter of the run: a falling rate means work growing with the database */
  perSecondByQuarter: number[];
  peakRssMb: string;
  heapAtQuarters: string[];
}

/** Reading the resident set size is a system call: sampled every few articles, not charged to each. */
const RSS_EVERY = 10;

const cpuMsNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Progress through a run: memory, rate and CPU sampled at each quarter. */
class RunMeter {
  private peakRss = 0;
  private readonly heapAtQuarters: string[] = [];
  private readonly perSecondByQuarter: number[] = [];
  private readonly quarter: number;
  private readonly started = performance.now();
  private readonly cpuStarted = cpuMsNow();
  private quarterStarted = this.started;
  private measuringMs = 0;
  private measuringCpuMs = 0;

  constructor(
    private readonly name: string,
    private readonly total: number,
  ) {
    this.quarter = Math.max(1, Math.floor(total / 4));
  }

  /** After the `done`-th article. */
  tick(done: number): void {
    if (done % RSS_EVERY === 0) this.peakRss = Math.max(this.peakRss, process.memoryUsage.rss());
    if (done % this.quarter !== 0) return;
    const now = performance.now();
    this.perSecondByQuarter.push(this.quarter / ((now - this.quarterStarted) / 1000));
    const cpuBefore = cpuMsNow();
    // Collect first (the script runs with --expose-gc) so the figure is what is retained, not garbage not yet swept.
    (globalThis as { gc?: () => void }).gc?.();
    this.heapAtQuarters.push(`${done}: ${megabytes(process.memoryUsage().heapUsed)} MB`);
    process.stderr.write(`${this.name}: ${done}/${this.total}\n`);
    this.quarterStarted = performance.now();
    // The forced collection measures memory; it is not the run's work, so its time is left out of the rates.
    this.measuringMs += this.quarterStarted - now;
    this.measuringCpuMs += cpuMsNow() - cpuBefore;
  }

  finish(): Run {
    const seconds = (performance.now() - this.started - this.measuringMs) / 1000;
    return {
      name: this.name,
      perSecond: this.total / seconds,
      cpuMsPerArticle: (cpuMsNow() - this.cpuStarted - this.measuringCpuMs) / this.total,
      perSecondByQuarter: this.perSecondByQuarter,
      peakRssMb: megabytes(Math.max(this.peakRss, process.memoryUsage.rss())),
      heapAtQuarters: this.heapAtQuarters,
    };
  }
}

async function timeRun(name: string, files: CorpusFile[], handle: (raw: string, file: CorpusFile) => Promise<void> | void): Promise<Run> {
  const meter = new RunMeter(name, files.length);
  for (const [index, file] of files.entries()) {
    await handle(await readFile(file.file, "utf8"), file);
    meter.tick(index + 1);
  }
  return meter.finish();
}

async function* sourcesOf(files: CorpusFile[]): AsyncGenerator<ArticleSource> {
  for (const { file, published } of files) {
    yield { name: file, read: async () => ({ raw: await readFile(file, "utf8"), options: { fileName: path.basename(file), published } }) };
  }
}

/** `timeRun` for the batch ingester, which pulls the articles itself: the meter ticks on its progress lines. */
async function timeIngest(files: CorpusFile[], databaseKind: string, ingest: (sources: AsyncIterable<ArticleSource>, report: (line: string) => void) => Promise<BatchSummary>): Promise<Run> {
  const meter = new RunMeter(`ingest into ${databaseKind}, ${analysisThreads} thr.`, files.length);
  let done = 0;
  const summary = await ingest(sourcesOf(files), () => meter.tick(++done));
  if (summary.failed.length > 0) console.log(`ingest failures: ${summary.failed.length}, first: ${summary.failed[0]}`);
  return meter.finish();
}

/** The 1-, 5- and 15-minute load averages: rates mean little without what else the machine was doing. */
const loadNow = () => loadavg().map((load) => load.toFixed(2)).join(", ");

async function main(): Promise<void> {
  const loadBefore = loadNow();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: CorpusFile[] = [];
  let bytes = 0;
  for (const article of generateLinkageCorpus(count)) {
    const file = path.join(dir, article.fileName);
    writeFileSync(file, article.text);
    files.push({ file, published: article.published, meetingId: article.meeting.id, meetingPlace: article.meeting.place.name, meetingDay: article.meeting.day, role: article.role });
    bytes += Buffer.byteLength(article.text);
  }
  const roles = (role: LinkageRole) => files.filter((file) => file.role === role).length;
  console.log(
    `corpus: ${count} linkage articles (${roles("first")} first reports, ${roles("duplicate")} duplicates, ${roles("undated")} undated mentions), ` +
      `${megabytes(bytes)} MB, mean ${(bytes / count / 1024).toFixed(1)} KB (${dir})`,
  );

  // Warm the JIT on a few articles so the first measured run is not penalised.
  for (const { file, published } of files.slice(0, 20)) extractArticle(prepareArticle(await readFile(file, "utf8"), { fileName: file, published }));

  let engagements = 0;
  const extract = await timeRun("extract (clean + extract)", files, (raw, { file, published }) => {
    engagements += extractArticle(prepareArticle(raw, { fileName: path.basename(file), published })).engagements.length;
  });

  const database = createTestDatabase("bench-ingest");
  await database.db.$transaction((tx) => writeTopics(tx));
  await tuneForWrites(database.db, database.url);
  // Through the batch path the CLI uses (articles committed in groups), each article read from disk as it comes.
  const ingest = await timeIngest(files, database.url.startsWith("file:") ? "SQLite" : "PostgreSQL", (sources, report) =>
    ingestSources(database.db, sources, report, { analysisThreads }),
  );
  const stored = { articles: await database.db.article.count(), engagements: await database.db.engagement.count(), evidence: await database.db.evidence.count() };

  // Each article's engagement: the one holding most of its evidence (its main engagement carries the most quotes).
  const evidence = await database.db.evidence.groupBy({ by: ["articleId", "engagementId"], _count: { _all: true }, orderBy: [{ articleId: "asc" }, { engagementId: "asc" }] });
  const mainOf = new Map<number, { engagementId: number; quotes: number }>();
  for (const row of evidence) {
    if (row._count._all > (mainOf.get(row.articleId)?.quotes ?? 0)) mainOf.set(row.articleId, { engagementId: row.engagementId, quotes: row._count._all });
  }
  const articleIds = new Map((await database.db.article.findMany({ select: { id: true, fileName: true } })).map((article) => [article.fileName, article.id]));
  const engagementRows = await database.db.engagement.findMany({ select: { id: true, placeName: true, startDate: true, endDate: true } });
  const places = new Map(engagementRows.map((engagement) => [engagement.id, engagement.placeName]));
  const datesOf = new Map(engagementRows.map((engagement) => [engagement.id, `${engagement.startDate ?? "undated"}${engagement.endDate ? `..${engagement.endDate}` : ""}`]));
  await database.close();
  rmSync(dir, { recursive: true, force: true });

  const linked: LinkedArticle[] = files.map((file) => {
    const engagementId = mainOf.get(articleIds.get(path.basename(file.file)) ?? -1)?.engagementId ?? null;
    return { meetingId: file.meetingId, meetingPlace: file.meetingPlace, meetingDay: file.meetingDay, file: path.basename(file.file), role: file.role, engagementId, storedPlace: engagementId === null ? null : (places.get(engagementId) ?? null) };
  });
  const score = scoreLinkage(linked);

  console.log(`extracted engagements: ${engagements}; stored: ${stored.articles} articles, ${stored.engagements} engagements, ${stored.evidence} evidence rows`);
  console.log("");
  console.log(`machine: ${availableParallelism()} cores; load average before ${loadBefore}, after ${loadNow()}`);
  console.log("run                          articles/s   CPU ms/article   articles/s by quarter   peak RSS   heap retained after 1/4, 2/4, 3/4, 4/4");
  for (const run of [extract, ingest]) {
    console.log(
      `${run.name.padEnd(28)} ${run.perSecond.toFixed(0).padStart(10)}   ${run.cpuMsPerArticle.toFixed(2).padStart(14)}   ${run.perSecondByQuarter.map((rate) => rate.toFixed(0)).join(", ").padEnd(21)}   ${`${run.peakRssMb} MB`.padStart(8)}   ${run.heapAtQuarters.join(", ")}`,
    );
  }
  console.log("");
  console.log("linkage against ground truth (pairs of articles in one engagement)");
  console.log(`  merge precision           ${score.precision.toFixed(4)}  (${score.correctPairs} of ${score.predictedPairs} merged pairs are one meeting)`);
  console.log(`  merge recall              ${score.recall.toFixed(4)}  (${score.correctPairs} of ${score.goldPairs} true pairs merged)`);
  console.log(`  false merges              ${score.falseMergePairs} pairs, ${score.mixedEngagements} engagements mixing meetings`);
  console.log(`  true duplicates merged    ${percent(score.duplicatesMerged, score.duplicates)}  (${score.duplicatesMerged} of ${score.duplicates})`);
  console.log(`  undated mentions joined   ${percent(score.undatedJoined, score.undated)}  (${score.undatedJoined} of ${score.undated}; ${score.undatedStoredApart} stored apart for review)`);
  console.log(`  dated meetings with place ${percent(score.meetingsStoredWithPlace, score.meetings)}  (${score.meetingsStoredWithPlace} of ${score.meetings})`);
  console.log(`  articles with no engagement stored: ${score.articlesWithoutEngagement}`);
  // Why duplicates are missed: where the duplicate and its meeting's first report each went.
  const where = (article: LinkedArticle | undefined) =>
    article?.engagementId == null ? "no engagement" : `engagement ${article.engagementId} (${datesOf.get(article.engagementId)}, ${article.storedPlace ?? "no place"})`;
  if (score.missedDuplicates.length > 0) console.log(`  first ${Math.min(10, score.missedDuplicates.length)} missed duplicates (meeting day, place: duplicate → / first report →):`);
  for (const { duplicate, first } of score.missedDuplicates.slice(0, 10)) {
    console.log(`    ${duplicate.file}, ${duplicate.meetingDay} ${duplicate.meetingPlace}: ${where(duplicate)} / ${first?.file ?? "?"} ${where(first)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
