import type { Db } from "@/lib/db/client";
import { ENGAGEMENT_KINDS, OUTCOME_SIDES, OUTCOME_STATUSES, SIDES, type Side } from "@/lib/taxonomy/enums";
import { VISIBLE, VISIBLE_FACT } from "./visibility";

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
  /** suggestions for the person field: people who took part in something, by name, at most SUGGESTION_LIMIT */
  people: PersonOption[];
  kinds: Option[];
  outcomeStatuses: Option[];
  sides: Option[];
  /** suggestions for the place field: places by name, at most SUGGESTION_LIMIT */
  places: Option[];
}

/**
 * People and places are data (thousands of them at scale): the form suggests the first ones
 * by name in a datalist and accepts any other typed value, so the page stays small.
 */
export const SUGGESTION_LIMIT = 20;

function optionsOf(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** The choices of the timeline filter form: the taxonomy, the fixed vocabularies and bounded suggestions. */
export async function listFilterOptions(db: Db): Promise<FilterOptions> {
  const [topics, people, places] = await Promise.all([
    db.topic.findMany({
      where: { parentId: null },
      orderBy: { name: "asc" },
      select: { slug: true, name: true, children: { orderBy: { name: "asc" }, select: { slug: true, name: true } } },
    }),
    // By name, stopping at the limit: an index walk, where ranking by frequency would aggregate every row.
    db.person.findMany({ where: { participations: { some: VISIBLE_FACT } }, orderBy: { name: "asc" }, take: SUGGESTION_LIMIT, select: { slug: true, name: true, side: true } }),
    // GROUP BY in SQL along the place index, stopping at the limit (Prisma's `distinct` would read every row).
    db.engagement.groupBy({ by: ["placeName", "placeCountry"], where: { ...VISIBLE, placeName: { not: null } }, orderBy: [{ placeName: "asc" }, { placeCountry: "asc" }], take: SUGGESTION_LIMIT }),
  ]);
  return {
    topics: topics.map((topic) => ({
      value: topic.slug,
      label: topic.name,
      children: topic.children.map((child) => ({ value: child.slug, label: child.name })),
    })),
    people: people.map((person) => ({ value: person.slug, label: `${person.name} (${SIDES[person.side as Side] ?? person.side})`, side: person.side as Side })),
    kinds: optionsOf(ENGAGEMENT_KINDS),
    outcomeStatuses: optionsOf(OUTCOME_STATUSES),
    sides: optionsOf(OUTCOME_SIDES),
    places: places
      .map(({ placeName, placeCountry }) => ({
        value: placeName!,
        label: placeCountry && placeCountry !== placeName ? `${placeName}, ${placeCountry}` : placeName!,
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}
