import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { NO_TIMELINE_FILTERS } from "@/lib/filters";
import { buildTimelineWhere } from "./build-timeline-where";
import { countEngagementsUpTo, countTopicOutcomesUpTo } from "./bounded-count";
import { engagementYearRange, pageEngagements, type EngagementKey, type EngagementPosition } from "./engagement-keyset";
import type { OutcomeSide, OutcomeStatus } from "@/lib/taxonomy/enums";
import { VISIBLE, VISIBLE_EVIDENCE } from "./visibility";
import {
  ARTICLE_REF_SELECT,
  byEngagementDate,
  labelKind,
  labelOutcomeSide,
  labelOutcomeStatus,
  supportOf,
  toEngagementRef,
  toOriginView,
  type EngagementRef,
  type LabelledValue,
  type OriginView,
  type Support,
  type TopicRef,
} from "./view";

export interface ThreadOutcome extends OriginView, Support {
  id: number;
  statement: string;
  status: LabelledValue<OutcomeStatus>;
  side: LabelledValue<OutcomeSide> | null;
  /** the topic it is filed under: the thread's topic or one of its children */
  topic: TopicRef;
  engagement: EngagementRef;
}

export interface ThreadEngagement extends EngagementRef, Support {
  kind: LabelledValue<string>;
  /** the thread's topic and/or its children, as linked to this engagement */
  links: (TopicRef & OriginView)[];
}

export interface TopicThread {
  topic: TopicRef & { description: string | null };
  parent: TopicRef | null;
  children: TopicRef[];
  /** the ledger: outcomes on the topic (and its children) at this page's engagements, in date order */
  outcomes: ThreadOutcome[];
  /** one page of the engagements where the topic was raised, in date order */
  engagements: ThreadEngagement[];
  /** across all pages, counted up to COUNT_LIMIT + 1 */
  totals: { engagements: number; outcomes: number };
  page: { older: EngagementKey | null; newer: EngagementKey | null; years: string[]; hasUndated: boolean };
}

const ENGAGEMENT_REF_SELECT = {
  select: { id: true, slug: true, title: true, kind: true, startDate: true, endDate: true, datePrecision: true },
} as const;

const LINK_INCLUDE = {
  topic: { select: { slug: true, name: true } },
  engagement: ENGAGEMENT_REF_SELECT,
  evidence: { where: VISIBLE_EVIDENCE, include: { article: ARTICLE_REF_SELECT } },
} satisfies Prisma.EngagementTopicInclude;

/**
 * Engagements per page of a topic thread: each brings its outcomes and its topic links, both
 * with their excerpts, about twice what a timeline entry weighs; 10 keep the page under 150 kB.
 */
export const TOPIC_PAGE_SIZE = 10;

const TOPIC_INCLUDE = {
  parent: { select: { slug: true, name: true } },
  children: { orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } },
} satisfies Prisma.TopicInclude;

/**
 * A topic followed across engagements, one page of engagements at a time (timeline order,
 * keyset), with the outcomes on the topic at those engagements; null when the slug is unknown.
 */
export async function getTopicThread(db: Db, slug: string, position: EngagementPosition = null): Promise<TopicThread | null> {
  const topic = await db.topic.findUnique({ where: { slug }, include: TOPIC_INCLUDE });
  if (topic === null) return null;
  const topicIds = [topic.id, ...topic.children.map((child) => child.id)];
  const where = buildTimelineWhere({ ...NO_TIMELINE_FILTERS, topic: [slug] });
  const [page, range, engagementTotal, outcomeTotal] = await Promise.all([
    pageEngagements(db, where, position, TOPIC_PAGE_SIZE),
    engagementYearRange(db, where),
    countEngagementsUpTo(db, where),
    countTopicOutcomesUpTo(db, topicIds),
  ]);
  const onPage = { ...VISIBLE, topicId: { in: topicIds }, engagementId: { in: page.ids } };

  const [outcomes, links] = await Promise.all([
    db.outcome.findMany({
      where: onPage,
      include: {
        topic: { select: { slug: true, name: true } },
        engagement: ENGAGEMENT_REF_SELECT,
        evidence: { where: VISIBLE_EVIDENCE, include: { article: ARTICLE_REF_SELECT } },
      },
    }),
    db.engagementTopic.findMany({ where: onPage, include: LINK_INCLUDE }),
  ]);

  return {
    topic: { slug: topic.slug, name: topic.name, description: topic.description },
    parent: topic.parent,
    children: topic.children.map(({ slug, name }) => ({ slug, name })),
    outcomes: outcomes
      .sort((a, b) => byEngagementDate(a.engagement, b.engagement) || a.id - b.id)
      .map((outcome) => ({
        id: outcome.id,
        statement: outcome.statement,
        status: labelOutcomeStatus(outcome.status),
        side: labelOutcomeSide(outcome.side),
        topic: outcome.topic ?? { slug: topic.slug, name: topic.name },
        engagement: toEngagementRef(outcome.engagement),
        ...toOriginView(outcome),
        ...supportOf(outcome.evidence),
      })),
    engagements: gatherLinksByEngagement(links.sort((a, b) => byEngagementDate(a.engagement, b.engagement) || a.id - b.id)),
    totals: { engagements: engagementTotal, outcomes: outcomeTotal },
    page: { older: page.older, newer: page.newer, ...range },
  };
}

type LinkRow = Prisma.EngagementTopicGetPayload<{ include: typeof LINK_INCLUDE }>;

/** One entry per engagement, even when it is linked to both a topic and its child. */
function gatherLinksByEngagement(links: LinkRow[]): ThreadEngagement[] {
  const byEngagement = new Map<number, LinkRow[]>();
  for (const link of links) byEngagement.set(link.engagementId, [...(byEngagement.get(link.engagementId) ?? []), link]);
  return [...byEngagement.values()].map((group) => {
    const { engagement } = group[0]!;
    return {
      ...toEngagementRef(engagement),
      kind: labelKind(engagement.kind),
      links: group.map((link) => ({ ...link.topic, ...toOriginView(link) })),
      ...supportOf(group.flatMap((link) => link.evidence)),
    };
  });
}
