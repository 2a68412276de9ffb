import type { Db } from "@/lib/db/client";
import type { EngagementPosition } from "./engagement-keyset";
import { NO_TIMELINE_FILTERS } from "@/lib/filters";
import { getPerson, type PersonDetail } from "./get-person";
import { listMapPlaces, type MapPlaces } from "./list-map-places";

export interface PersonPage {
  person: PersonDetail;
  /** where the engagements on this page of the person's took place */
  map: MapPlaces;
}

/** Everything a person's page shows; null when the slug is unknown. */
export async function getPersonPage(db: Db, slug: string, position: EngagementPosition = null): Promise<PersonPage | null> {
  const person = await getPerson(db, slug, position);
  return person === null ? null : { person, map: await listMapPlaces(db, { ...NO_TIMELINE_FILTERS, person: slug }, person.engagementIds) };
}
