import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { TimelineFilters } from "@/lib/filters";
import { buildTimelineWhere } from "./build-timeline-where";
import { countEngagementsUpTo } from "./bounded-count";
import { VISIBLE, VISIBLE_EVIDENCE } from "./visibility";
import { engagementYearRange, pageEngagements, type EngagementKey, type EngagementPosition } from "./engagement-keyset";
import {
  groupBySide,
  labelEngagementStatus,
  labelKind,
  toDateView,
  toOriginView,
  type DateView,
  type LabelledValue,
  type OriginView,
  type SideGroup,
  type TopicRef,
} from "./view";

export interface TimelineParticipant {
  slug: string;
  name: string;
  title: string | null;
}

export interface TimelineEngagement extends OriginView {
  slug: string;
  title: string;
  kind: LabelledValue<string>;
  status: LabelledValue<string>;
  date: DateView;
  place: { name: string; country: string | null } | null;
  occasion: string | null;
  participants: SideGroup<TimelineParticipant>[];
  topics: TopicRef[];
  outcomeCount: number;
  sourceCount: number;
}

export interface TimelineYear {
  /** null gathers engagements whose date is unknown */
  year: string | null;
  engagements: TimelineEngagement[];
}

export interface Timeline {
  /** all matching engagements, not just this page, counted up to COUNT_LIMIT + 1 */
  total: number;
  /** this page's engagements (at most ENGAGEMENT_PAGE_SIZE), grouped by year */
  years: TimelineYear[];
  /** their ids, in page order (for the page's map) */
  ids: number[];
  /** where the neighbouring pages start; null at either end */
  older: EngagementKey | null;
  newer: EngagementKey | null;
  /** the jump-to-year choices */
  range: { years: string[]; hasUndated: boolean };
}

/** What a timeline entry needs of an engagement; the API's paginated list loads the same. */
export const TIMELINE_INCLUDE = {
  participations: { where: VISIBLE, orderBy: { id: "asc" }, include: { person: { select: { slug: true, name: true, side: true } } } },
  topics: { where: VISIBLE, orderBy: { id: "asc" }, include: { topic: { select: { slug: true, name: true } } } },
  evidence: { where: VISIBLE_EVIDENCE, select: { articleId: true }, distinct: ["articleId"] },
} satisfies Prisma.EngagementInclude;

export type TimelineRow = Prisma.EngagementGetPayload<{ include: typeof TIMELINE_INCLUDE }> & { _count: { outcomes: number } };

/**
 * One page of the engagements matching the filters, oldest first (undated last), grouped by
 * the year they started, with the total and the keys of the neighbouring pages.
 */
export async function listTimeline(db: Db, filters: TimelineFilters, position: EngagementPosition = null): Promise<Timeline> {
  const where = buildTimelineWhere(filters);
  const [page, total, range] = await Promise.all([pageEngagements(db, where, position), countEngagementsUpTo(db, where), engagementYearRange(db, where)]);
  const rows = await loadInOrder(db, page.ids);
  return { total, years: groupByYear(rows.map(toTimelineEngagement)), ids: page.ids, older: page.older, newer: page.newer, range };
}

/** Timeline rows for the given ids, in the order given. */
export async function loadInOrder(db: Db, ids: number[]): Promise<TimelineRow[]> {
  if (ids.length === 0) return [];
  // Outcomes are counted by a GROUP BY over these ids: Prisma's relation `_count` would
  // aggregate the whole Outcome table in a subquery before joining it.
  const [rows, outcomeCounts] = await Promise.all([
    db.engagement.findMany({ where: { id: { in: ids }, ...VISIBLE }, include: TIMELINE_INCLUDE }),
    db.outcome.groupBy({ by: ["engagementId"], where: { engagementId: { in: ids }, ...VISIBLE }, _count: { _all: true } }),
  ]);
  const outcomesOf = new Map(outcomeCounts.map((group) => [group.engagementId, group._count._all]));
  const byId = new Map(rows.map((row) => [row.id, { ...row, _count: { outcomes: outcomesOf.get(row.id) ?? 0 } }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function toTimelineEngagement(row: TimelineRow): TimelineEngagement {
  return {
    slug: row.slug,
    title: row.title,
    kind: labelKind(row.kind),
    status: labelEngagementStatus(row.status),
    date: toDateView(row),
    place: row.placeName === null ? null : { name: row.placeName, country: row.placeCountry },
    occasion: row.occasion,
    ...toOriginView(row),
    participants: groupBySide(row.participations, (participation) => participation.person.side).map((group) => ({
      ...group,
      items: group.items.map(({ person, title }) => ({ slug: person.slug, name: person.name, title })),
    })),
    topics: row.topics.map((link) => ({ slug: link.topic.slug, name: link.topic.name })),
    outcomeCount: row._count.outcomes,
    sourceCount: row.evidence.length,
  };
}

/** Consecutive runs of the same year; the input is already in date order. */
export function groupByYear(engagements: TimelineEngagement[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const engagement of engagements) {
    const last = years.at(-1);
    if (last && last.year === engagement.date.year) last.engagements.push(engagement);
    else years.push({ year: engagement.date.year, engagements: [engagement] });
  }
  return years;
}
