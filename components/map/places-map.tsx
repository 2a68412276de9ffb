import type { MapPlaces } from "@/lib/queries/list-map-places";
import { countLabel } from "@/components/format";
import { WorldMap } from "@/components/world-map";

/**
 * The world map of a set of engagements, with what the drawing cannot say in words: how many
 * engagements have no coordinates, and the places as a plain list of links (bigger targets
 * on touch screens, and a reading order for everyone).
 */
export function PlacesMap({ map, subject }: { map: MapPlaces; subject: string }) {
  const placed = map.places.reduce((total, place) => total + place.count, 0);
  if (map.places.length === 0) {
    return (
      <p className="text-sm text-muted">
        {map.unplacedCount > 0 ? `None of ${subject} has a place with coordinates, so there is nothing to draw.` : `No place to show.`}
      </p>
    );
  }
  const byName = [...map.places].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="grid items-start gap-4 md:grid-cols-[minmax(0,28rem)_1fr]">
      <div className="rounded-md border border-line bg-surface p-2">
        <WorldMap
          places={map.places}
          title={`Map of where ${subject} took place`}
          description={`${countLabel(map.places.length, "place")}; each marker links to its engagement, or to the timeline for that place when there are several, and is larger the more engagements it stands for.`}
        />
      </div>
      <div className="text-sm">
        <ul aria-label="Places on the map" className="space-y-1">
          {byName.map((place) => (
            <li key={place.key}>
              <a href={place.href}>{[place.name, place.country !== place.name ? place.country : null].filter(Boolean).join(", ")}</a>{" "}
              <span className="text-muted">({countLabel(place.count, "engagement")})</span>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-muted">
          {countLabel(placed, "engagement")} at {countLabel(map.places.length, "place")} on the map.
          {map.unplacedCount > 0 ? ` ${countLabel(map.unplacedCount, "engagement")} not shown on the map (no coordinates).` : null}
          {map.morePlaces ? ` Only the ${map.places.length} busiest places are drawn; narrow the filters to see the others.` : null}
        </p>
      </div>
    </div>
  );
}
