import { format, isValid, parseISO } from "date-fns";
import {
  ENGAGEMENT_KINDS,
  ENGAGEMENT_STATUSES,
  OUTCOME_SIDES,
  OUTCOME_STATUSES,
  SIDES,
  type DatePrecision,
  type FactOrigin,
  type FactType,
  type OutcomeSide,
  type OutcomeStatus,
  type Side,
} from "@/lib/taxonomy/enums";

/**
 * View shapes shared by the read models, and the small reshape functions that turn stored
 * rows (strings from the database) into them. Labels are resolved here so components only
 * render.
 */

export interface DateView {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  /** "15 November 2023", "November 2022", "15–17 November 2023", or "Date unknown" */
  label: string;
  /** for grouping; null when the date is unknown */
  year: string | null;
}

export interface OriginView {
  origin: FactOrigin;
  /** 0–1 for extracted facts; null for reviewed ones */
  confidence: number | null;
}

export interface LabelledValue<T extends string> {
  value: T;
  label: string;
}

export interface ArticleRef {
  slug: string;
  title: string;
  publisher: string | null;
}

export interface EvidenceView extends OriginView {
  id: number;
  factType: FactType;
  exact: string;
  prefix: string;
  suffix: string;
  /** for date and place evidence: what this source says the value is, in words */
  claim: string | null;
  article: ArticleRef;
}

export interface TopicRef {
  slug: string;
  name: string;
}

export interface EngagementRef {
  slug: string;
  title: string;
  date: DateView;
}

export interface SideGroup<T> {
  side: Side;
  label: string;
  items: T[];
}

const UNKNOWN_DATE = "Date unknown";

function precisionOf(value: string): DatePrecision {
  return value === "month" ? "month" : "day";
}

/** A day in words; text that is not a real date is shown as stored rather than failing the page. */
function formatOne(day: string, precision: DatePrecision): string {
  const date = parseISO(day);
  if (!isValid(date)) return day;
  return format(date, precision === "month" ? "MMMM yyyy" : "d MMMM yyyy");
}

/** The human form of a stored date range, collapsing the shared month and year of a range. */
export function formatDateRange(start: string | null, end: string | null, precision: DatePrecision): string {
  if (start === null) return UNKNOWN_DATE;
  if (end === null || end === start) return formatOne(start, precision);
  const sameMonth = start.slice(0, 7) === end.slice(0, 7);
  if (precision === "month" && sameMonth) return formatOne(start, "month");
  if (precision === "day" && sameMonth) return `${Number(start.slice(8))}–${formatOne(end, "day")}`;
  return `${formatOne(start, precision)} – ${formatOne(end, precision)}`;
}

/** A source's claimed date ("2023-11-15", "2023-11") in words; other claims as given. */
export function formatClaim(claim: string | null): string | null {
  if (claim === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(claim)) return formatOne(claim, "day");
  if (/^\d{4}-\d{2}$/.test(claim)) return formatOne(`${claim}-01`, "month");
  return claim;
}

export function toDateView(row: { startDate: string | null; endDate: string | null; datePrecision: string }): DateView {
  const precision = precisionOf(row.datePrecision);
  return {
    start: row.startDate,
    end: row.endDate,
    precision,
    label: formatDateRange(row.startDate, row.endDate, precision),
    year: row.startDate?.slice(0, 4) ?? null,
  };
}

export function toOriginView(row: { origin: string; confidence?: number | null }): OriginView {
  return row.origin === "extracted"
    ? { origin: "extracted", confidence: row.confidence ?? null }
    : { origin: "reviewed", confidence: null };
}

function labelled<T extends string>(labels: Record<T, string>, value: string): LabelledValue<T> {
  const known = value in labels;
  return { value: value as T, label: known ? labels[value as T] : value };
}

export const labelKind = (kind: string) => labelled(ENGAGEMENT_KINDS, kind);
export const labelEngagementStatus = (status: string) => labelled(ENGAGEMENT_STATUSES, status);
export const labelOutcomeStatus = (status: string): LabelledValue<OutcomeStatus> => labelled(OUTCOME_STATUSES, status);
export const labelSide = (side: string): LabelledValue<Side> => labelled(SIDES, side);

export function labelOutcomeSide(side: string | null): LabelledValue<OutcomeSide> | null {
  return side === null ? null : labelled(OUTCOME_SIDES, side);
}

export function toArticleRef(article: { slug: string; title: string | null; publisher: string | null }): ArticleRef {
  return { slug: article.slug, title: article.title ?? article.slug, publisher: article.publisher };
}

/** The article fields every evidence view needs; use as `include: { article: ARTICLE_REF_SELECT }`. */
export const ARTICLE_REF_SELECT = { select: { slug: true, title: true, publisher: true } } as const;

export interface EvidenceRow {
  id: number;
  factType: string;
  exact: string;
  prefix: string;
  suffix: string;
  claim: string | null;
  origin: string;
  articleId: number;
  start: number;
  article: { slug: string; title: string | null; publisher: string | null };
}

export function toEvidenceView(row: EvidenceRow): EvidenceView {
  return {
    id: row.id,
    factType: row.factType as FactType,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    claim: formatClaim(row.claim),
    ...toOriginView({ origin: row.origin }),
    article: toArticleRef(row.article),
  };
}

/** Excerpts in reading order: by article, then by position in it. */
export function toEvidenceViews(rows: EvidenceRow[]): EvidenceView[] {
  return [...rows]
    .sort((a, b) => a.articleId - b.articleId || a.start - b.start)
    .map(toEvidenceView);
}

/** The words behind one fact and how many independent articles they come from. */
export interface Support {
  evidence: EvidenceView[];
  sourceCount: number;
}

export function supportOf(rows: EvidenceRow[]): Support {
  return { evidence: toEvidenceViews(rows), sourceCount: countArticles(rows) };
}

/** Corroboration: how many independent articles the excerpts come from. */
export function countArticles(rows: { articleId: number }[]): number {
  return new Set(rows.map((row) => row.articleId)).size;
}

const SIDE_ORDER: Side[] = ["US", "CN", "other"];

/** Groups items by side in a fixed order (US, China, other), leaving out empty sides. */
export function groupBySide<T>(items: T[], sideOf: (item: T) => string): SideGroup<T>[] {
  return SIDE_ORDER.map((side) => ({
    side,
    label: SIDES[side],
    items: items.filter((item) => (SIDE_ORDER.includes(sideOf(item) as Side) ? sideOf(item) : "other") === side),
  })).filter((group) => group.items.length > 0);
}

/** Orders rows by start date, unknown dates last, ties by id (stable across requests). */
export function byEngagementDate(
  a: { startDate: string | null; id: number },
  b: { startDate: string | null; id: number },
): number {
  if (a.startDate !== b.startDate) {
    if (a.startDate === null) return 1;
    if (b.startDate === null) return -1;
    return a.startDate < b.startDate ? -1 : 1;
  }
  return a.id - b.id;
}

export function toEngagementRef(row: {
  slug: string;
  title: string;
  startDate: string | null;
  endDate: string | null;
  datePrecision: string;
}): EngagementRef {
  return { slug: row.slug, title: row.title, date: toDateView(row) };
}
