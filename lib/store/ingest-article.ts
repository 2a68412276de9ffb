import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { extractArticle } from "@/lib/extract";
import type { PrepareOptions, PreparedArticle } from "@/lib/ingest";
import { prepareArticle, sha256Of } from "@/lib/ingest";
import type { Extraction } from "@/lib/schemas/extraction";
import { extractionToRecords } from "@/lib/store/extraction-records";
import { findMatchingEngagement } from "@/lib/store/match-engagement";
import { slugify, uniqueSlug } from "@/lib/store/slugs";
import { writeArticle } from "@/lib/store/write-article";
import { FactWriter } from "@/lib/store/write-engagement";

type Tx = Prisma.TransactionClient;

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

async function storeFacts(tx: Tx, articleId: number, extraction: Extraction): Promise<FactCounts> {
  const counts: FactCounts = { created: 0, merged: 0, skipped: [] };
  const writer = await FactWriter.open(tx, [articleId]);
  for (const record of extractionToRecords(extraction, articleId)) {
    const match = await findMatchingEngagement(tx, record);
    if (match !== null) {
      await writer.addEngagementFacts(match, record);
      counts.merged += 1;
    } else if (record.startDate === null) {
      counts.skipped.push(record.title);
    } else {
      const slug = await uniqueSlug(slugify(`${record.startDate} ${record.title}`), async (candidate) => (await tx.engagement.count({ where: { slug: candidate } })) > 0);
      await writer.addEngagementFacts(await writer.createEngagement({ ...record, slug }), record);
      counts.created += 1;
    }
  }
  await writer.flush();
  return counts;
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
  const stored = await db.article.findUnique({ where: { sha256 }, select: { id: true, slug: true, extractedAt: true, published: true, title: true } });
  if (stored?.extractedAt) return { status: "already-present", articleSlug: stored.slug };

  // A stored article's curated metadata (its publication date above all) anchors relative dates.
  const prepared = prepareArticle(raw, { ...options, published: options.published ?? stored?.published, title: options.title ?? stored?.title });
  if (prepared.cleanedText.trim() === "") {
    throw new AppError("UNREADABLE_INPUT", `${options.fileName}: no article text left after removing markup and boilerplate`);
  }
  const extraction = isExtractable(prepared.language) ? extract(prepared) : null;
  if (extraction) checkAnchors(prepared.cleanedText, extraction);

  return db.$transaction(
    async (tx) => {
      const articleSlug =
        stored?.slug ??
        (await uniqueSlug(slugify(prepared.title ?? options.fileName.replace(/\.[a-z]+$/i, "")).slice(0, 80) || "article", async (candidate) => (await tx.article.count({ where: { slug: candidate } })) > 0));
      const articleId = stored?.id ?? (await writeArticle(tx, prepared, { slug: articleSlug, origin: "ingested", fileName: options.fileName }));
      const counts = extraction ? await storeFacts(tx, articleId, extraction) : { created: 0, merged: 0, skipped: [] };
      const note = extractionNote(prepared, extraction, counts.skipped);
      await tx.article.update({ where: { id: articleId }, data: { extractedAt: new Date(), extractionNote: note } });
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
