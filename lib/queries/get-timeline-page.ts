import type { Db } from "@/lib/db/client";
import type { TimelineFilters } from "@/lib/filters";
import { listFilterOptions, type FilterOptions } from "./list-filter-options";
import { listTimeline, type Timeline } from "./list-timeline";

export interface TimelinePage {
  timeline: Timeline;
  options: FilterOptions;
}

/** Everything the timeline page shows: the matching engagements and the filter form's choices. */
export async function getTimelinePage(db: Db, filters: TimelineFilters): Promise<TimelinePage> {
  const [timeline, options] = await Promise.all([listTimeline(db, filters), listFilterOptions(db)]);
  return { timeline, options };
}
