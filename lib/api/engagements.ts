import { TIMELINE_INCLUDE, type TimelineRow } from "@/lib/queries/list-timeline";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TimelineFilters } from "@/lib/filters";
import { buildTimelineWhere } from "@/lib/queries/build-timeline-where";
import { getEngagement } from "@/lib/queries/get-engagement";
import { labelEngagementStatus, labelKind, toDateView, toOriginView } from "@/lib/queries/view";
import type { ApiEngagementDetail, EngagementSummary } from "@/lib/schemas/api";
import type { Side } from "@/lib/taxonomy/enums";
import { codeEngagement, codeOutcome } from "@/lib/taxonomy/plover";
import { encodeCursor, type EngagementCursor } from "./cursor";

export const engagementPath = (slug: string) => `/engagements/${slug}`;


export interface EngagementSlice {
  data: EngagementSummary[];
  nextCursor: string | null;
}

/**
 * Engagements matching the timeline filters in the timeline's order (start date, unknown
 * dates last, then id), one keyset page at a time; without a page, all of them (exports).
 */
export async function listEngagementSummaries(
  db: Db,
  filters: TimelineFilters,
  page?: { limit: number; after: EngagementCursor | null },
): Promise<EngagementSlice> {
  const where = buildTimelineWhere(filters);
  const rows = await db.engagement.findMany({
    where: page?.after ? { AND: [where, after(page.after)] } : where,
    include: TIMELINE_INCLUDE,
    orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    ...(page && { take: page.limit + 1 }),
  });
  const served = page ? rows.slice(0, page.limit) : rows;
  const last = served.at(-1);
  const more = page !== undefined && rows.length > page.limit && last !== undefined;
  return {
    data: served.map(toEngagementSummary),
    nextCursor: more ? encodeCursor({ startDate: last.startDate, id: last.id }) : null,
  };
}

/** Rows strictly after the cursor in (start date asc, nulls last, id asc) order. */
function after(cursor: EngagementCursor): Prisma.EngagementWhereInput {
  if (cursor.startDate === null) return { startDate: null, id: { gt: cursor.id } };
  return {
    OR: [
      { startDate: { gt: cursor.startDate } },
      { startDate: cursor.startDate, id: { gt: cursor.id } },
      { startDate: null },
    ],
  };
}

function toEngagementSummary(row: TimelineRow): EngagementSummary {
  return {
    slug: row.slug,
    title: row.title,
    url: engagementPath(row.slug),
    kind: labelKind(row.kind),
    status: labelEngagementStatus(row.status),
    date: toDateView(row),
    place:
      row.placeName === null
        ? null
        : { name: row.placeName, country: row.placeCountry, latitude: row.latitude, longitude: row.longitude },
    occasion: row.occasion,
    summary: row.summary,
    ...toOriginView(row),
    participants: row.participations.map(({ person, title }) => ({
      slug: person.slug,
      name: person.name,
      side: person.side as Side,
      title,
    })),
    topics: row.topics.map((link) => link.topic),
    outcomeCount: row._count.outcomes,
    sourceCount: row.evidence.length,
    event: codeEngagement(row),
  };
}

/** One engagement with every fact, its evidence and event codes; NOT_FOUND when unknown. */
export async function getEngagementDetail(db: Db, slug: string): Promise<ApiEngagementDetail> {
  const detail = await getEngagement(db, slug);
  if (detail === null) throw new AppError("NOT_FOUND", `No engagement with slug ‘${slug.slice(0, 80)}’`);
  return {
    ...detail,
    url: engagementPath(detail.slug),
    event: codeEngagement({ kind: detail.kind.value, status: detail.status.value, placeCountry: detail.place?.country ?? null }),
    outcomes: detail.outcomes.map((outcome) => ({ ...outcome, event: codeOutcome(outcome.status.value) })),
  };
}
