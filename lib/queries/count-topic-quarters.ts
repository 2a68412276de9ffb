import type { Db } from "@/lib/db/client";
import { NO_TIMELINE_FILTERS } from "@/lib/filters";
import { buildTimelineWhere } from "./build-timeline-where";

export interface QuarterCount {
  /** "2023-Q4" */
  key: string;
  /** "Q4 2023" */
  label: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  count: number;
}

/**
 * Engagements on a topic (or any of its children) per calendar quarter, every quarter from
 * the first to the last included so gaps show as zeros; engagements without a date are left out.
 * Counted in the database, per month of the start date (standard SUBSTR, at most twelve rows a
 * year): reading the 9,000 engagements of a topic into JavaScript took 400 ms at 100,000 engagements.
 * The condition is the timeline's topic filter: SQLite reads the (origin, startDate, id) index
 * whole and tests each id against the topic's list (13 ms for fentanyl), twice as fast as a
 * primary-key read of each of its engagements.
 */
export async function countTopicQuarters(db: Db, topicSlug: string): Promise<QuarterCount[]> {
  const rows = await db.$queryRaw<{ month: string; engagements: number | bigint }[]>`
    SELECT SUBSTR("Engagement"."startDate", 1, 7) AS "month", COUNT(*) AS "engagements" FROM "Engagement"
    WHERE "Engagement"."startDate" IS NOT NULL AND ${buildTimelineWhere({ ...NO_TIMELINE_FILTERS, topic: [topicSlug] })}
    GROUP BY SUBSTR("Engagement"."startDate", 1, 7)`;
  const counts = new Map<number, number>();
  for (const { month, engagements } of rows) {
    const index = quarterIndex(month);
    counts.set(index, (counts.get(index) ?? 0) + Number(engagements));
  }
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, offset) => toQuarter(first + offset, counts.get(first + offset) ?? 0));
}

/** Quarters counted from year 0, so consecutive quarters are consecutive integers; `month` is "YYYY-MM" or a longer date. */
function quarterIndex(month: string): number {
  return Number(month.slice(0, 4)) * 4 + Math.floor((Number(month.slice(5, 7)) - 1) / 3);
}

function toQuarter(index: number, count: number): QuarterCount {
  const year = Math.floor(index / 4);
  const quarter = ((index % 4) + 1) as QuarterCount["quarter"];
  return { key: `${year}-Q${quarter}`, label: `Q${quarter} ${year}`, year, quarter, count };
}
