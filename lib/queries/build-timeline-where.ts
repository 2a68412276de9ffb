import type { Prisma } from "@/lib/generated/prisma/client";
import type { TimelineFilters } from "@/lib/filters";
import { VISIBLE } from "./visibility";

/**
 * The one translation of timeline filters into a Prisma `where`, shared by the timeline
 * list, its count and the JSON API. Semantics:
 * - topics: any of the chosen topics, a parent topic including its children;
 * - outcome status and side: one outcome must match both when both are set;
 * - place: the engagement's place name, exactly;
 * - from/to: inclusive bounds on the engagement's start date.
 * Rejected engagements never match, and a rejected fact never makes an engagement match.
 */
export function buildTimelineWhere(filters: TimelineFilters): Prisma.EngagementWhereInput {
  const conditions: Prisma.EngagementWhereInput[] = [VISIBLE];

  if (filters.topic.length > 0) {
    conditions.push({
      topics: {
        some: {
          ...VISIBLE,
          topic: { OR: [{ slug: { in: filters.topic } }, { parent: { slug: { in: filters.topic } } }] },
        },
      },
    });
  }
  if (filters.person !== null) {
    conditions.push({ participations: { some: { ...VISIBLE, person: { slug: filters.person } } } });
  }
  if (filters.kind !== null) {
    conditions.push({ kind: filters.kind });
  }
  if (filters.outcome !== null || filters.side !== null) {
    conditions.push({
      outcomes: {
        some: {
          ...VISIBLE,
          ...(filters.outcome !== null && { status: filters.outcome }),
          ...(filters.side !== null && { side: filters.side }),
        },
      },
    });
  }
  // Truthiness, not `!== null`: callers that predate the place filter leave it undefined.
  if (filters.place) {
    conditions.push({ placeName: filters.place });
  }
  if (filters.from !== null || filters.to !== null) {
    conditions.push({
      startDate: {
        ...(filters.from !== null && { gte: filters.from }),
        ...(filters.to !== null && { lte: filters.to }),
      },
    });
  }

  return { AND: conditions };
}
