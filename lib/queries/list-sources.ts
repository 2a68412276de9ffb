import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { EngagementKey } from "./engagement-keyset";
import { formatDateRange } from "./view";
import { VISIBLE_EVIDENCE } from "./visibility";

export interface SourceSummary {
  slug: string;
  title: string;
  publisher: string | null;
  published: string | null;
  publishedLabel: string | null;
  evidenceCount: number;
  engagementCount: number;
}

export interface SourcePage {
  sources: SourceSummary[];
  /** where the next (older) page starts; null on the last page */
  next: SourceKey | null;
  /** where the previous (newer) page ends; null on the first page */
  previous: SourceKey | null;
  total: number;
}

/** A position in the sources index: publication date (null = undated) and id, like an engagement key. */
export type SourceKey = EngagementKey;

/** A page's start: after a key (older sources), before one (newer sources), or null for the newest. */
export type SourcePosition = { after: SourceKey } | { before: SourceKey } | null;

export const SOURCE_PAGE_SIZE = 50;

const ROW = { id: true, slug: true, title: true, publisher: true, published: true } as const;

/** Dated articles strictly after the key in (published desc, id desc) order. */
function datedAfter(key: SourceKey | null): Prisma.ArticleWhereInput {
  if (key === null || key.startDate === null) return { published: { not: null } };
  return { OR: [{ published: { lt: key.startDate } }, { published: key.startDate, id: { lt: key.id } }] };
}

/** Dated articles strictly before the key in (published desc, id desc) order: all of them for an undated key. */
function datedBefore(key: SourceKey): Prisma.ArticleWhereInput {
  if (key.startDate === null) return { published: { not: null } };
  return { OR: [{ published: { gt: key.startDate } }, { published: key.startDate, id: { gt: key.id } }] };
}

type SourceRow = { id: number; slug: string; title: string | null; publisher: string | null; published: string | null };

/** Up to `take` articles just before `key` in index order, nearest first: undated ones above it, then dated from the oldest up. */
async function readBackward(db: Db, key: SourceKey, take: number): Promise<SourceRow[]> {
  const undated = key.startDate === null ? await db.article.findMany({ where: { published: null, id: { gt: key.id } }, orderBy: { id: "asc" }, take, select: ROW }) : [];
  const dated =
    undated.length >= take
      ? []
      : await db.article.findMany({ where: datedBefore(key), orderBy: [{ published: "asc" }, { id: "asc" }], take: take - undated.length, select: ROW });
  return [...undated, ...dated];
}

/** Up to `take` articles from `after` on (exclusive) in index order: dated newest first, then undated. */
async function readForward(db: Db, after: SourceKey | null, take: number): Promise<SourceRow[]> {
  const dated =
    after?.startDate === null
      ? []
      : await db.article.findMany({ where: datedAfter(after), orderBy: [{ published: "desc" }, { id: "desc" }], take, select: ROW });
  const undated =
    dated.length >= take
      ? []
      : await db.article.findMany({
          where: { published: null, ...(after?.startDate === null && { id: { lt: after.id } }) },
          orderBy: { id: "desc" },
          take: take - dated.length,
          select: ROW,
        });
  return [...dated, ...undated];
}

/**
 * One page of stored articles, newest first (undated last), with how much evidence each
 * provides: keyset pagination on (published, id) in both directions, counts aggregated for
 * this page only.
 */
export async function listSources(db: Db, position: SourcePosition = null, limit: number = SOURCE_PAGE_SIZE): Promise<SourcePage> {
  const backward = position !== null && "before" in position;
  const rows = backward ? await readBackward(db, position.before, limit + 1) : await readForward(db, position?.after ?? null, limit + 1);
  const page = backward ? rows.slice(0, limit).reverse() : rows.slice(0, limit);
  const ids = page.map((row) => row.id);
  const [evidence, links, total] = await Promise.all([
    db.evidence.groupBy({ by: ["articleId"], where: { articleId: { in: ids }, ...VISIBLE_EVIDENCE }, _count: { _all: true } }),
    db.evidence.groupBy({ by: ["articleId", "engagementId"], where: { articleId: { in: ids }, ...VISIBLE_EVIDENCE } }),
    db.article.count(),
  ]);
  const evidenceCounts = new Map(evidence.map((row) => [row.articleId, row._count._all]));
  const engagementCounts = new Map<number, number>();
  for (const link of links) engagementCounts.set(link.articleId, (engagementCounts.get(link.articleId) ?? 0) + 1);
  const first = page[0];
  const last = page.at(-1);
  const hasOlder = backward ? true : rows.length > limit;
  const hasNewer = backward ? rows.length > limit : position !== null;
  return {
    sources: page.map((article) => ({
      slug: article.slug,
      title: article.title ?? article.slug,
      publisher: article.publisher,
      published: article.published,
      publishedLabel: article.published === null ? null : formatDateRange(article.published, null, "day"),
      evidenceCount: evidenceCounts.get(article.id) ?? 0,
      engagementCount: engagementCounts.get(article.id) ?? 0,
    })),
    next: hasOlder && last ? { startDate: last.published, id: last.id } : null,
    previous: hasNewer && first ? { startDate: first.published, id: first.id } : null,
    total,
  };
}
