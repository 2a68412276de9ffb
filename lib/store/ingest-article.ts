import type { Db } from "@/lib/db/client";
import { extractArticle } from "@/lib/extract";
import type { PreparedArticle } from "@/lib/ingest";
import { sha256Of } from "@/lib/ingest";
import type { Extraction } from "@/lib/schemas/extraction";
import { analyseText, type Extract, type IngestOptions, type StoredArticle } from "@/lib/store/analyse-text";
import { bumpDataVersion } from "@/lib/store/data-version";
import { extractionToRecords } from "@/lib/store/extraction-records";
import { findMatchingEngagement } from "@/lib/store/match-engagement";
import { slugify, uniqueSlug } from "@/lib/store/slugs";
import type { EngagementRecord } from "@/lib/store/records";
import { Prisma } from "@/lib/generated/prisma/client";
import { executeSql, lockFactWrites, queryRows, readAhead, retryOnWriteConflict, toId, writeTransaction, type Tx } from "@/lib/store/sql";
import { writeArticle } from "@/lib/store/write-article";
import { EvidenceBuffer, FactWriter, readTopicIds } from "@/lib/store/write-engagement";

export type IngestResult =
  | { status: "already-present"; articleSlug: string }
  | {
      status: "ingested";
      articleSlug: string;
      /** true when the text was already stored (a corpus article) and only its facts are new */
      articleWasStored: boolean;
      language: string;
      engagementsCreated: number;
      engagementsMerged: number;
      note: string | null;
    };

/** What a reader of the ingest report should know beyond the counts: never a silent zero. */
function extractionNote(prepared: PreparedArticle, extraction: Extraction | null, counts: Omit<FactCounts, "created" | "merged">): string | null {
  if (extraction === null) return `not extracted: the article's language is "${prepared.language}", and extraction reads English only`;
  if (extraction.article.note) return extraction.article.note;
  if (extraction.engagements.length === 0) return "no US–China engagement found in this article";
  const notes = [
    counts.undated.length > 0 ? `${counts.undated.length} engagement(s) stored without a date, for review: ${counts.undated.join("; ")}` : null,
    counts.unidentified.length > 0 ? `${counts.unidentified.length} passing mention(s), undated or naming nobody, identified no stored engagement and were not added: ${counts.unidentified.join("; ")}` : null,
  ];
  return notes.filter((note) => note !== null).join("; ") || null;
}

interface FactCounts {
  created: number;
  merged: number;
  /** titles of undated main engagements stored as new: the timeline lists them apart and the desk dates them */
  undated: string[];
  /** titles of mentions, undated or naming nobody, that identified nothing stored: passing references, not the article's news */
  unidentified: string[];
}

/** Engagement slugs already taken among `base`, `base-2`, `base-3`…, in one query. */
async function takenSlugs(tx: Tx, base: string): Promise<Set<string>> {
  // A range rather than LIKE, so the unique index on slug serves it: "base-…" sorts between "base-" and "base." ("." follows "-").
  const rows = await queryRows<{ slug: string }>(tx, Prisma.sql`
    SELECT "slug" FROM "Engagement" WHERE "slug" = ${base} OR ("slug" >= ${`${base}-`} AND "slug" < ${`${base}.`})`);
  return new Set(rows.map((row) => row.slug));
}

/** Topic ids per database client, read once: a batch of articles then skips that query. */
const topicIdsByClient = new WeakMap<Db, Promise<Map<string, number>>>();

function topicIdsOf(db: Db): Promise<Map<string, number>> {
  const cached = topicIdsByClient.get(db);
  if (cached) return cached;
  const ids = readTopicIds(db);
  // An empty taxonomy means set-up has not run yet: ask again next time rather than remember that.
  void ids.then((read) => read.size > 0 && topicIdsByClient.set(db, ids));
  return ids;
}

/** What becomes of one extracted engagement: facts added to a stored engagement, a new engagement, or nothing. */
type Decision = { action: "merge"; engagementId: number } | { action: "create" } | { action: "skip" };

/** Linkage for every extracted engagement, decided before anything is written so the article row carries its note. */
async function decide(tx: Tx, extraction: Extraction, records: EngagementRecord[]): Promise<Decision[]> {
  const decisions: Decision[] = [];
  for (const [index, record] of records.entries()) {
    const match = await findMatchingEngagement(tx, record, extraction.article.published);
    if (match !== null) decisions.push({ action: "merge", engagementId: match });
    // A passing mention that identifies nothing stored (undated, or naming nobody who could be matched) is not the
    // article's news: left out, and said so.
    else if ((record.startDate === null || record.participants.length === 0) && extraction.engagements[index]?.role !== "main") decisions.push({ action: "skip" });
    // The article's own news is never dropped: undated, it is stored as such (origin "extracted", so the desk reviews it).
    else decisions.push({ action: "create" });
  }
  return decisions;
}

function countDecisions(records: EngagementRecord[], decisions: Decision[]): FactCounts {
  const titles = (wanted: (record: EngagementRecord, decision: Decision) => boolean) =>
    records.filter((record, index) => wanted(record, decisions[index] as Decision)).map((record) => record.title);
  return {
    created: decisions.filter((decision) => decision.action === "create").length,
    merged: decisions.filter((decision) => decision.action === "merge").length,
    undated: titles((record, decision) => decision.action === "create" && record.startDate === null),
    unidentified: titles((_record, decision) => decision.action === "skip"),
  };
}

async function storeFacts(tx: Tx, records: EngagementRecord[], decisions: Decision[], writer: FactWriter): Promise<void> {
  for (const [index, record] of records.entries()) {
    const decision = decisions[index] as Decision;
    if (decision.action === "merge") await writer.addEngagementFacts(decision.engagementId, record);
    if (decision.action !== "create") continue;
    const base = slugify(`${record.startDate ?? "undated"} ${record.title}`).slice(0, 100);
    // Most slugs are free: try the plain one first, and look at the taken ones only when it is not.
    let engagementId = await writer.createEngagementIfSlugFree({ ...record, slug: base });
    if (engagementId === null) {
      const taken = await takenSlugs(tx, base);
      engagementId = await writer.createEngagement({ ...record, slug: await uniqueSlug(base, async (candidate) => taken.has(candidate)) });
    }
    await writer.addEngagementFacts(engagementId, record, true);
  }
}

/** A readable slug that cannot collide: the title, then the start of the content hash. */
function articleSlugOf(prepared: PreparedArticle, fileName: string): string {
  const words = slugify(prepared.title ?? fileName.replace(/\.[a-z]+$/i, "")).slice(0, 80).replace(/-+$/, "");
  return `${words || "article"}-${prepared.sha256.slice(0, 8)}`;
}

/** What a run of ingestions can share: topic ids, and person ids by slug as far as they are known to be stored. */
export interface IngestContext {
  topicIds: ReadonlyMap<string, number>;
  personIds: Map<string, number>;
  /** evidence of a group of articles written in one transaction, inserted once at its end by the group's owner; absent, each article inserts its own */
  evidence?: EvidenceBuffer;
}

/** A fresh context; person ids must be forgotten whenever a transaction that created people is rolled back. */
export async function openIngestContext(db: Db): Promise<IngestContext> {
  return { topicIds: await topicIdsOf(db), personIds: new Map() };
}

export type { Extract, IngestOptions } from "@/lib/store/analyse-text";

type StoredArticleRow = Omit<StoredArticle, "id"> & { id: unknown };

const storedArticleQuery = (sha256: string) => Prisma.sql`
  SELECT "id", "slug", "extractedAt", "published", "title" FROM "Article" WHERE "sha256" = ${sha256}`;

const storedArticleOf = (row: StoredArticleRow | undefined): StoredArticle | null => (row ? { ...row, id: toId(row.id) } : null);

/** The article stored under a SHA-256, if any. */
export async function findStoredArticle(tx: Tx, sha256: string): Promise<StoredArticle | null> {
  return storedArticleOf((await queryRows<StoredArticleRow>(tx, storedArticleQuery(sha256)))[0]);
}

/** The same, read ahead of the transaction that will check it again (see `readAhead`). */
export async function findStoredArticleAhead(db: Db, sha256: string): Promise<StoredArticle | null> {
  return storedArticleOf((await readAhead<StoredArticleRow>(db, storedArticleQuery(sha256)))[0]);
}

/** An article read, cleaned and extracted, with nothing written yet. */
export type AnalysedArticle =
  | { status: "already-present"; articleSlug: string }
  | { status: "new"; stored: { id: number; slug: string } | null; prepared: PreparedArticle; extraction: Extraction | null; fileName: string };

/**
 * The read-only half of ingestion: looks the article up by its SHA-256, cleans and extracts it
 * and checks every quote. Errors here (unreadable text, a failing extractor) leave nothing to
 * undo, so a batch goes on past them within its transaction.
 */
export async function analyseArticle(tx: Tx, raw: string, options: IngestOptions, extract: Extract = extractArticle): Promise<AnalysedArticle> {
  const stored = await findStoredArticle(tx, sha256Of(raw));
  if (stored?.extractedAt) return { status: "already-present", articleSlug: stored.slug };
  const { prepared, extraction } = analyseText(raw, options, stored, extract);
  return { status: "new", stored: stored && { id: stored.id, slug: stored.slug }, prepared, extraction, fileName: options.fileName };
}

/** The writing half of ingestion: the article (unless stored already), then its facts. An error here leaves partial writes to roll back. */
export async function writeAnalysedArticle(tx: Tx, context: IngestContext, article: AnalysedArticle): Promise<IngestResult> {
  if (article.status === "already-present") return article;
  const { stored, prepared, extraction } = article;
  // Records are matched before the article row exists (matching reads only people, dates and places), then built again with its id.
  const drafts = extraction ? extractionToRecords(extraction, 0) : [];
  const decisions = extraction ? await decide(tx, extraction, drafts) : [];
  const counts = countDecisions(drafts, decisions);
  const note = extractionNote(prepared, extraction, counts);
  const extractedAt = new Date();

  const articleSlug = stored?.slug ?? articleSlugOf(prepared, article.fileName);
  let articleId: number;
  if (stored) {
    articleId = stored.id;
    await executeSql(tx, Prisma.sql`UPDATE "Article" SET "extractedAt" = ${extractedAt}, "extractionNote" = ${note} WHERE "id" = ${articleId}`);
  } else {
    articleId = await writeArticle(tx, prepared, { slug: articleSlug, origin: "ingested", fileName: article.fileName, extractionNote: note, extractedAt });
  }
  if (extraction && decisions.some((decision) => decision.action !== "skip")) {
    const evidence = context.evidence ?? new EvidenceBuffer();
    const writer = await FactWriter.open(tx, stored ? [articleId] : [], context.topicIds, context.personIds, evidence);
    await storeFacts(tx, extractionToRecords(extraction, articleId), decisions, writer);
    if (context.evidence === undefined) await evidence.flush(tx);
  }
  return {
    status: "ingested",
    articleSlug,
    articleWasStored: stored !== null,
    language: prepared.language,
    engagementsCreated: counts.created,
    engagementsMerged: counts.merged,
    note,
  };
}

/**
 * Stores one article and the engagements extracted from it, in one transaction. An article
 * already extracted (same SHA-256) is reported as present and nothing changes; a stored
 * corpus article that was never extracted gets its extracted facts merged in.
 */
export async function ingestArticle(db: Db, raw: string, options: IngestOptions, extract: Extract = extractArticle): Promise<IngestResult> {
  return retryOnWriteConflict(async () => {
    const context = await openIngestContext(db);
    return writeTransaction(db, async (tx) => {
      await lockFactWrites(tx);
      const result = await writeAnalysedArticle(tx, context, await analyseArticle(tx, raw, options, extract));
      if (result.status === "ingested") await bumpDataVersion(tx);
      return result;
    }, { timeout: 60_000 });
  });
}
