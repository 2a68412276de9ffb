import { loadInOrder, type TimelineRow } from "@/lib/queries/list-timeline";
import { AFTER_ALL_DATED, pageEngagements, type EngagementPosition } from "@/lib/queries/engagement-keyset";
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
 * Engagements matching the timeline filters in the timeline's order (start date, undated
 * last, then id), one keyset page at a time: the same cost on every page.
 */
export async function listEngagementSummaries(
  db: Db,
  filters: TimelineFilters,
  page: { limit: number; after: EngagementCursor | null },
): Promise<EngagementSlice> {
  const keyset = await pageEngagements(db, buildTimelineWhere(filters), page.after ? { after: page.after } : null, page.limit);
  const rows = await loadInOrder(db, keyset.ids);
  return { data: rows.map(toEngagementSummary), nextCursor: keyset.newer ? encodeCursor(keyset.newer) : null };
}

/** Rows per database round trip when a whole filtered set is exported. */
export const EXPORT_BATCH_SIZE = 500;

/** Every engagement matching the filters, in timeline order, a bounded batch at a time (exports stream these). */
export async function* engagementSummaryBatches(db: Db, filters: TimelineFilters, size: number = EXPORT_BATCH_SIZE): AsyncGenerator<EngagementSummary[]> {
  const where = buildTimelineWhere(filters);
  let position: EngagementPosition = null;
  for (;;) {
    const keyset = await pageEngagements(db, where, position, size);
    if (keyset.ids.length > 0) yield (await loadInOrder(db, keyset.ids)).map(toEngagementSummary);
    if (keyset.newer === null) return;
    position = { after: keyset.newer };
  }
}

/** The newest `count` dated engagements, newest first, then undated ones if room is left (feeds). */
export async function listNewestEngagementSummaries(db: Db, filters: TimelineFilters, count: number): Promise<EngagementSummary[]> {
  const where = buildTimelineWhere(filters);
  const end: EngagementPosition = { before: AFTER_ALL_DATED };
  const dated = (await pageEngagements(db, where, end, count)).ids.reverse();
  const undated = dated.length < count ? (await pageEngagements(db, where, { after: { startDate: null, id: 0 } }, count - dated.length)).ids : [];
  return (await loadInOrder(db, [...dated, ...undated])).map(toEngagementSummary);
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
