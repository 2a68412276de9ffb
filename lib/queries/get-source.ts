import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { FactType } from "@/lib/taxonomy/enums";
import { segmentArticle, type ArticleNode } from "./segment-article";
import { formatClaim, formatDateRange, labelOutcomeStatus, toDateView, toOriginView, type OriginView } from "./view";
import { VISIBLE_EVIDENCE } from "./visibility";

export interface SourceEvidence extends OriginView {
  id: number;
  /** 1-based, in reading order */
  number: number;
  factType: FactType;
  /** "Participant", "Topic", "Outcome", "Date", "Place" */
  factLabel: string;
  /** what the fact says, e.g. "Antony Blinken, Secretary of State" */
  factText: string;
  exact: string;
  engagement: { slug: string; title: string };
}

export interface SourceDetail {
  slug: string;
  title: string;
  publisher: string | null;
  byline: string | null;
  dateline: string | null;
  url: string | null;
  published: { date: string | null; label: string | null; howKnown: string | null };
  sha256: string;
  language: string;
  origin: string;
  fileName: string | null;
  ingestedAt: Date;
  rawText: string;
  paragraphs: ArticleNode[][];
  evidence: SourceEvidence[];
}

const FACT_LABELS: Record<FactType, string> = {
  participation: "Participant",
  topic: "Topic",
  outcome: "Outcome",
  date: "Date",
  place: "Place",
};

const SOURCE_EVIDENCE_INCLUDE = {
  engagement: { select: { slug: true, title: true, startDate: true, endDate: true, datePrecision: true, placeName: true } },
  participation: { select: { title: true, person: { select: { name: true } } } },
  topicLink: { select: { topic: { select: { name: true } } } },
  outcome: { select: { statement: true, status: true } },
} satisfies Prisma.EvidenceInclude;

type SourceEvidenceRow = Prisma.EvidenceGetPayload<{ include: typeof SOURCE_EVIDENCE_INCLUDE }>;

/** An article with its text cut into paragraphs and every evidence span marked; null when unknown. */
export async function getSource(db: Db, slug: string): Promise<SourceDetail | null> {
  const article = await db.article.findUnique({
    where: { slug },
    include: { evidence: { where: VISIBLE_EVIDENCE, include: SOURCE_EVIDENCE_INCLUDE, orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }] } },
  });
  if (article === null) return null;
  return {
    slug: article.slug,
    title: article.title ?? article.slug,
    publisher: article.publisher,
    byline: article.byline,
    dateline: article.dateline,
    url: article.url,
    published: {
      date: article.published,
      label: article.published === null ? null : formatDateRange(article.published, null, "day"),
      howKnown: article.publishedSource,
    },
    sha256: article.sha256,
    language: article.language,
    origin: article.origin,
    fileName: article.fileName,
    ingestedAt: article.ingestedAt,
    rawText: article.rawText,
    paragraphs: segmentArticle(article.cleanedText, article.evidence),
    evidence: article.evidence.map((row, index) => toSourceEvidence(row, index + 1)),
  };
}

function toSourceEvidence(row: SourceEvidenceRow, number: number): SourceEvidence {
  const factType = row.factType as FactType;
  return {
    id: row.id,
    number,
    factType,
    factLabel: FACT_LABELS[factType] ?? row.factType,
    factText: describeFact(row),
    exact: row.exact,
    engagement: { slug: row.engagement.slug, title: row.engagement.title },
    ...toOriginView({ origin: row.origin }),
  };
}

/** The fact an excerpt backs, in words; date and place prefer what this source claims. */
function describeFact(row: SourceEvidenceRow): string {
  if (row.participation) {
    const { person, title } = row.participation;
    return title ? `${person.name}, ${title}` : person.name;
  }
  if (row.topicLink) return row.topicLink.topic.name;
  if (row.outcome) return `${labelOutcomeStatus(row.outcome.status).label}: ${row.outcome.statement}`;
  if (row.factType === "place") return row.claim ?? row.engagement.placeName ?? "Place";
  return formatClaim(row.claim) ?? toDateView(row.engagement).label;
}
