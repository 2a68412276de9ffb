import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";

/**
 * Keyset pagination over engagements in timeline order: dated engagements by (start date,
 * id), then the undated ones by id — the "Undated" group comes last. Dated and undated rows
 * are read by separate queries so each is a plain range scan of an index (no NULLS LAST
 * sort), on SQLite and PostgreSQL alike. A page costs the same on the first page and the
 * thousandth, whatever the database holds.
 */

/**
 * Engagements per page of the timeline, a topic thread or a person. Each entry is sent twice (the
 * HTML and the React payload that hydrates it), about 3 kB in all: 20 keep the timeline under 150 kB with its filters and map.
 */
export const ENGAGEMENT_PAGE_SIZE = 20;

/** A position in timeline order: the sort key of one engagement (startDate null = undated). */
export interface EngagementKey {
  startDate: string | null;
  id: number;
}

/** A key after every dated engagement: `{ before: AFTER_ALL_DATED }` reads the newest first. The id is
 * the largest 32-bit integer because PostgreSQL's `integer` id column rejects anything larger. */
export const AFTER_ALL_DATED: EngagementKey = { startDate: "9999-12-31", id: 2_147_483_647 };

/** Where a page starts: after or before a key; `after` with id 0 starts a year or the undated group inclusively. */
export type EngagementPosition = { after: EngagementKey } | { before: EngagementKey } | null;

export interface EngagementKeysetPage {
  ids: number[];
  /** key of the first row, to page towards older engagements; null when nothing is older */
  older: EngagementKey | null;
  /** key of the last row, to page towards newer (and then undated) engagements; null at the end */
  newer: EngagementKey | null;
}

const ROW = { id: true, startDate: true } as const;
type Row = { id: number; startDate: string | null };

function and(where: Prisma.EngagementWhereInput, extra: Prisma.EngagementWhereInput): Prisma.EngagementWhereInput {
  return Object.keys(where).length === 0 ? extra : { AND: [where, extra] };
}

function datedAfter(key: EngagementKey | null): Prisma.EngagementWhereInput {
  if (key === null || key.startDate === null) return { startDate: { not: null } };
  return { OR: [{ startDate: { gt: key.startDate } }, { startDate: key.startDate, id: { gt: key.id } }] };
}

function datedBefore(key: EngagementKey | null): Prisma.EngagementWhereInput {
  if (key === null || key.startDate === null) return { startDate: { not: null } };
  return { OR: [{ startDate: { lt: key.startDate } }, { startDate: key.startDate, id: { lt: key.id } }] };
}

async function readForward(db: Db, where: Prisma.EngagementWhereInput, from: EngagementKey | null, take: number): Promise<Row[]> {
  if (from?.startDate === null) {
    return db.engagement.findMany({ where: and(where, { startDate: null, id: { gt: from.id } }), orderBy: { id: "asc" }, take, select: ROW });
  }
  const dated = await db.engagement.findMany({ where: and(where, datedAfter(from)), orderBy: [{ startDate: "asc" }, { id: "asc" }], take, select: ROW });
  if (dated.length >= take) return dated;
  const undated = await db.engagement.findMany({ where: and(where, { startDate: null }), orderBy: { id: "asc" }, take: take - dated.length, select: ROW });
  return [...dated, ...undated];
}

/** Rows before the key, nearest first. */
async function readBackward(db: Db, where: Prisma.EngagementWhereInput, from: EngagementKey, take: number): Promise<Row[]> {
  if (from.startDate !== null) {
    return db.engagement.findMany({ where: and(where, datedBefore(from)), orderBy: [{ startDate: "desc" }, { id: "desc" }], take, select: ROW });
  }
  const undated = await db.engagement.findMany({ where: and(where, { startDate: null, id: { lt: from.id } }), orderBy: { id: "desc" }, take, select: ROW });
  if (undated.length >= take) return undated;
  const dated = await db.engagement.findMany({ where: and(where, datedBefore(null)), orderBy: [{ startDate: "desc" }, { id: "desc" }], take: take - undated.length, select: ROW });
  return [...undated, ...dated];
}

const keyOf = (row: Row): EngagementKey => ({ startDate: row.startDate, id: row.id });

/** One page of engagement ids matching `where`, in timeline order, with the keys of its neighbours. */
export async function pageEngagements(
  db: Db,
  where: Prisma.EngagementWhereInput,
  position: EngagementPosition,
  size: number = ENGAGEMENT_PAGE_SIZE,
): Promise<EngagementKeysetPage> {
  if (position !== null && "before" in position) {
    const rows = await readBackward(db, where, position.before, size + 1);
    const page = rows.slice(0, size).reverse();
    const first = page[0];
    const last = page.at(-1);
    return {
      ids: page.map((row) => row.id),
      older: rows.length > size && first ? keyOf(first) : null,
      newer: last ? keyOf(last) : null,
    };
  }
  const from = position?.after ?? null;
  const rows = await readForward(db, where, from, size + 1);
  const page = rows.slice(0, size);
  const first = page[0];
  const last = page.at(-1);
  // Something lies before this page only if the page did not start at the very beginning.
  const olderExists = first !== undefined && from !== null && (await readBackward(db, where, keyOf(first), 1)).length > 0;
  return {
    ids: page.map((row) => row.id),
    older: olderExists ? keyOf(first) : null,
    newer: rows.length > size && last ? keyOf(last) : null,
  };
}

/** The years that hold matching engagements (first and last) and whether any is undated: the jump control's choices. */
export async function engagementYearRange(db: Db, where: Prisma.EngagementWhereInput): Promise<{ years: string[]; hasUndated: boolean }> {
  const [first, last, undated] = await Promise.all([
    db.engagement.findFirst({ where: and(where, { startDate: { not: null } }), orderBy: [{ startDate: "asc" }, { id: "asc" }], select: ROW }),
    db.engagement.findFirst({ where: and(where, { startDate: { not: null } }), orderBy: [{ startDate: "desc" }, { id: "desc" }], select: ROW }),
    db.engagement.findFirst({ where: and(where, { startDate: null }), select: { id: true } }),
  ]);
  const years: string[] = [];
  if (first?.startDate && last?.startDate) {
    for (let year = Number(first.startDate.slice(0, 4)); year <= Number(last.startDate.slice(0, 4)); year += 1) years.push(String(year));
  }
  return { years, hasUndated: undated !== null };
}

/** The position a year jump starts from: the first engagement of that year, or of the undated group. */
export function yearStart(year: string | "undated"): EngagementPosition {
  return { after: { startDate: year === "undated" ? null : `${year}-01-01`, id: 0 } };
}
