import type { Db } from "@/lib/db/client";
import type { TimelineFilters } from "@/lib/filters";
import type { EngagementPosition } from "./engagement-keyset";
import { listFilterOptions, type FilterOptions } from "./list-filter-options";
import { listMapPlaces, type MapPlaces } from "./list-map-places";
import { listTimeline, type Timeline } from "./list-timeline";

export interface TimelinePage {
  timeline: Timeline;
  options: FilterOptions;
  /** where this page's engagements took place */
  map: MapPlaces;
}

/** Everything the timeline page shows: one page of the matching engagements, their map and the filter form's choices. */
export async function getTimelinePage(db: Db, filters: TimelineFilters, position: EngagementPosition = null): Promise<TimelinePage> {
  const [timeline, options] = await Promise.all([listTimeline(db, filters, position), listFilterOptions(db)]);
  return { timeline, options, map: await listMapPlaces(db, filters, timeline.ids) };
}
