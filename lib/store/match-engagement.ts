import { kilometresBetween, SAME_PLACE_KM } from "@/lib/gazetteer/distance";
import { Prisma } from "@/lib/generated/prisma/client";
import { dayRangeOf, rangesOverlap, shiftDay } from "@/lib/store/date-range";
import { queryRows, toId, type Tx } from "@/lib/store/sql";
import type { EngagementRecord } from "@/lib/store/records";
import type { DatePrecision, EngagementKind } from "@/lib/taxonomy/enums";

/** How far before its first day a stored engagement may start and still overlap a record: a month plus slack. */
const MAX_DAYS_BEFORE = 32;

interface CandidateRow {
  id: unknown;
  kind: string;
  startDate: string | null;
  endDate: string | null;
  datePrecision: string;
  placeName: string | null;
  placeCountry: string | null;
  latitude: number | null;
  longitude: number | null;
  sharedUs: unknown;
  sharedCn: unknown;
}

interface Candidate {
  id: number;
  kind: string;
  startDate: string | null;
  endDate: string | null;
  datePrecision: DatePrecision;
  place: PlaceFix;
  shared: number;
}

interface PlaceFix {
  name: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** A place name without its qualifiers ("Nairobi, Kenya" is Nairobi), in lower-case words. */
const placeKey = (name: string | null) =>
  (name ?? "")
    .split(",")[0]
    ?.toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim() ?? "";

/**
 * Whether two places are positively the same. An unknown place agrees with nothing: a report
 * that does not say where a meeting was cannot show it was the one stored. Places with
 * coordinates agree by distance; others by name, since "York" is not "New York".
 */
export function samePlace(a: PlaceFix, b: PlaceFix): boolean {
  if (a.country !== null && b.country !== null && a.country.toLowerCase() !== b.country.toLowerCase()) return false;
  if (a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null) {
    return kilometresBetween({ latitude: a.latitude, longitude: a.longitude }, { latitude: b.latitude, longitude: b.longitude }) <= SAME_PLACE_KM;
  }
  const left = placeKey(a.name);
  return left !== "" && left === placeKey(b.name);
}

/**
 * Stored engagements sharing people with the record, with how many per side. The order of the
 * tables is the plan (SQLite keeps the order of CROSS JOINs; PostgreSQL plans by its statistics
 * either way): a dated record starts from the engagements within its date window, a few dozen
 * however large the store grows, where starting from the people would visit every engagement a
 * leader ever attended; an undated record has only the people to start from. Grouping by the
 * start date first lets SQLite read the window in the order of its (startDate, id) index
 * rather than scan every engagement in id order.
 */
async function candidatesFor(tx: Tx, record: EngagementRecord, window: Prisma.Sql | null): Promise<Candidate[]> {
  const us = [...new Set(record.participants.filter((participant) => participant.person.side === "US").map((participant) => participant.person.slug))];
  const cn = [...new Set(record.participants.filter((participant) => participant.person.side === "CN").map((participant) => participant.person.slug))];
  if (us.length === 0 || cn.length === 0) return [];
  // Counted per side from the stored people, so a record's side labels cannot make a one-sided overlap look two-sided.
  const rows = await queryRows<CandidateRow>(tx, Prisma.sql`
    SELECT e."id", e."kind", e."startDate", e."endDate", e."datePrecision", e."placeName", e."placeCountry", e."latitude", e."longitude",
           SUM(CASE WHEN p."side" = 'US' AND p."slug" IN (${Prisma.join(us)}) THEN 1 ELSE 0 END) AS "sharedUs",
           SUM(CASE WHEN p."side" = 'CN' AND p."slug" IN (${Prisma.join(cn)}) THEN 1 ELSE 0 END) AS "sharedCn"
    FROM ${window === null ? Prisma.sql`"Person" p CROSS JOIN "Participation" pa CROSS JOIN "Engagement" e` : Prisma.sql`"Engagement" e CROSS JOIN "Participation" pa CROSS JOIN "Person" p`}
    WHERE pa."engagementId" = e."id" AND p."id" = pa."personId"
      AND p."slug" IN (${Prisma.join([...us, ...cn])}) AND e."startDate" IS NOT NULL ${window ?? Prisma.empty}
    GROUP BY e."startDate", e."id", e."kind", e."endDate", e."datePrecision", e."placeName", e."placeCountry", e."latitude", e."longitude"`);
  return rows
    .map((row) => ({
      id: toId(row.id),
      kind: row.kind,
      startDate: row.startDate,
      endDate: row.endDate,
      datePrecision: row.datePrecision as DatePrecision,
      place: { name: row.placeName, country: row.placeCountry, latitude: row.latitude, longitude: row.longitude },
      sharedUs: Number(toId(row.sharedUs)),
      sharedCn: Number(toId(row.sharedCn)),
    }))
    .filter((row) => row.sharedUs > 0 && row.sharedCn > 0)
    .map(({ sharedUs, sharedCn, ...row }) => ({ ...row, shared: sharedUs + sharedCn }));
}

/** Leaders' contacts: a summit and a call are told apart by what happened, not by a report's wording. */
const LEADER_KINDS: ReadonlySet<string> = new Set<EngagementKind>(["leader-summit", "leader-call"]);

/**
 * The same kind, or two kinds below the leaders' that the wording of a report decides: the same ministers' meeting is an
 * "economic dialogue" in a story of "trade talks" and a "ministerial meeting" in one where they "held talks".
 */
function kindsAgree(stored: string, reported: string): boolean {
  return stored === reported || (!LEADER_KINDS.has(stored) && !LEADER_KINDS.has(reported));
}

/**
 * The stored engagement an extracted record describes, if any; null means it is a new one.
 * Only strong evidence links: both need officials of both sides in common and the same place
 * (an unknown place is no agreement). A dated record also needs overlapping dates (a month
 * covers its days); the candidate sharing most participants wins. An undated record can only
 * be recognised by what identifies a meeting without its date, "the Woodside summit": exactly
 * one dated engagement of those people in that place that had begun by the article's
 * publication day, and of a kind that agrees with the record's (kindsAgree). Uniqueness is judged on the place alone, since
 * two reports of one meeting may name its kind differently ("talks", "met"), and a meeting
 * after the article cannot be the one it reports.
 */
export async function findMatchingEngagement(tx: Tx, record: EngagementRecord, published: string | null = null): Promise<number | null> {
  if (record.place === null) return null;
  const recordPlace: PlaceFix = { name: record.place.name, country: record.place.country, latitude: record.place.latitude, longitude: record.place.longitude };
  const recordRange = record.startDate === null ? null : dayRangeOf(record.startDate, record.endDate, record.datePrecision);
  // A stored start more than a month before the record's first day cannot overlap it (a month-precision date starts on the 1st).
  const window = recordRange
    ? Prisma.sql`AND e."startDate" >= ${shiftDay(recordRange.first, -MAX_DAYS_BEFORE)} AND e."startDate" <= ${shiftDay(recordRange.last, 1)}`
    : null;
  const fitting = (await candidatesFor(tx, record, window)).filter((candidate) => samePlace(recordPlace, candidate.place));

  if (recordRange === null) {
    const begunByPublication = fitting.filter(
      (candidate) => published === null || (candidate.startDate !== null && dayRangeOf(candidate.startDate, candidate.endDate, candidate.datePrecision).first <= published),
    );
    const only = begunByPublication.length === 1 ? begunByPublication[0] : undefined;
    return only !== undefined && kindsAgree(only.kind, record.kind) ? only.id : null;
  }

  let best: Candidate | null = null;
  for (const candidate of fitting) {
    const overlaps = candidate.startDate !== null && rangesOverlap(recordRange, dayRangeOf(candidate.startDate, candidate.endDate, candidate.datePrecision));
    // Ties go to the engagement stored first, whatever order the database returned the rows in.
    const better = best === null || candidate.shared > best.shared || (candidate.shared === best.shared && candidate.id < best.id);
    if (overlaps && candidate.shared > 0 && better) best = candidate;
  }
  return best?.id ?? null;
}
