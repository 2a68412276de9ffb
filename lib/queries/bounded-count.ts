import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { shownFactSql } from "./visibility";

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

/**
 * Visible outcomes filed under any of the topics (ids), counted up to COUNT_LIMIT + 1, from the
 * (topicId, engagementId, origin) index alone: hidden engagements are few and listed once from
 * their own index, cheaper than a primary-key read of the engagement behind every outcome.
 */
export async function countTopicOutcomesUpTo(db: Db, topicIds: number[]): Promise<number> {
  const [row] = await db.$queryRaw<{ matches: number | bigint }[]>`
    SELECT COUNT(*) AS "matches" FROM (SELECT "outcome"."id" FROM "Outcome" "outcome"
      WHERE "outcome"."topicId" IN (${Prisma.join(topicIds)}) AND ${shownFactSql("outcome")}
      LIMIT ${COUNT_LIMIT + 1}) "bounded"`;
  return Number(row?.matches ?? 0);
}
