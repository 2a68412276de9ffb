import { Prisma } from "@/lib/generated/prisma/client";
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

type Row = { id: number; startDate: string | null };

/** Ids and sort keys of matching engagements, `take` at most, in `order`: one statement, every value bound. */
async function readRows(db: Db, where: Prisma.Sql, range: Prisma.Sql, order: "ASC" | "DESC", dated: boolean, take: number): Promise<Row[]> {
  const orderBy = dated ? (order === "ASC" ? Prisma.sql`"Engagement"."startDate" ASC, "Engagement"."id" ASC` : Prisma.sql`"Engagement"."startDate" DESC, "Engagement"."id" DESC`)
    : order === "ASC" ? Prisma.sql`"Engagement"."id" ASC` : Prisma.sql`"Engagement"."id" DESC`;
  const rows = await db.$queryRaw<{ id: number | bigint; startDate: string | null }[]>`
    SELECT "Engagement"."id" AS "id", "Engagement"."startDate" AS "startDate" FROM "Engagement"
    WHERE ${where} AND ${range}
    ORDER BY ${orderBy} LIMIT ${take}`;
  return rows.map((row) => ({ id: Number(row.id), startDate: row.startDate }));
}

const DATED = Prisma.sql`"Engagement"."startDate" IS NOT NULL`;
const UNDATED = Prisma.sql`"Engagement"."startDate" IS NULL`;

function datedAfter(key: EngagementKey | null): Prisma.Sql {
  if (key === null || key.startDate === null) return DATED;
  return Prisma.sql`("Engagement"."startDate" > ${key.startDate} OR ("Engagement"."startDate" = ${key.startDate} AND "Engagement"."id" > ${key.id}))`;
}

function datedBefore(key: EngagementKey | null): Prisma.Sql {
  if (key === null || key.startDate === null) return DATED;
  return Prisma.sql`("Engagement"."startDate" < ${key.startDate} OR ("Engagement"."startDate" = ${key.startDate} AND "Engagement"."id" < ${key.id}))`;
}

async function readForward(db: Db, where: Prisma.Sql, from: EngagementKey | null, take: number): Promise<Row[]> {
  if (from?.startDate === null) {
    return readRows(db, where, Prisma.sql`${UNDATED} AND "Engagement"."id" > ${from.id}`, "ASC", false, take);
  }
  const dated = await readRows(db, where, datedAfter(from), "ASC", true, take);
  if (dated.length >= take) return dated;
  const undated = await readRows(db, where, UNDATED, "ASC", false, take - dated.length);
  return [...dated, ...undated];
}

/** Rows before the key, nearest first. */
async function readBackward(db: Db, where: Prisma.Sql, from: EngagementKey, take: number): Promise<Row[]> {
  if (from.startDate !== null) {
    return readRows(db, where, datedBefore(from), "DESC", true, take);
  }
  const undated = await readRows(db, where, Prisma.sql`${UNDATED} AND "Engagement"."id" < ${from.id}`, "DESC", false, take);
  if (undated.length >= take) return undated;
  const dated = await readRows(db, where, datedBefore(null), "DESC", true, take - undated.length);
  return [...undated, ...dated];
}

const keyOf = (row: Row): EngagementKey => ({ startDate: row.startDate, id: row.id });

/** One page of engagement ids matching `where`, in timeline order, with the keys of its neighbours. */
export async function pageEngagements(
  db: Db,
  where: Prisma.Sql,
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
export async function engagementYearRange(db: Db, where: Prisma.Sql): Promise<{ years: string[]; hasUndated: boolean }> {
  const [[first], [last], [undated]] = await Promise.all([
    readRows(db, where, DATED, "ASC", true, 1),
    readRows(db, where, DATED, "DESC", true, 1),
    readRows(db, where, UNDATED, "ASC", false, 1),
  ]);
  const years: string[] = [];
  if (first?.startDate && last?.startDate) {
    for (let year = Number(first.startDate.slice(0, 4)); year <= Number(last.startDate.slice(0, 4)); year += 1) years.push(String(year));
  }
  return { years, hasUndated: undated !== undefined };
}

/** The position a year jump starts from: the first engagement of that year, or of the undated group. */
export function yearStart(year: string | "undated"): EngagementPosition {
  return { after: { startDate: year === "undated" ? null : `${year}-01-01`, id: 0 } };
}
