import type { Db } from "@/lib/db/client";
import { VISIBLE } from "./visibility";

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
 */
export async function countTopicQuarters(db: Db, topicSlug: string): Promise<QuarterCount[]> {
  const rows = await db.engagement.findMany({
    where: {
      ...VISIBLE,
      startDate: { not: null },
      topics: { some: { ...VISIBLE, topic: { OR: [{ slug: topicSlug }, { parent: { slug: topicSlug } }] } } },
    },
    select: { startDate: true },
  });
  const counts = new Map<number, number>();
  for (const { startDate } of rows) {
    const index = quarterIndex(startDate!);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, offset) => toQuarter(first + offset, counts.get(first + offset) ?? 0));
}

/** Quarters counted from year 0, so consecutive quarters are consecutive integers. */
function quarterIndex(day: string): number {
  return Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3);
}

function toQuarter(index: number, count: number): QuarterCount {
  const year = Math.floor(index / 4);
  const quarter = ((index % 4) + 1) as QuarterCount["quarter"];
  return { key: `${year}-Q${quarter}`, label: `Q${quarter} ${year}`, year, quarter, count };
}
