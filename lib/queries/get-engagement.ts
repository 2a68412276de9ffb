import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import {
  ARTICLE_REF_SELECT,
  byEngagementDate,
  countArticles,
  groupBySide,
  labelEngagementStatus,
  labelKind,
  labelOutcomeSide,
  labelOutcomeStatus,
  toDateView,
  toEngagementRef,
  supportOf,
  toOriginView,
  type DateView,
  type EngagementRef,
  type LabelledValue,
  type OriginView,
  type SideGroup,
  type Support,
  type TopicRef,
} from "./view";
import type { OutcomeSide, OutcomeStatus } from "@/lib/taxonomy/enums";
import type { HistoryEntry } from "@/lib/schemas/desk";
import { getFactHistory, historyKey, type HistoryByFact, type HistoryFactType } from "./get-fact-history";
import { REJECTED, VISIBLE, VISIBLE_EVIDENCE } from "./visibility";
import { pageEngagements } from "./engagement-keyset";
import { groupSideAccounts, type SideAccountRow } from "./get-side-accounts";

/** What every editable fact carries besides its value: for readers, the API and the desk's forms. */
export interface Reviewable {
  id: number;
  version: number;
  history: HistoryEntry[];
}

export interface ParticipantFact extends OriginView, Support, Reviewable {
  slug: string;
  name: string;
  title: string | null;
}

export interface TopicFact extends OriginView, Support, Reviewable {
  slug: string;
  name: string;
}

export interface OutcomeFact extends OriginView, Support, Reviewable {
  statement: string;
  status: LabelledValue<OutcomeStatus>;
  side: LabelledValue<OutcomeSide> | null;
  topic: TopicRef | null;
}

export interface NeighbourEngagement extends EngagementRef {
  sharedTopics: TopicRef[];
}

export interface EngagementDetail extends OriginView, Reviewable {
  slug: string;
  title: string;
  kind: LabelledValue<string>;
  status: LabelledValue<string>;
  occasion: string | null;
  summary: string | null;
  date: DateView & Support;
  place: ({ name: string; country: string | null } & Support) | null;
  participants: SideGroup<ParticipantFact>[];
  topics: TopicFact[];
  outcomes: OutcomeFact[];
  /** "What each side said": the outcomes each side stated, aligned by topic */
  sideAccounts: SideAccountRow[];
  /** distinct articles behind any fact of the engagement */
  sourceCount: number;
  previous: NeighbourEngagement | null;
  next: NeighbourEngagement | null;
}

const ENGAGEMENT_INCLUDE = {
  participations: { where: VISIBLE, orderBy: { id: "asc" }, include: { person: { select: { slug: true, name: true, side: true } } } },
  topics: { where: VISIBLE, orderBy: { id: "asc" }, include: { topic: { select: { id: true, slug: true, name: true } } } },
  outcomes: { where: VISIBLE, orderBy: { id: "asc" }, include: { topic: { select: { slug: true, name: true } } } },
  evidence: { where: VISIBLE_EVIDENCE, include: { article: ARTICLE_REF_SELECT } },
} satisfies Prisma.EngagementInclude;

type EngagementRow = Prisma.EngagementGetPayload<{ include: typeof ENGAGEMENT_INCLUDE }>;

/** One engagement with every fact and its evidence, or null when the slug is unknown. */
export async function getEngagement(db: Db, slug: string): Promise<EngagementDetail | null> {
  const row = await db.engagement.findUnique({ where: { slug }, include: ENGAGEMENT_INCLUDE });
  if (row === null || row.origin === REJECTED) return null;
  const [neighbours, history] = await Promise.all([findTopicNeighbours(db, row), historyOf(db, row)]);
  return { ...toEngagementDetail(row, history), ...neighbours };
}

function historyOf(db: Db, row: EngagementRow): Promise<HistoryByFact> {
  const ids = (factType: HistoryFactType, rows: { id: number }[]) => ({ factType, ids: rows.map((fact) => fact.id) });
  return getFactHistory(db, [ids("engagement", [row]), ids("participation", row.participations), ids("topic", row.topics), ids("outcome", row.outcomes)]);
}

function toEngagementDetail(row: EngagementRow, history: HistoryByFact): Omit<EngagementDetail, "previous" | "next"> {
  const evidenceWhere = (keep: (evidence: EngagementRow["evidence"][number]) => boolean) => supportOf(row.evidence.filter(keep));
  const reviewable = (factType: HistoryFactType, fact: { id: number; version: number }): Reviewable => ({
    id: fact.id,
    version: fact.version,
    history: history.get(historyKey(factType, fact.id)) ?? [],
  });
  const outcomes = row.outcomes.map((outcome) => ({
    ...reviewable("outcome", outcome),
    statement: outcome.statement,
    status: labelOutcomeStatus(outcome.status),
    side: labelOutcomeSide(outcome.side),
    topic: outcome.topic,
    ...toOriginView(outcome),
    ...evidenceWhere((evidence) => evidence.outcomeId === outcome.id),
  }));
  return {
    ...reviewable("engagement", row),
    slug: row.slug,
    title: row.title,
    kind: labelKind(row.kind),
    status: labelEngagementStatus(row.status),
    occasion: row.occasion,
    summary: row.summary,
    ...toOriginView(row),
    date: { ...toDateView(row), ...evidenceWhere((evidence) => evidence.factType === "date") },
    place:
      row.placeName === null
        ? null
        : { name: row.placeName, country: row.placeCountry, ...evidenceWhere((evidence) => evidence.factType === "place") },
    participants: groupBySide(row.participations, (participation) => participation.person.side).map((group) => ({
      ...group,
      items: group.items.map((participation) => ({
        ...reviewable("participation", participation),
        slug: participation.person.slug,
        name: participation.person.name,
        title: participation.title,
        ...toOriginView(participation),
        ...evidenceWhere((evidence) => evidence.participationId === participation.id),
      })),
    })),
    topics: row.topics.map((link) => ({
      ...reviewable("topic", link),
      slug: link.topic.slug,
      name: link.topic.name,
      ...toOriginView(link),
      ...evidenceWhere((evidence) => evidence.topicLinkId === link.id),
    })),
    outcomes,
    sideAccounts: groupSideAccounts(outcomes),
    sourceCount: countArticles(row.evidence),
  };
}

/** The nearest earlier and later engagements that share at least one topic with this one. */
async function findTopicNeighbours(
  db: Db,
  row: EngagementRow,
): Promise<Pick<EngagementDetail, "previous" | "next">> {
  const topicIds = row.topics.map((link) => link.topic.id);
  if (topicIds.length === 0) return { previous: null, next: null };
  // The neighbours in timeline order through the keyset: two index walks of at most a few rows,
  // not every engagement sharing a topic (thousands at 100,000 engagements).
  const sharing = Prisma.sql`"Engagement"."origin" <> ${REJECTED} AND +"Engagement"."id" IN (
    SELECT "link"."engagementId" FROM "EngagementTopic" "link" WHERE "link"."origin" <> ${REJECTED} AND "link"."topicId" IN (${Prisma.join(topicIds)}))`;
  const key = { startDate: row.startDate, id: row.id };
  const [before, after] = await Promise.all([pageEngagements(db, sharing, { before: key }, 1), pageEngagements(db, sharing, { after: key }, 1)]);
  const neighbourIds = [...before.ids, ...after.ids];
  const candidates = await db.engagement.findMany({
    where: { id: { in: neighbourIds } },
    select: {
      id: true,
      slug: true,
      title: true,
      startDate: true,
      endDate: true,
      datePrecision: true,
      topics: { where: { ...VISIBLE, topicId: { in: topicIds } }, orderBy: { id: "asc" }, select: { topic: { select: { slug: true, name: true } } } },
    },
  });
  const sorted = candidates.sort(byEngagementDate);
  const toNeighbour = (candidate: (typeof candidates)[number] | undefined): NeighbourEngagement | null =>
    candidate === undefined ? null : { ...toEngagementRef(candidate), sharedTopics: candidate.topics.map((link) => link.topic) };
  return {
    previous: toNeighbour(sorted.filter((candidate) => byEngagementDate(candidate, row) < 0).at(-1)),
    next: toNeighbour(sorted.find((candidate) => byEngagementDate(candidate, row) > 0)),
  };

}
