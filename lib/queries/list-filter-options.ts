import type { Db } from "@/lib/db/client";
import { ENGAGEMENT_KINDS, OUTCOME_SIDES, OUTCOME_STATUSES, SIDES, type Side } from "@/lib/taxonomy/enums";

export interface Option {
  value: string;
  label: string;
}

export interface TopicOption extends Option {
  /** child topics, listed under their parent */
  children: Option[];
}

export interface PersonOption extends Option {
  side: Side;
}

export interface FilterOptions {
  topics: TopicOption[];
  /** grouped by side for the select's optgroups */
  people: { side: Side; label: string; options: PersonOption[] }[];
  kinds: Option[];
  outcomeStatuses: Option[];
  sides: Option[];
  /** places where engagements happened, by name */
  places: Option[];
}

function optionsOf(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** The choices of the timeline filter form: topics and people that occur, plus the fixed vocabularies. */
export async function listFilterOptions(db: Db): Promise<FilterOptions> {
  const [topics, people, places] = await Promise.all([
    db.topic.findMany({
      where: { parentId: null },
      orderBy: { name: "asc" },
      select: { slug: true, name: true, children: { orderBy: { name: "asc" }, select: { slug: true, name: true } } },
    }),
    db.person.findMany({
      where: { participations: { some: {} } },
      orderBy: { name: "asc" },
      select: { slug: true, name: true, side: true },
    }),
    db.engagement.findMany({
      where: { placeName: { not: null } },
      distinct: ["placeName"],
      orderBy: { placeName: "asc" },
      select: { placeName: true, placeCountry: true },
    }),
  ]);
  return {
    topics: topics.map((topic) => ({
      value: topic.slug,
      label: topic.name,
      children: topic.children.map((child) => ({ value: child.slug, label: child.name })),
    })),
    people: (Object.keys(SIDES) as Side[])
      .map((side) => ({
        side,
        label: SIDES[side],
        options: people
          .filter((person) => person.side === side)
          .map((person) => ({ value: person.slug, label: person.name, side })),
      }))
      .filter((group) => group.options.length > 0),
    kinds: optionsOf(ENGAGEMENT_KINDS),
    outcomeStatuses: optionsOf(OUTCOME_STATUSES),
    sides: optionsOf(OUTCOME_SIDES),
    places: places.map(({ placeName, placeCountry }) => ({
      value: placeName!,
      label: placeCountry && placeCountry !== placeName ? `${placeName}, ${placeCountry}` : placeName!,
    })),
  };
}
