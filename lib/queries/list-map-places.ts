import type { Db } from "@/lib/db/client";
import { timelineQuery, type TimelineFilters } from "@/lib/filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildTimelineWhere } from "./build-timeline-where";
import { toDateView } from "./view";

export interface MapPlace {
  /** stable key for the place (name and rounded coordinates) */
  key: string;
  name: string;
  country: string | null;
  latitude: number;
  longitude: number;
  count: number;
  /** the engagement when there is one; the timeline narrowed to the place when several share it */
  href: string;
  /** accessible name of the marker, e.g. "Beijing, China: 2 engagements" */
  label: string;
}

export interface MapPlaces {
  /** the most frequent places of the page's engagements, at most MAP_PLACE_LIMIT */
  places: MapPlace[];
  /** matching engagements with no coordinates (not drawn) */
  unplacedCount: number;
  /** true when more places than MAP_PLACE_LIMIT have engagements (the quietest are left off) */
  morePlaces: boolean;
}

/** Markers drawn at most: the map stays a few kilobytes whatever the database holds. */
export const MAP_PLACE_LIMIT = 40;

/**
 * Where the engagements of one page (at most a page size of ids, matching the filters) took
 * place: one marker per place with its count, aggregated in the database (GROUP BY), the
 * busiest places first. Bounded by the page: aggregating every matching engagement would read
 * the whole table on every request (seconds at 100,000 engagements, with a filter).
 */
export async function listMapPlaces(db: Db, filters: TimelineFilters, engagementIds: number[]): Promise<MapPlaces> {
  const matching = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT "Engagement"."id" AS "id" FROM "Engagement"
    WHERE "Engagement"."id" IN (${Prisma.join(engagementIds.length > 0 ? engagementIds : [0])}) AND ${buildTimelineWhere(filters)}`;
  const where = { id: { in: matching.map((row) => Number(row.id)) } };
  const located = { AND: [where, { placeName: { not: null } }, { latitude: { not: null } }, { longitude: { not: null } }] };
  const [groups, unplacedCount] = await Promise.all([
    db.engagement.groupBy({
      by: ["placeName", "placeCountry", "latitude", "longitude"],
      where: located,
      _count: { _all: true },
      _min: { id: true },
      orderBy: [{ _count: { id: "desc" } }, { placeName: "asc" }],
      take: MAP_PLACE_LIMIT + 1,
    }),
    db.engagement.count({ where: { AND: [where, { OR: [{ placeName: null }, { latitude: null }, { longitude: null }] }] } }),
  ]);
  const busiest = groups.slice(0, MAP_PLACE_LIMIT);
  // A place with a single engagement links straight to it: one bounded query for their titles.
  const singleIds = busiest.filter((group) => group._count._all === 1).map((group) => group._min.id!);
  const singles = new Map(
    (
      await db.engagement.findMany({
        where: { id: { in: singleIds } },
        select: { id: true, slug: true, title: true, startDate: true, endDate: true, datePrecision: true },
      })
    ).map((row) => [row.id, row]),
  );
  const places = busiest.map((group) => {
    const name = group.placeName!;
    const where = [name, group.placeCountry].filter(Boolean).join(", ");
    const single = group._count._all === 1 ? singles.get(group._min.id!) : undefined;
    return {
      key: `${name}@${group.latitude!.toFixed(2)},${group.longitude!.toFixed(2)}`,
      name,
      country: group.placeCountry,
      latitude: group.latitude!,
      longitude: group.longitude!,
      count: group._count._all,
      href: single ? `/engagements/${single.slug}` : `/${timelineQuery({ ...filters, place: name })}`,
      label: single ? `${where}: ${single.title}, ${toDateView(single).label}` : `${where}: ${group._count._all} engagements`,
    };
  });
  return { places, unplacedCount, morePlaces: groups.length > MAP_PLACE_LIMIT };
}
