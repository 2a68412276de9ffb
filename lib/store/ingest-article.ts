import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { extractArticle } from "@/lib/extract";
import type { PrepareOptions, PreparedArticle } from "@/lib/ingest";
import { prepareArticle, sha256Of } from "@/lib/ingest";
import type { Extraction } from "@/lib/schemas/extraction";
import { extractionToRecords } from "@/lib/store/extraction-records";
import { findMatchingEngagement } from "@/lib/store/match-engagement";
import { slugify, uniqueSlug } from "@/lib/store/slugs";
import { toId, type Tx } from "@/lib/store/sql";
import { writeArticle } from "@/lib/store/write-article";
import { FactWriter, readTopicIds } from "@/lib/store/write-engagement";


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

/** Extraction reads English; text too short to tell ("und") is tried rather than skipped. */
function isExtractable(language: string): boolean {
  return language === "en" || language === "und";
}

/** What a reader of the ingest report should know beyond the counts: never a silent zero. */
function extractionNote(prepared: PreparedArticle, extraction: Extraction | null, skipped: string[]): string | null {
  if (extraction === null) return `not extracted: the article's language is "${prepared.language}", and extraction reads English only`;
  if (extraction.article.note) return extraction.article.note;
  if (extraction.engagements.length === 0) return "no US–China engagement found in this article";
  if (skipped.length > 0) return `${skipped.length} undated engagement(s) matched nothing stored and were not added: ${skipped.join("; ")}`;
  return null;
}

function checkAnchors(text: string, extraction: Extraction): void {
  for (const engagement of extraction.engagements) {
    const lists = [
      engagement.dateEvidence ?? [],
      engagement.placeEvidence ?? [],
      ...engagement.participants.map((fact) => fact.evidence),
      ...engagement.topics.map((fact) => fact.evidence),
      ...engagement.outcomes.map((fact) => fact.evidence),
    ];
    for (const evidence of lists.flat()) {
      if (text.slice(evidence.start, evidence.end) !== evidence.exact) {
        throw new AppError("INVALID_DATA", `extracted quote does not match the article text at ${evidence.start}–${evidence.end}: "${evidence.exact}"`);
      }
    }
  }
}

interface FactCounts {
  created: number;
  merged: number;
  /** titles of undated engagements that matched nothing stored: a timeline cannot place them */
  skipped: string[];
}

/** Engagement slugs already taken among `base`, `base-2`, `base-3`…, in one query. */
async function takenSlugs(tx: Tx, base: string): Promise<Set<string>> {
  // A range rather than LIKE, so the unique index on slug serves it: "base-…" sorts between "base-" and "base." ("." follows "-").
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT "slug" FROM "Engagement" WHERE "slug" = ${base} OR ("slug" >= ${`${base}-`} AND "slug" < ${`${base}.`})`;
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

async function storeFacts(tx: Tx, article: { id: number; wasStored: boolean }, extraction: Extraction, topicIds: ReadonlyMap<string, number>): Promise<FactCounts> {
  const counts: FactCounts = { created: 0, merged: 0, skipped: [] };
  const writer = await FactWriter.open(tx, article.wasStored ? [article.id] : [], topicIds);
  for (const record of extractionToRecords(extraction, article.id)) {
    const match = await findMatchingEngagement(tx, record);
    if (match !== null) {
      await writer.addEngagementFacts(match, record);
      counts.merged += 1;
    } else if (record.startDate === null) {
      counts.skipped.push(record.title);
    } else {
      const base = slugify(`${record.startDate} ${record.title}`).slice(0, 100);
      const taken = await takenSlugs(tx, base);
      const slug = await uniqueSlug(base, async (candidate) => taken.has(candidate));
      await writer.addEngagementFacts(await writer.createEngagement({ ...record, slug }), record, true);
      counts.created += 1;
    }
  }
  await writer.flush();
  return counts;
}

/** A readable slug that cannot collide: the title, then the start of the content hash. */
function articleSlugOf(prepared: PreparedArticle, fileName: string): string {
  const words = slugify(prepared.title ?? fileName.replace(/\.[a-z]+$/i, "")).slice(0, 80).replace(/-+$/, "");
  return `${words || "article"}-${prepared.sha256.slice(0, 8)}`;
}

/**
 * Stores one article and the engagements extracted from it, in one transaction. An article
 * already extracted (same SHA-256) is reported as present and nothing changes; a stored
 * corpus article that was never extracted gets its extracted facts merged in.
 */
export async function ingestArticle(
  db: Db,
  raw: string,
  options: PrepareOptions & { fileName: string },
  extract: (prepared: PreparedArticle) => Extraction = extractArticle,
): Promise<IngestResult> {
  const sha256 = sha256Of(raw);
  const [found] = await db.$queryRaw<{ id: unknown; slug: string; extractedAt: unknown; published: string | null; title: string | null }[]>`
    SELECT "id", "slug", "extractedAt", "published", "title" FROM "Article" WHERE "sha256" = ${sha256}`;
  const stored = found ? { ...found, id: toId(found.id) } : null;
  if (stored?.extractedAt) return { status: "already-present", articleSlug: stored.slug };

  // A stored article's curated metadata (its publication date above all) anchors relative dates.
  const prepared = prepareArticle(raw, { ...options, published: options.published ?? stored?.published, title: options.title ?? stored?.title });
  if (prepared.cleanedText.trim() === "") {
    throw new AppError("UNREADABLE_INPUT", `${options.fileName}: no article text left after removing markup and boilerplate`);
  }
  const extraction = isExtractable(prepared.language) ? extract(prepared) : null;
  if (extraction) checkAnchors(prepared.cleanedText, extraction);

  const topicIds = await topicIdsOf(db);
  return db.$transaction(
    async (tx) => {
      const articleSlug = stored?.slug ?? articleSlugOf(prepared, options.fileName);
      const articleId = stored?.id ?? (await writeArticle(tx, prepared, { slug: articleSlug, origin: "ingested", fileName: options.fileName }));
      const counts = extraction ? await storeFacts(tx, { id: articleId, wasStored: stored !== null }, extraction, topicIds) : { created: 0, merged: 0, skipped: [] };
      const note = extractionNote(prepared, extraction, counts.skipped);
      await tx.$executeRaw`UPDATE "Article" SET "extractedAt" = ${new Date()}, "extractionNote" = ${note} WHERE "id" = ${articleId}`;
      return {
        status: "ingested" as const,
        articleSlug,
        articleWasStored: stored !== null,
        language: prepared.language,
        engagementsCreated: counts.created,
        engagementsMerged: counts.merged,
        note,
      };
    },
    { timeout: 60_000 },
  );
}
