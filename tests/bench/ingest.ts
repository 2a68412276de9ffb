import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { tuneForWrites } from "@/lib/db/client";
import { extractArticle } from "@/lib/extract";
import { prepareArticle } from "@/lib/ingest";
import { ingestArticle } from "@/lib/store/ingest-article";
import { writeTopics } from "@/lib/store/seed";
import { createTestDatabase } from "@/tests/helpers/database";
import { generateSyntheticCorpus } from "@/tests/bench/synthetic-corpus";

/**
 * npm run bench:ingest [-- COUNT]: writes a synthetic corpus to disk one file at a time, then
 * streams it back twice — extraction alone, then ingestion into a fresh SQLite file — and
 * prints articles per second and memory as the run progresses. Numbers only, no assertions.
 */
const count = Number(process.argv[2] ?? 1000);
const dir = path.join(process.cwd(), "tests", ".tmp", `bench-corpus-${process.pid}`);
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

interface Run {
  name: string;
  perSecond: number;
  peakRssMb: string;
  heapAtQuarters: string[];
}

async function timeRun(name: string, files: { file: string; published: string }[], handle: (raw: string, file: string, published: string) => Promise<void> | void): Promise<Run> {
  let peakRss = 0;
  const heapAtQuarters: string[] = [];
  const quarter = Math.max(1, Math.floor(files.length / 4));
  const started = performance.now();
  for (const [index, { file, published }] of files.entries()) {
    await handle(await readFile(file, "utf8"), file, published);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    if ((index + 1) % quarter === 0) {
      // Collect first (the script runs with --expose-gc) so the figure is what is retained, not garbage not yet swept.
      (globalThis as { gc?: () => void }).gc?.();
      heapAtQuarters.push(`${index + 1}: ${megabytes(process.memoryUsage().heapUsed)} MB`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { name, perSecond: files.length / seconds, peakRssMb: megabytes(peakRss), heapAtQuarters };
}

async function main(): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: { file: string; published: string }[] = [];
  let bytes = 0;
  for (const article of generateSyntheticCorpus(count)) {
    const file = path.join(dir, article.fileName);
    writeFileSync(file, article.text);
    files.push({ file, published: article.published });
    bytes += Buffer.byteLength(article.text);
  }
  console.log(`corpus: ${count} synthetic articles, ${megabytes(bytes)} MB, mean ${(bytes / count / 1024).toFixed(1)} KB (${dir})`);

  // Warm the JIT on a few articles so the first measured run is not penalised.
  for (const { file, published } of files.slice(0, 20)) extractArticle(prepareArticle(await readFile(file, "utf8"), { fileName: file, published }));

  let engagements = 0;
  const extract = await timeRun("extract (clean + extract)", files, (raw, file, published) => {
    engagements += extractArticle(prepareArticle(raw, { fileName: path.basename(file), published })).engagements.length;
  });

  const database = createTestDatabase("bench-ingest");
  await database.db.$transaction((tx) => writeTopics(tx));
  await tuneForWrites(database.db, database.url);
  const ingest = await timeRun(`ingest into ${database.url.startsWith("file:") ? "SQLite" : "PostgreSQL"}`, files, async (raw, file, published) => {
    await ingestArticle(database.db, raw, { fileName: path.basename(file), published });
  });
  const stored = { articles: await database.db.article.count(), engagements: await database.db.engagement.count(), evidence: await database.db.evidence.count() };
  await database.close();
  rmSync(dir, { recursive: true, force: true });

  console.log(`extracted engagements: ${engagements}; stored: ${stored.articles} articles, ${stored.engagements} engagements, ${stored.evidence} evidence rows`);
  console.log("");
  console.log("run                          articles/s   peak RSS   heap retained after 1/4, 2/4, 3/4, 4/4");
  for (const run of [extract, ingest]) {
    console.log(`${run.name.padEnd(28)} ${run.perSecond.toFixed(0).padStart(10)}   ${`${run.peakRssMb} MB`.padStart(8)}   ${run.heapAtQuarters.join(", ")}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
