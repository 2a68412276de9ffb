import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { evidencePath } from "@/lib/api/directory";
import { byEngagementDate, formatClaim } from "@/lib/queries/view";
import { codeEngagement, codeOutcome, type EventCode } from "@/lib/taxonomy/plover";
import { VISIBLE, VISIBLE_EVIDENCE } from "@/lib/queries/visibility";

/** One fact of an engagement together with one excerpt that supports it (a fact with two excerpts is two rows). */
export interface FactRow {
  engagementSlug: string;
  engagementTitle: string;
  engagementStart: string | null;
  engagementEvent: EventCode;
  factType: string;
  fact: string;
  outcomeStatus: string | null;
  outcomeSide: string | null;
  outcomeEvent: EventCode | null;
  origin: string;
  evidenceId: number;
  sourceSlug: string;
  sourceTitle: string;
  publisher: string | null;
  exact: string;
  start: number;
  end: number;
  evidenceUrl: string;
}

const FACT_INCLUDE = {
  engagement: { select: { id: true, slug: true, title: true, kind: true, status: true, startDate: true, placeName: true, placeCountry: true } },
  participation: { select: { title: true, origin: true, person: { select: { name: true } } } },
  topicLink: { select: { origin: true, topic: { select: { name: true } } } },
  outcome: { select: { statement: true, status: true, side: true, origin: true } },
  article: { select: { slug: true, title: true, publisher: true } },
} satisfies Prisma.EvidenceInclude;

type EvidenceRow = Prisma.EvidenceGetPayload<{ include: typeof FACT_INCLUDE }>;

/** Every (fact, excerpt) pair of the given engagements (a bounded batch), in timeline order. */
export async function listFactRows(db: Db, engagementSlugs: string[], origin: string): Promise<FactRow[]> {
  const rows = await db.evidence.findMany({
    where: { ...VISIBLE_EVIDENCE, engagement: { ...VISIBLE, slug: { in: engagementSlugs } } },
    include: FACT_INCLUDE,
    orderBy: [{ engagementId: "asc" }, { id: "asc" }],
  });
  return rows.sort((a, b) => byEngagementDate(a.engagement, b.engagement) || a.id - b.id).map((row) => toFactRow(row, origin));
}

function toFactRow(row: EvidenceRow, origin: string): FactRow {
  return {
    engagementSlug: row.engagement.slug,
    engagementTitle: row.engagement.title,
    engagementStart: row.engagement.startDate,
    engagementEvent: codeEngagement(row.engagement),
    factType: row.factType,
    fact: describeFact(row),
    outcomeStatus: row.outcome?.status ?? null,
    outcomeSide: row.outcome?.side ?? null,
    outcomeEvent: row.outcome ? codeOutcome(row.outcome.status) : null,
    origin: row.participation?.origin ?? row.topicLink?.origin ?? row.outcome?.origin ?? row.origin,
    evidenceId: row.id,
    sourceSlug: row.article.slug,
    sourceTitle: row.article.title ?? row.article.slug,
    publisher: row.article.publisher,
    exact: row.exact,
    start: row.start,
    end: row.end,
    evidenceUrl: `${origin}${evidencePath(row.article.slug, row.id)}`,
  };
}

function describeFact(row: EvidenceRow): string {
  if (row.participation) return [row.participation.person.name, row.participation.title].filter(Boolean).join(", ");
  if (row.topicLink) return row.topicLink.topic.name;
  if (row.outcome) return row.outcome.statement;
  if (row.factType === "place") return row.claim ?? row.engagement.placeName ?? "";
  return formatClaim(row.claim) ?? row.engagement.startDate ?? "";
}
