import { readdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { toPublicError } from "@/lib/errors";
import { readArticleFile, sha256Of } from "@/lib/ingest";
import { readSidecar } from "@/lib/ingest/given";
import type { GivenMetadata } from "@/lib/schemas/corpus";
import type { StoredArticle, TextAnalysis } from "@/lib/store/analyse-text";
import { AnalysisPool } from "@/lib/store/analysis-pool";
import {
  analyseArticle,
  findStoredArticle,
  findStoredArticleAhead,
  ingestArticle,
  openIngestContext,
  writeAnalysedArticle,
  type AnalysedArticle,
  type Extract,
  type IngestContext,
  type IngestOptions,
  type IngestResult,
} from "@/lib/store/ingest-article";
import { bumpDataVersion } from "@/lib/store/data-version";
import { lockFactWrites, writeTransaction, type Tx } from "@/lib/store/sql";
import { EvidenceBuffer } from "@/lib/store/write-engagement";

const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm"]);

/**
 * Articles committed together. Each commit costs a write of the log and a new full-text
 * segment, several times the work of storing one article; a group bounded in count and time
 * keeps the write lock short, and a crash loses at most one group, which the next run redoes.
 */
const ARTICLES_PER_COMMIT = 25;
const MILLISECONDS_PER_COMMIT = 500;

export interface BatchOptions {
  /** threads cleaning and extracting articles ahead of the writer (see AnalysisPool); 0: the writer does it between writes */
  analysisThreads?: number;
}

export interface BatchSummary {
  ingested: number;
  alreadyPresent: number;
  failed: string[];
  engagementsCreated: number;
  engagementsMerged: number;
}

/** Files named directly are taken as given (the reader refuses bad ones); folders are walked for articles. */
async function* articlePaths(paths: string[]): AsyncGenerator<string> {
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (info?.isDirectory()) {
      const entries = (await readdir(given, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      const inside = entries.filter((entry) => entry.isDirectory() || ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase()));
      yield* articlePaths(inside.map((entry) => path.join(given, entry.name)));
    } else {
      yield given;
    }
  }
}

function describe(result: IngestResult): string {
  if (result.status === "already-present") return `already ingested as ${result.articleSlug}`;
  const facts = `${result.engagementsCreated} engagement(s) created, ${result.engagementsMerged} merged`;
  const stored = result.articleWasStored ? "facts extracted for stored article" : "ingested";
  return `${stored} ${result.articleSlug}: ${facts}${result.note ? ` (${result.note})` : ""}`;
}

/** One article to ingest: a name for progress lines and errors, and how to read it. */
export interface ArticleSource {
  name: string;
  read: () => Promise<{ raw: string; options: IngestOptions }>;
  /** the extractor, when not the project's own (tests) */
  extract?: Extract;
}

type Outcome = { source: ArticleSource; result: IngestResult } | { source: ArticleSource; failure: string };

function failureOf(source: ArticleSource, error: unknown): string {
  const message = toPublicError(error).message;
  // File-reading errors already start with the path; others get it here.
  return message.startsWith(source.name) ? message : `${source.name}: ${message}`;
}

/** Thrown out of a group's transaction to roll it back when an article failed while writing. */
class WriteFailed extends Error {
  constructor(
    readonly source: ArticleSource,
    readonly reason: unknown,
  ) {
    super("an article failed while being written");
  }
}

/**
 * An article taken from the sources. With an analysis pool it is read, looked up and sent to be
 * cleaned and extracted as soon as it is queued, ahead of the writer; `ahead` never rejects, so
 * an article that fails there waits for its turn to be reported.
 */
interface Queued {
  source: ArticleSource;
  ahead: Promise<Ahead> | null;
}

type Ahead =
  | { raw: string; options: IngestOptions; sha256: string; stored: StoredArticle | null; analysis: TextAnalysis | null }
  | { error: unknown };

async function analyseAhead(db: Db, pool: AnalysisPool, source: ArticleSource): Promise<Ahead> {
  try {
    const { raw, options } = await source.read();
    const sha256 = sha256Of(raw);
    const stored = await findStoredArticleAhead(db, sha256);
    // Already extracted: nothing to analyse (the writer confirms it).
    const analysis = stored?.extractedAt ? null : await pool.analyse(raw, options, stored);
    return { raw, options, sha256, stored, analysis };
  } catch (error) {
    return { error };
  }
}

/** Sources read a few articles ahead of the writer, so the pool's threads always have the next ones at hand. */
class ReadAhead {
  private readonly queue: Queued[] = [];
  private exhausted = false;

  constructor(
    private readonly iterator: AsyncIterator<ArticleSource>,
    private readonly db: Db,
    private readonly pool: AnalysisPool,
  ) {}

  /** Articles in flight: two per thread keeps each busy while its last result travels back. */
  private get depth(): number {
    return this.pool.size === 0 ? 1 : 2 * this.pool.size + 1;
  }

  async take(): Promise<Queued | null> {
    while (!this.exhausted && this.queue.length < this.depth) {
      const next = await this.iterator.next();
      if (next.done) this.exhausted = true;
      // A source with its own extractor (tests) is analysed by the writer: a function cannot travel to a thread.
      else this.queue.push({ source: next.value, ahead: this.pool.size === 0 || next.value.extract ? null : analyseAhead(this.db, this.pool, next.value) });
    }
    return this.queue.shift() ?? null;
  }
}

/**
 * The article analysed, as of inside the group's transaction: an analysis made ahead is used
 * when the stored state it assumed still holds (no article, or the same one not yet extracted),
 * and is made again here otherwise.
 */
async function analysedInGroup(tx: Tx, { source, ahead }: Queued): Promise<AnalysedArticle> {
  if (ahead === null) {
    const { raw, options } = await source.read();
    return analyseArticle(tx, raw, options, source.extract);
  }
  const early = await ahead;
  if ("error" in early) throw early.error;
  const stored = await findStoredArticle(tx, early.sha256);
  if (stored?.extractedAt) return { status: "already-present", articleSlug: stored.slug };
  if (early.analysis === null || stored?.id !== early.stored?.id) return analyseArticle(tx, early.raw, early.options, source.extract);
  return { status: "new", stored: stored && { id: stored.id, slug: stored.slug }, ...early.analysis, fileName: early.options.fileName };
}

/**
 * Reads, extracts and writes one article inside the group's transaction. A failure before the
 * first write (unreadable file, empty text, failing extractor) concerns that article alone; a
 * failure while writing may leave partial rows, so it rolls the whole group back.
 */
async function ingestInGroup(tx: Tx, context: IngestContext, queued: Queued): Promise<Outcome> {
  const { source } = queued;
  let analysed: AnalysedArticle;
  try {
    analysed = await analysedInGroup(tx, queued);
  } catch (error) {
    return { source, failure: failureOf(source, error) };
  }
  try {
    return { source, result: await writeAnalysedArticle(tx, context, analysed) };
  } catch (error) {
    throw new WriteFailed(source, error);
  }
}

/** A group again, one article per transaction, after a write failure rolled the group back: the failing article fails alone. */
async function ingestOneByOne(db: Db, sources: ArticleSource[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const source of sources) {
    try {
      const { raw, options } = await source.read();
      outcomes.push({ source, result: await ingestArticle(db, raw, options, source.extract) });
    } catch (error) {
      outcomes.push({ source, failure: failureOf(source, error) });
    }
  }
  return outcomes;
}

/**
 * Ingests articles one at a time, so a bad one fails alone and memory stays flat however many
 * there are; they are committed in small groups. `report` receives one progress line per
 * article as it is done (its writes become visible when its group commits).
 */
export async function ingestSources(db: Db, sources: AsyncIterable<ArticleSource>, report: (line: string) => void, options: BatchOptions = {}): Promise<BatchSummary> {
  const pool = AnalysisPool.open(options.analysisThreads ?? 0);
  try {
    return await ingestQueued(db, new ReadAhead(sources[Symbol.asyncIterator](), db, pool), report);
  } finally {
    await pool.close();
  }
}

async function ingestQueued(db: Db, queue: ReadAhead, report: (line: string) => void): Promise<BatchSummary> {
  const summary: BatchSummary = { ingested: 0, alreadyPresent: 0, failed: [], engagementsCreated: 0, engagementsMerged: 0 };
  let next = await queue.take();
  let index = 0;
  const context = await openIngestContext(db);
  const progress = (outcome: Outcome) => {
    index += 1;
    report("failure" in outcome ? `[${index}] FAILED ${outcome.failure}` : `[${index}] ${outcome.source.name}: ${describe(outcome.result)}`);
  };
  // Counted once stored: a group rolled back is counted when it is redone.
  const tally = (outcome: Outcome) => {
    if ("failure" in outcome) summary.failed.push(outcome.failure);
    else if (outcome.result.status === "already-present") summary.alreadyPresent += 1;
    else {
      summary.ingested += 1;
      summary.engagementsCreated += outcome.result.engagementsCreated;
      summary.engagementsMerged += outcome.result.engagementsMerged;
    }
  };

  while (next !== null) {
    const group: Outcome[] = [];
    const firstIndex = index;
    try {
      await writeTransaction(
        db,
        async (tx) => {
          await lockFactWrites(tx);
          const started = performance.now();
          // The group's evidence goes in with a few statements at its end rather than one per article.
          const evidence = new EvidenceBuffer();
          while (next !== null && group.length < ARTICLES_PER_COMMIT && performance.now() - started < MILLISECONDS_PER_COMMIT) {
            const outcome = await ingestInGroup(tx, { ...context, evidence }, next);
            group.push(outcome);
            progress(outcome);
            next = await queue.take();
          }
          await evidence.flush(tx);
          if (group.some((outcome) => "result" in outcome && outcome.result.status === "ingested")) await bumpDataVersion(tx);
        },
        { timeout: 120_000 },
      );
      group.forEach(tally);
    } catch (error) {
      // Nothing of the group was stored, and the people it created are gone: redo it article by article.
      context.personIds.clear();
      const redo = group.map((outcome) => outcome.source);
      if (error instanceof WriteFailed) redo.push(error.source);
      const reason = error instanceof WriteFailed ? failureOf(error.source, error.reason) : toPublicError(error).message;
      report(`rolled back articles ${firstIndex + 1}–${firstIndex + redo.length} (${reason}); storing them one by one`);
      index = firstIndex;
      for (const outcome of await ingestOneByOne(db, redo)) {
        progress(outcome);
        tally(outcome);
      }
      if (error instanceof WriteFailed) next = await queue.take();
    }
  }
  return summary;
}

async function* fileSources(paths: string[], given: GivenMetadata): AsyncGenerator<ArticleSource> {
  for await (const file of articlePaths(paths)) {
    yield {
      name: file,
      read: async () => {
        const { raw, format } = await readArticleFile(file);
        const sidecar = await readSidecar(file);
        return { raw, options: { fileName: path.basename(file), format, ...sidecar, ...given } };
      },
    };
  }
}

/**
 * Ingests every article file under the given paths (see `ingestSources`). Metadata given for
 * every file (command-line flags) wins over each file's sidecar FILE.meta.json, which wins over
 * what the article states itself.
 */
export function ingestBatch(
  db: Db,
  paths: string[],
  report: (line: string) => void,
  given: GivenMetadata = {},
  options: BatchOptions = { analysisThreads: availableParallelism() },
): Promise<BatchSummary> {
  return ingestSources(db, fileSources(paths, given), report, options);
}
