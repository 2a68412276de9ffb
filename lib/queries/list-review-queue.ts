import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ARTICLE_REF_SELECT, labelOutcomeSide, labelOutcomeStatus, supportOf, toDateView, type DateView, type Support } from "./view";

/**
 * The review queue: extracted facts and engagements awaiting an editor, and undated
 * engagements, lowest confidence first, then newest engagement first. Every page is bounded:
 * at most QUEUE_PAGE_SIZE items, at most QUEUE_MAX_PAGES pages deep (each table is read only
 * as far as the page asked for, ids and sort keys only), three excerpts per item.
 */

export const QUEUE_KINDS = ["outcome", "participation", "topic", "engagement"] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];
export const QUEUE_KIND_LABELS: Record<QueueKind, string> = { outcome: "Outcomes", participation: "Participants", topic: "Topics", engagement: "Engagements" };
export const QUEUE_PAGE_SIZE = 20;
export const QUEUE_MAX_PAGES = 50;
const EXCERPTS_PER_ITEM = 3;

export interface QueueFilters {
  engagement: string | null;
  article: string | null;
  kind: QueueKind | null;
  page: number;
}

export interface QueueEngagement {
  slug: string;
  title: string;
  version: number;
  date: DateView;
}

export interface QueueItem extends Support {
  kind: QueueKind;
  id: number;
  version: number;
  origin: string;
  confidence: number | null;
  engagement: QueueEngagement;
  /** what the fact says, in words */
  label: string;
  /** the editable values, for the edit form */
  values: Record<string, string>;
  /** why an engagement is in the queue */
  reasons: string[];
}

export interface QueuePage {
  items: QueueItem[];
  page: number;
  hasMore: boolean;
  filters: QueueFilters;
}

interface SortKey {
  kind: QueueKind;
  id: number;
  confidence: number | null;
  createdAt: Date;
}

/** Lowest confidence first (unknown after known), then newest engagement, then newest fact. */
function compare(a: SortKey, b: SortKey): number {
  if (a.confidence !== b.confidence) {
    if (a.confidence === null) return 1;
    if (b.confidence === null) return -1;
    return a.confidence - b.confidence;
  }
  if (a.createdAt.getTime() !== b.createdAt.getTime()) return b.createdAt.getTime() - a.createdAt.getTime();
  if (a.kind !== b.kind) return QUEUE_KINDS.indexOf(a.kind) - QUEUE_KINDS.indexOf(b.kind);
  return b.id - a.id;
}

function factWhere(filters: QueueFilters) {
  return {
    origin: "extracted",
    ...(filters.engagement && { engagement: { slug: filters.engagement } }),
    ...(filters.article && { evidence: { some: { article: { slug: filters.article } } } }),
  };
}

function engagementWhere(filters: QueueFilters): Prisma.EngagementWhereInput {
  return {
    OR: [{ origin: "extracted" }, { startDate: null, origin: { not: "rejected" } }],
    ...(filters.engagement && { slug: filters.engagement }),
    ...(filters.article && { evidence: { some: { article: { slug: filters.article } } } }),
  };
}

const ORDER = [{ confidence: { sort: "asc", nulls: "last" } }, { engagement: { createdAt: "desc" } }, { id: "desc" }] as const;

async function sortKeys(db: Db, filters: QueueFilters, take: number): Promise<SortKey[]> {
  const wants = (kind: QueueKind) => filters.kind === null || filters.kind === kind;
  const select = { id: true, confidence: true, engagement: { select: { createdAt: true } } } as const;
  const toKey = (kind: QueueKind) => (row: { id: number; confidence: number | null; engagement: { createdAt: Date } }) => ({ kind, id: row.id, confidence: row.confidence, createdAt: row.engagement.createdAt });
  const [outcomes, participations, topics, engagements] = await Promise.all([
    wants("outcome") ? db.outcome.findMany({ where: factWhere(filters), select, orderBy: [...ORDER], take }) : [],
    wants("participation") ? db.participation.findMany({ where: factWhere(filters), select, orderBy: [...ORDER], take }) : [],
    wants("topic") ? db.engagementTopic.findMany({ where: factWhere(filters), select, orderBy: [...ORDER], take }) : [],
    wants("engagement")
      ? db.engagement.findMany({
          where: engagementWhere(filters),
          select: { id: true, confidence: true, createdAt: true },
          orderBy: [{ confidence: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
          take,
        })
      : [],
  ]);
  return [
    ...outcomes.map(toKey("outcome")),
    ...participations.map(toKey("participation")),
    ...topics.map(toKey("topic")),
    ...engagements.map((row) => ({ kind: "engagement" as const, id: row.id, confidence: row.confidence, createdAt: row.createdAt })),
  ].sort(compare);
}

const ENGAGEMENT_SELECT = { select: { slug: true, title: true, version: true, startDate: true, endDate: true, datePrecision: true } } as const;
const EVIDENCE = { take: EXCERPTS_PER_ITEM, orderBy: { id: "asc" }, include: { article: ARTICLE_REF_SELECT } } as const;

function toQueueEngagement(row: { slug: string; title: string; version: number; startDate: string | null; endDate: string | null; datePrecision: string }): QueueEngagement {
  return { slug: row.slug, title: row.title, version: row.version, date: toDateView(row) };
}

async function loadItems(db: Db, keys: SortKey[]): Promise<QueueItem[]> {
  const ids = (kind: QueueKind) => keys.filter((key) => key.kind === kind).map((key) => key.id);
  const [outcomes, participations, topics, engagements] = await Promise.all([
    db.outcome.findMany({ where: { id: { in: ids("outcome") } }, include: { engagement: ENGAGEMENT_SELECT, topic: true, evidence: EVIDENCE } }),
    db.participation.findMany({ where: { id: { in: ids("participation") } }, include: { engagement: ENGAGEMENT_SELECT, person: true, evidence: EVIDENCE } }),
    db.engagementTopic.findMany({ where: { id: { in: ids("topic") } }, include: { engagement: ENGAGEMENT_SELECT, topic: true, evidence: EVIDENCE } }),
    db.engagement.findMany({ where: { id: { in: ids("engagement") } }, include: { evidence: { ...EVIDENCE, where: { factType: { in: ["date", "place"] } } } } }),
  ]);
  const items = new Map<string, QueueItem>();
  for (const row of outcomes) {
    const side = labelOutcomeSide(row.side);
    items.set(`outcome:${row.id}`, {
      kind: "outcome",
      id: row.id,
      version: row.version,
      origin: row.origin,
      confidence: row.confidence,
      engagement: toQueueEngagement(row.engagement),
      label: `${labelOutcomeStatus(row.status).label}${side ? ` (${side.label})` : ""}: ${row.statement}`,
      values: { statement: row.statement, status: row.status, topic: row.topic?.slug ?? "", side: row.side ?? "" },
      reasons: [],
      ...supportOf(row.evidence),
    });
  }
  for (const row of participations) {
    items.set(`participation:${row.id}`, {
      kind: "participation",
      id: row.id,
      version: row.version,
      origin: row.origin,
      confidence: row.confidence,
      engagement: toQueueEngagement(row.engagement),
      label: `${row.person.name}${row.title ? `, ${row.title}` : ""} (${row.person.side})`,
      values: { title: row.title ?? "" },
      reasons: [],
      ...supportOf(row.evidence),
    });
  }
  for (const row of topics) {
    items.set(`topic:${row.id}`, {
      kind: "topic",
      id: row.id,
      version: row.version,
      origin: row.origin,
      confidence: row.confidence,
      engagement: toQueueEngagement(row.engagement),
      label: `Topic: ${row.topic.name}`,
      values: {},
      reasons: [],
      ...supportOf(row.evidence),
    });
  }
  for (const row of engagements) {
    items.set(`engagement:${row.id}`, {
      kind: "engagement",
      id: row.id,
      version: row.version,
      origin: row.origin,
      confidence: row.confidence,
      engagement: toQueueEngagement(row),
      label: `${row.title} — ${toDateView(row).label}${row.placeName ? `, ${row.placeName}` : ""}`,
      values: { title: row.title, kind: row.kind, status: row.status, startDate: row.startDate ?? "", endDate: row.endDate ?? "", datePrecision: row.datePrecision, placeName: row.placeName ?? "", placeCountry: row.placeCountry ?? "" },
      reasons: [...(row.origin === "extracted" ? ["extracted, not yet reviewed"] : []), ...(row.startDate === null ? ["undated: not on the timeline until it has a date"] : [])],
      ...supportOf(row.evidence),
    });
  }
  return keys.map((key) => items.get(`${key.kind}:${key.id}`)).filter((item): item is QueueItem => item !== undefined);
}

export async function listReviewQueue(db: Db, filters: QueueFilters): Promise<QueuePage> {
  const page = Math.min(Math.max(1, filters.page), QUEUE_MAX_PAGES);
  const offset = (page - 1) * QUEUE_PAGE_SIZE;
  const keys = await sortKeys(db, filters, offset + QUEUE_PAGE_SIZE + 1);
  const slice = keys.slice(offset, offset + QUEUE_PAGE_SIZE);
  return { items: await loadItems(db, slice), page, hasMore: keys.length > offset + QUEUE_PAGE_SIZE && page < QUEUE_MAX_PAGES, filters: { ...filters, page } };
}

/** Queue filters from the URL: unknown values are ignored rather than failing the desk. */
export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const one = (name: string) => {
    const value = params[name];
    const text = Array.isArray(value) ? value[0] : value;
    return text && text.length <= 200 ? text : null;
  };
  const kind = one("type");
  const page = Number(one("page") ?? "1");
  return {
    engagement: one("engagement"),
    article: one("article"),
    kind: QUEUE_KINDS.includes(kind as QueueKind) ? (kind as QueueKind) : null,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}
