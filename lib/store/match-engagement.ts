import type { Prisma } from "@/lib/generated/prisma/client";
import { dayRangeOf, rangesOverlap } from "@/lib/store/date-range";
import type { EngagementRecord } from "@/lib/store/records";
import type { DatePrecision } from "@/lib/taxonomy/enums";

type Tx = Prisma.TransactionClient;

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
  const slugs = new Set(record.participants.map((participant) => participant.person.slug));
  if (slugs.size === 0) return null;
  const candidates = await tx.engagement.findMany({
    where: { participations: { some: { person: { slug: { in: [...slugs] } } } } },
    select: {
      id: true,
      startDate: true,
      endDate: true,
      datePrecision: true,
      placeName: true,
      placeCountry: true,
      latitude: true,
      longitude: true,
      status: true,
      participations: { select: { person: { select: { slug: true } } } },
    },
  });
  const sharedCount = (candidate: (typeof candidates)[number]) => candidate.participations.filter(({ person }) => slugs.has(person.slug)).length;

  if (record.startDate === null) {
    const agreeing = candidates.filter(
      (candidate) => candidate.status === record.status && countriesAgree(record.place?.country ?? null, candidate.placeCountry),
    );
    return agreeing.length === 1 ? (agreeing[0]?.id ?? null) : null;
  }

  const recordRange = dayRangeOf(record.startDate, record.endDate, record.datePrecision);
  const recordPlace = { name: record.place?.name ?? null, latitude: record.place?.latitude ?? null, longitude: record.place?.longitude ?? null };
  let best: { id: number; shared: number } | null = null;
  for (const candidate of candidates) {
    const agrees =
      candidate.startDate !== null &&
      rangesOverlap(recordRange, dayRangeOf(candidate.startDate, candidate.endDate, candidate.datePrecision as DatePrecision)) &&
      placesAgree(recordPlace, { name: candidate.placeName, latitude: candidate.latitude, longitude: candidate.longitude });
    const shared = sharedCount(candidate);
    if (agrees && shared > (best?.shared ?? 0)) best = { id: candidate.id, shared };
  }
  return best?.id ?? null;
}
