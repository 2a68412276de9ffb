import type { Db } from "@/lib/db/client";
import { countryByName, placeByName } from "@/lib/gazetteer/places";
import { isCalendarDay } from "@/lib/filters";
import type { OutcomeSide, OutcomeStatus } from "@/lib/taxonomy/enums";
import { VISIBLE, VISIBLE_EVIDENCE } from "./visibility";
import {
  countArticles,
  formatDateRange,
  labelOutcomeSide,
  labelOutcomeStatus,
  toEvidenceViews,
  type EvidenceRow,
  type EvidenceView,
  type LabelledValue,
  type TopicRef,
} from "./view";

/**
 * Where the sources of one engagement do not tell the same story. Date and place evidence
 * carry the value each source gives (`claim`); grouping them by that value shows every
 * version with the words behind it instead of letting the stored value silently win. A
 * coarser claim that contains a finer one ("November 2023" and "15 November 2023", "China"
 * and "Beijing") is compatible, not a disagreement, and is marked as less precise.
 */

export interface ClaimVersion {
  /** the normalized value: "2023-11-15", "2023-11", "2023-11-14/2023-11-15", or a place name */
  claim: string;
  /** the value in words: "15 November 2023", "November 2023", "Beijing" */
  label: string;
  /** the value the engagement page shows as its date or place */
  shown: boolean;
  /** wider than another version it contains: compatible with it, but less precise */
  lessPrecise: boolean;
  evidence: EvidenceView[];
  sourceCount: number;
}

export interface FactVersions {
  fact: "date" | "place";
  /** more than one version: the page shows them side by side */
  several: boolean;
  /** at least two versions cannot both be true (neither contains the other) */
  differ: boolean;
  /** the shown version first, then by how many sources give each */
  versions: ClaimVersion[];
}

export interface OutcomeSource {
  slug: string;
  title: string;
  publisher: string | null;
  /** yyyy-mm-dd publication date, when known: an earlier article may expect what a later one reports */
  published: string | null;
  /** the first excerpt of this article backing the outcome */
  evidenceId: number;
}

export interface OutcomeVersion {
  id: number;
  statement: string;
  status: LabelledValue<OutcomeStatus>;
  side: LabelledValue<OutcomeSide> | null;
  sources: OutcomeSource[];
}

export interface OutcomeDisagreement {
  topic: TopicRef;
  /** outcomes on this topic whose statuses come from different articles, in id order */
  outcomes: OutcomeVersion[];
}

export interface EngagementDisagreements {
  /** the versions of the date its sources give (one when they agree); null without date evidence */
  date: FactVersions | null;
  place: FactVersions | null;
  outcomes: OutcomeDisagreement[];
}

export const NO_DISAGREEMENTS: EngagementDisagreements = { date: null, place: null, outcomes: [] };

// ── The rows this works on ────────────────────────────────────────────────────────────────

const ARTICLE_SELECT = { select: { slug: true, title: true, publisher: true, published: true } } as const;

type ClaimEvidenceRow = EvidenceRow & { article: EvidenceRow["article"] & { published: string | null } };

export interface DisagreementInput {
  startDate: string | null;
  endDate: string | null;
  datePrecision: string;
  placeName: string | null;
  placeCountry: string | null;
  /** the engagement's date and place evidence */
  evidence: ClaimEvidenceRow[];
  outcomes: {
    id: number;
    statement: string;
    status: string;
    side: string | null;
    topic: TopicRef | null;
    evidence: ClaimEvidenceRow[];
  }[];
}

/** The disagreements among one engagement's sources; null when the slug is unknown. */
export async function findDisagreements(db: Db, slug: string): Promise<EngagementDisagreements | null> {
  const row = await db.engagement.findUnique({
    where: { slug, ...VISIBLE },
    select: {
      startDate: true,
      endDate: true,
      datePrecision: true,
      placeName: true,
      placeCountry: true,
      evidence: { where: { ...VISIBLE_EVIDENCE, factType: { in: ["date", "place"] } }, include: { article: ARTICLE_SELECT } },
      outcomes: {
        where: VISIBLE,
        orderBy: { id: "asc" },
        select: {
          id: true,
          statement: true,
          status: true,
          side: true,
          topic: { select: { slug: true, name: true } },
          evidence: { where: VISIBLE_EVIDENCE, include: { article: ARTICLE_SELECT } },
        },
      },
    },
  });
  return row === null ? null : disagreementsOf(row);
}

/** The pure part of findDisagreements, on rows already loaded. */
export function disagreementsOf(input: DisagreementInput): EngagementDisagreements {
  const dates = input.evidence.filter((row) => row.factType === "date");
  const places = input.evidence.filter((row) => row.factType === "place");
  return {
    date: compareVersions("date", groupByClaim(dates, (claim) => dateClaimOf(claim, input)), DATE_RELATION, dateClaimOf(null, input).key),
    place: compareVersions("place", groupByClaim(places, (claim) => placeClaimOf(claim, input)), PLACE_RELATION, placeClaimOf(null, input).key),
    outcomes: findOutcomeDisagreements(input.outcomes, input.startDate),
  };
}

// ── Dates ─────────────────────────────────────────────────────────────────────────────────

type DatePrecisionLevel = "year" | "month" | "day";

interface DateClaim {
  key: string;
  label: string;
  /** inclusive bounds as yyyy-mm-dd; null when the claim is not a date we can read */
  start: string | null;
  end: string | null;
  /** the precision of the coarser bound */
  precision: DatePrecisionLevel;
}

function lastDayOfMonth(yearMonth: string): string {
  const [year, month] = yearMonth.split("-").map(Number) as [number, number];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${yearMonth}-${String(day).padStart(2, "0")}`;
}

/** One bound: "2023", "2023-11" or "2023-11-15" as an inclusive interval. */
function readBound(text: string): { start: string; end: string; precision: DatePrecisionLevel } | null {
  if (/^\d{4}$/.test(text)) return { start: `${text}-01-01`, end: `${text}-12-31`, precision: "year" };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return { start: `${text}-01`, end: lastDayOfMonth(text), precision: "month" };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isCalendarDay(text)) return { start: text, end: text, precision: "day" };
  return null;
}

const COARSER: Record<DatePrecisionLevel, number> = { day: 0, month: 1, year: 2 };

function labelBound(text: string, precision: DatePrecisionLevel): string {
  if (precision === "year") return text;
  return formatDateRange(precision === "month" ? `${text}-01` : text, null, precision);
}

/**
 * Reads a date claim. The curated date of an engagement is stored as its first day
 * ("2022-11-01" for November 2022), so a claim equal to the stored date takes the
 * engagement's own precision; a claim without a value backs the stored date.
 */
function dateClaimOf(claim: string | null, engagement: DisagreementInput): DateClaim {
  const stored = storedDateClaim(engagement);
  const storedRaw = engagement.endDate && engagement.endDate !== engagement.startDate ? `${engagement.startDate}/${engagement.endDate}` : engagement.startDate;
  const text = claim === null || claim === storedRaw || claim === engagement.startDate ? stored : claim.trim();
  if (text === null) return { key: "unknown", label: "Date unknown", start: null, end: null, precision: "day" };
  const [from = "", to] = text.split("/");
  const first = readBound(from);
  const last = to === undefined ? first : readBound(to);
  if (first === null || last === null) return { key: text, label: text, start: null, end: null, precision: "day" };
  const precision = COARSER[first.precision] >= COARSER[last.precision] ? first.precision : last.precision;
  if (to === undefined || first.start === last.start) return { key: from, label: labelBound(from, first.precision), start: first.start, end: first.end, precision };
  const label =
    first.precision === "day" && last.precision === "day"
      ? formatDateRange(first.start, last.start, "day")
      : `${labelBound(from, first.precision)} – ${labelBound(to, last.precision)}`;
  return { key: `${from}/${to}`, label, start: first.start, end: last.end, precision };
}

/** The engagement's own date as a claim at its precision ("2023-11", "2023-11-14/2023-11-15"). */
function storedDateClaim(engagement: DisagreementInput): string | null {
  if (engagement.startDate === null) return null;
  const cut = (day: string) => (engagement.datePrecision === "month" ? day.slice(0, 7) : day);
  const start = cut(engagement.startDate);
  const end = engagement.endDate === null ? start : cut(engagement.endDate);
  return end === start ? start : `${start}/${end}`;
}

function dateContains(outer: DateClaim, inner: DateClaim): boolean {
  if (outer.start === null || outer.end === null || inner.start === null || inner.end === null) return outer.key === inner.key;
  return outer.start <= inner.start && inner.end <= outer.end;
}

const DATE_RELATION: Relation<DateClaim> = {
  contains: dateContains,
  // A two-day range holding one of its days is compatible, but neither is "less precise".
  coarser: (outer, inner) => dateContains(outer, inner) && COARSER[outer.precision] > COARSER[inner.precision],
};

// ── Places ────────────────────────────────────────────────────────────────────────────────

interface PlaceClaim {
  key: string;
  label: string;
  /** the country the place is in; for a country, the country itself */
  country: string | null;
  isCountry: boolean;
}

/** Aliases resolve to the gazetteer's name ("Woodside" is the Filoli estate); no claim backs the stored place. */
function placeClaimOf(claim: string | null, engagement: DisagreementInput): PlaceClaim {
  const text = (claim ?? engagement.placeName ?? "").trim();
  const country = countryByName(text);
  if (country) return { key: country.name, label: country.name, country: country.name, isCountry: true };
  const known = placeByName(text);
  if (known) return { key: known.name, label: known.name, country: known.country, isCountry: false };
  const storedCountry = text === engagement.placeName ? engagement.placeCountry : null;
  return { key: text, label: text || "Place unknown", country: storedCountry, isCountry: false };
}

const placeContains = (outer: PlaceClaim, inner: PlaceClaim) =>
  outer.key === inner.key || (outer.isCountry && !inner.isCountry && inner.country === outer.key);

/** A country contains the places in it ("China" holds "Beijing"). */
const PLACE_RELATION: Relation<PlaceClaim> = {
  contains: placeContains,
  coarser: (outer, inner) => outer.key !== inner.key && placeContains(outer, inner),
};

// ── Grouping and comparing ────────────────────────────────────────────────────────────────

interface Relation<C> {
  /** every day/place of `inner` is within `outer` (a claim contains itself) */
  contains: (outer: C, inner: C) => boolean;
  /** `outer` contains `inner` and is the less precise of the two */
  coarser: (outer: C, inner: C) => boolean;
}

interface ClaimGroup<C> {
  claim: C & { key: string; label: string };
  rows: ClaimEvidenceRow[];
}

function groupByClaim<C extends { key: string; label: string }>(rows: ClaimEvidenceRow[], read: (claim: string | null) => C): ClaimGroup<C>[] {
  const groups = new Map<string, ClaimGroup<C>>();
  for (const row of rows) {
    const claim = read(row.claim);
    const group = groups.get(claim.key);
    if (group) group.rows.push(row);
    else groups.set(claim.key, { claim, rows: [row] });
  }
  return [...groups.values()];
}

function compareVersions<C extends { key: string; label: string }>(
  fact: "date" | "place",
  groups: ClaimGroup<C>[],
  relation: Relation<C>,
  shownKey: string,
): FactVersions | null {
  if (groups.length === 0) return null;
  const compatible = (a: C, b: C) => relation.contains(a, b) || relation.contains(b, a);
  const differ = groups.some((a, index) => groups.slice(index + 1).some((b) => !compatible(a.claim, b.claim)));
  const versions: ClaimVersion[] = groups.map((group) => ({
    claim: group.claim.key,
    label: group.claim.label,
    shown: group.claim.key === shownKey,
    lessPrecise: groups.some((other) => other !== group && relation.coarser(group.claim, other.claim)),
    evidence: toEvidenceViews(group.rows).map((view) => ({ ...view, claim: group.claim.label })),
    sourceCount: countArticles(group.rows),
  }));
  // The version the page shows first, then the best supported.
  versions.sort((a, b) => Number(b.shown) - Number(a.shown) || b.sourceCount - a.sourceCount || a.claim.localeCompare(b.claim));
  return { fact, several: versions.length > 1, differ, versions };
}

// ── Outcomes ──────────────────────────────────────────────────────────────────────────────

type OutcomeRow = DisagreementInput["outcomes"][number];

function articleIdsOf(outcome: OutcomeRow): Set<number> {
  return new Set(outcome.evidence.map((row) => row.articleId));
}

/**
 * An outcome only ever reported as expected, by articles published before the engagement
 * began, is a forecast: what later articles report does not contradict it.
 */
function isForecast(outcome: OutcomeRow, startDate: string | null): boolean {
  return (
    outcome.status === "expected" &&
    startDate !== null &&
    outcome.evidence.every((row) => row.article.published !== null && row.article.published < startDate)
  );
}

/**
 * Two outcomes on the same topic disagree when their statuses differ and each is reported by
 * an article the other is not: one article giving both is telling a sequence, not a conflict,
 * and neither is a forecast published before the engagement.
 */
function findOutcomeDisagreements(outcomes: OutcomeRow[], startDate: string | null): OutcomeDisagreement[] {
  const byTopic = new Map<string, OutcomeRow[]>();
  for (const outcome of outcomes) {
    if (outcome.topic === null || isForecast(outcome, startDate)) continue;
    byTopic.set(outcome.topic.slug, [...(byTopic.get(outcome.topic.slug) ?? []), outcome]);
  }
  const found: OutcomeDisagreement[] = [];
  for (const group of byTopic.values()) {
    const involved = new Set<OutcomeRow>();
    group.forEach((a, index) => {
      for (const b of group.slice(index + 1)) {
        if (a.status === b.status) continue;
        const [ofA, ofB] = [articleIdsOf(a), articleIdsOf(b)];
        const onlyA = [...ofA].some((id) => !ofB.has(id));
        const onlyB = [...ofB].some((id) => !ofA.has(id));
        if (onlyA && onlyB) involved.add(a).add(b);
      }
    });
    if (involved.size === 0) continue;
    found.push({
      topic: group[0]!.topic!,
      outcomes: group.filter((outcome) => involved.has(outcome)).map(toOutcomeVersion),
    });
  }
  return found;
}

function toOutcomeVersion(outcome: OutcomeRow): OutcomeVersion {
  const sources = new Map<number, OutcomeSource>();
  for (const row of [...outcome.evidence].sort((a, b) => a.articleId - b.articleId || a.start - b.start)) {
    if (sources.has(row.articleId)) continue;
    sources.set(row.articleId, {
      slug: row.article.slug,
      title: row.article.title ?? row.article.slug,
      publisher: row.article.publisher,
      published: row.article.published,
      evidenceId: row.id,
    });
  }
  return {
    id: outcome.id,
    statement: outcome.statement,
    status: labelOutcomeStatus(outcome.status),
    side: labelOutcomeSide(outcome.side),
    sources: [...sources.values()],
  };
}
