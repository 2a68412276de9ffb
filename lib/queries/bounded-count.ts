import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";

/**
 * Counts shown on pages stop at COUNT_LIMIT + 1: counting every engagement that matches a
 * filter reads every engagement (seconds at 100,000 of them), while a page needs to know only
 * "this many" or "more than COUNT_LIMIT" (components/format.ts `boundedCountLabel`).
 */
export const COUNT_LIMIT = 1_000;

/** Engagements matching `where` (buildTimelineWhere's condition), counted up to COUNT_LIMIT + 1: the
 * inner LIMIT stops reading at the first COUNT_LIMIT + 1 matches. The order walks the (startDate, id) index: without
 * one, a filter whose list does not drive (a topic, buildTimelineWhere) would read the table's rows. */
export async function countEngagementsUpTo(db: Db, where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ matches: number | bigint }[]>`
    SELECT COUNT(*) AS "matches" FROM (SELECT "Engagement"."id" FROM "Engagement" WHERE ${where}
      ORDER BY "Engagement"."startDate", "Engagement"."id" LIMIT ${COUNT_LIMIT + 1}) "bounded"`;
  return Number(row?.matches ?? 0);
}

/** Matching outcomes, counted up to COUNT_LIMIT + 1. */
export function countOutcomesUpTo(db: Db, where: Prisma.OutcomeWhereInput): Promise<number> {
  return db.outcome.count({ where, take: COUNT_LIMIT + 1 });
}
