import type { Db } from "@/lib/db/client";
import { timelineQuery, type TimelineFilters } from "@/lib/filters";
import { buildTimelineWhere } from "./build-timeline-where";
import { byEngagementDate, toDateView } from "./view";

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
  places: MapPlace[];
  /** matching engagements with no coordinates (not drawn) */
  unplacedCount: number;
}

/** Where the engagements matching the filters took place, one marker per place. */
export async function listMapPlaces(db: Db, filters: TimelineFilters): Promise<MapPlaces> {
  const rows = await db.engagement.findMany({
    where: buildTimelineWhere(filters),
    select: { id: true, slug: true, title: true, startDate: true, endDate: true, datePrecision: true, placeName: true, placeCountry: true, latitude: true, longitude: true },
  });
  const groups = new Map<string, typeof rows>();
  let unplacedCount = 0;
  for (const row of rows.sort(byEngagementDate)) {
    if (row.latitude === null || row.longitude === null || row.placeName === null) {
      unplacedCount += 1;
      continue;
    }
    const key = `${row.placeName}@${row.latitude.toFixed(2)},${row.longitude.toFixed(2)}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const places = [...groups.entries()].map(([key, group]) => {
    const [first] = group as [(typeof rows)[number], ...typeof rows];
    const where = [first.placeName, first.placeCountry].filter(Boolean).join(", ");
    return {
      key,
      name: first.placeName!,
      country: first.placeCountry,
      latitude: first.latitude!,
      longitude: first.longitude!,
      count: group.length,
      href: group.length === 1 ? `/engagements/${first.slug}` : `/${timelineQuery({ ...filters, place: first.placeName })}`,
      label: group.length === 1 ? `${where}: ${first.title}, ${toDateView(first).label}` : `${where}: ${group.length} engagements`,
    };
  });
  return { places, unplacedCount };
}
