import { Prisma } from "@/lib/generated/prisma/client";
import { dayRangeOf, rangesOverlap, shiftDay } from "@/lib/store/date-range";
import { toId, type Tx } from "@/lib/store/sql";
import type { EngagementRecord } from "@/lib/store/records";
import type { DatePrecision } from "@/lib/taxonomy/enums";

/** How far before its first day a stored engagement may start and still overlap a record: a month plus slack. */
const MAX_DAYS_BEFORE = 32;

interface CandidateRow {
  id: unknown;
  startDate: string | null;
  endDate: string | null;
  datePrecision: string;
  placeName: string | null;
  placeCountry: string | null;
  latitude: number | null;
  longitude: number | null;
  status: string;
  shared: unknown;
}

interface PlaceFix {
  name: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** Reports name a city, its suburb or the venue; within this distance they are one place. */
const SAME_PLACE_KM = 100;

function kilometresBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const normalizePlace = (name: string | null) => (name ?? "").toLowerCase().replace(/[^a-z]+/g, " ").trim();

function placesAgree(a: PlaceFix, b: PlaceFix): boolean {
  if (a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null) {
    return kilometresBetween({ latitude: a.latitude, longitude: a.longitude }, { latitude: b.latitude, longitude: b.longitude }) <= SAME_PLACE_KM;
  }
  const left = normalizePlace(a.name);
  const right = normalizePlace(b.name);
  return left === "" || right === "" || left.includes(right) || right.includes(left);
}

function countriesAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.toLowerCase() === b.toLowerCase();
}

/**
 * The stored engagement an extracted record describes, if any. Dated records match when the
 * dates overlap (a month covers its days), the places agree (or one is unknown) and they share
 * a participant; the candidate sharing most participants wins. An undated record can only be
 * recognised, never placed: it matches when exactly one engagement shares a participant, the
 * status and the country.
 */
export async function findMatchingEngagement(tx: Tx, record: EngagementRecord): Promise<number | null> {
  const slugs = [...new Set(record.participants.map((participant) => participant.person.slug))];
  if (slugs.length === 0) return null;
  const recordRange = record.startDate === null ? null : dayRangeOf(record.startDate, record.endDate, record.datePrecision);
  // A stored start more than a month before the record's first day cannot overlap it (a month-precision date starts on the 1st).
  const window = recordRange
    ? Prisma.sql`AND e."startDate" >= ${shiftDay(recordRange.first, -MAX_DAYS_BEFORE)} AND e."startDate" <= ${shiftDay(recordRange.last, 1)}`
    : Prisma.empty;
  const rows = await tx.$queryRaw<CandidateRow[]>`
    SELECT e."id", e."startDate", e."endDate", e."datePrecision", e."placeName", e."placeCountry", e."latitude", e."longitude", e."status",
           COUNT(*) AS "shared"
    FROM "Engagement" e
    JOIN "Participation" pa ON pa."engagementId" = e."id"
    JOIN "Person" p ON p."id" = pa."personId"
    WHERE p."slug" IN (${Prisma.join(slugs)}) ${window}
    GROUP BY e."id"`;
  const candidates = rows.map((row) => ({ ...row, id: toId(row.id), shared: toId(row.shared) }));

  if (recordRange === null) {
    const agreeing = candidates.filter(
      (candidate) => candidate.status === record.status && countriesAgree(record.place?.country ?? null, candidate.placeCountry),
    );
    return agreeing.length === 1 ? (agreeing[0]?.id ?? null) : null;
  }

  const recordPlace = { name: record.place?.name ?? null, latitude: record.place?.latitude ?? null, longitude: record.place?.longitude ?? null };
  let best: { id: number; shared: number } | null = null;
  for (const candidate of candidates) {
    const agrees =
      candidate.startDate !== null &&
      rangesOverlap(recordRange, dayRangeOf(candidate.startDate, candidate.endDate, candidate.datePrecision as DatePrecision)) &&
      placesAgree(recordPlace, { name: candidate.placeName, latitude: candidate.latitude, longitude: candidate.longitude });
    if (agrees && candidate.shared > (best?.shared ?? 0)) best = { id: candidate.id, shared: candidate.shared };
  }
  return best?.id ?? null;
}
