import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";

/**
 * Counts shown on pages stop at COUNT_LIMIT + 1: counting every engagement that matches a
 * filter reads every engagement (seconds at 100,000 of them), while a page needs to know only
 * "this many" or "more than COUNT_LIMIT" (components/format.ts `boundedCountLabel`).
 */
export const COUNT_LIMIT = 1_000;

/** Matching engagements, counted up to COUNT_LIMIT + 1 along the (origin, startDate, id) index: a count
 * with a limit needs an order, and without this one it would be the table's own (rows, not an index). */
export function countEngagementsUpTo(db: Db, where: Prisma.EngagementWhereInput): Promise<number> {
  return db.engagement.count({ where, orderBy: [{ origin: "asc" }, { startDate: "asc" }, { id: "asc" }], take: COUNT_LIMIT + 1 });
}

/** Matching outcomes, counted up to COUNT_LIMIT + 1. */
export function countOutcomesUpTo(db: Db, where: Prisma.OutcomeWhereInput): Promise<number> {
  return db.outcome.count({ where, take: COUNT_LIMIT + 1 });
}
