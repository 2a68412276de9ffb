import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { TimelineFilters } from "@/lib/filters";
import { buildTimelineWhere } from "./build-timeline-where";
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
  total: number;
  years: TimelineYear[];
}

/** What a timeline entry needs of an engagement; the API's paginated list loads the same. */
export const TIMELINE_INCLUDE = {
  participations: { orderBy: { id: "asc" }, include: { person: { select: { slug: true, name: true, side: true } } } },
  topics: { orderBy: { id: "asc" }, include: { topic: { select: { slug: true, name: true } } } },
  evidence: { select: { articleId: true }, distinct: ["articleId"] },
  _count: { select: { outcomes: true } },
} satisfies Prisma.EngagementInclude;

export type TimelineRow = Prisma.EngagementGetPayload<{ include: typeof TIMELINE_INCLUDE }>;

/** Engagements matching the filters, oldest first, grouped by the year they started. */
export async function listTimeline(db: Db, filters: TimelineFilters): Promise<Timeline> {
  const rows = await db.engagement.findMany({
    where: buildTimelineWhere(filters),
    include: TIMELINE_INCLUDE,
    orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  });
  const engagements = rows.map(toTimelineEngagement);
  return { total: engagements.length, years: groupByYear(engagements) };
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
