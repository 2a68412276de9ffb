import { COUNT_LIMIT } from "@/lib/queries/bounded-count";

/** "1 source", "3 sources": English plural for the nouns this app counts. */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Like countLabel, for a count that stops at COUNT_LIMIT + 1: "more than 1,000 engagements" past it. */
export function boundedCountLabel(count: number, singular: string, plural = `${singular}s`): string {
  return count > COUNT_LIMIT ? `More than ${COUNT_LIMIT.toLocaleString("en-US")} ${plural}` : countLabel(count, singular, plural);
}

/** "Beijing, China"; a place that is itself the country is not repeated ("China"). */
export function placeLabel(place: { name: string; country: string | null }): string {
  return place.country && place.country !== place.name ? `${place.name}, ${place.country}` : place.name;
}

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/**
 * Context around a quote starts and ends mid-word (it is cut at a fixed length); drop the
 * partial word at the outer edge so the excerpt reads cleanly.
 */
export function trimContext(context: string, edge: "start" | "end"): string {
  if (edge === "start") {
    const space = context.search(/\s/);
    return space === -1 ? context : context.slice(space + 1);
  }
  const space = context.search(/\s\S*$/);
  return space === -1 ? context : context.slice(0, space);
}
