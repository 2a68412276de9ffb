import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import { escapeRegExp } from "@/lib/extract/text";
/**
 * Places engagements happen at: cities and named venues, with country and coordinates.
 * Venues name the city they belong to so a venue mention resolves to both.
 */
export interface KnownPlace {
  name: string;
  aliases: string[];
  country: string;
  latitude: number;
  longitude: number;
  /** for venues: the city they are in */
  city?: string;
  /** a state or province ("Alaska"): it holds cities, so it places no closer than a country does */
  region?: boolean;
}

export const PLACES: readonly KnownPlace[] = [
  { name: "Anchorage", aliases: ["Anchorage, Alaska", "Captain Cook Hotel"], country: "United States", latitude: 61.2181, longitude: -149.9003 },
  { name: "Washington", aliases: ["Washington, D.C.", "Washington D.C.", "the White House"], country: "United States", latitude: 38.9072, longitude: -77.0369 },
  { name: "San Francisco", aliases: ["San Francisco Bay Area"], country: "United States", latitude: 37.7749, longitude: -122.4194 },
  { name: "Filoli estate, Woodside", aliases: ["Filoli", "Filoli Historic House & Garden", "Filoli Estate", "Woodside"], country: "United States", latitude: 37.4702, longitude: -122.3106, city: "Woodside, California" },
  { name: "Beijing", aliases: ["Great Hall of the People", "Diaoyutai State Guesthouse", "Diaoyutai", "Zhongnanhai"], country: "China", latitude: 39.9042, longitude: 116.4074 },
  { name: "Shanghai", aliases: [], country: "China", latitude: 31.2304, longitude: 121.4737 },
  { name: "Guangzhou", aliases: [], country: "China", latitude: 23.1291, longitude: 113.2644 },
  { name: "Tianjin", aliases: [], country: "China", latitude: 39.3434, longitude: 117.3616 },
  { name: "Bali", aliases: ["Nusa Dua"], country: "Indonesia", latitude: -8.7917, longitude: 115.2279 },
  { name: "Jakarta", aliases: [], country: "Indonesia", latitude: -6.2088, longitude: 106.8456 },
  { name: "Tokyo", aliases: [], country: "Japan", latitude: 35.6762, longitude: 139.6503 },
  { name: "Seoul", aliases: [], country: "South Korea", latitude: 37.5665, longitude: 126.978 },
  { name: "Busan", aliases: [], country: "South Korea", latitude: 35.1796, longitude: 129.0756 },
  { name: "Gimhae International Airport, Busan", aliases: ["Gimhae International Airport", "Gimhae Air Base", "Gimhae airport"], country: "South Korea", latitude: 35.1795, longitude: 128.9382, city: "Busan" },
  { name: "Gyeongju", aliases: [], country: "South Korea", latitude: 35.8562, longitude: 129.2247 },
  { name: "Singapore", aliases: ["Shangri-La Dialogue", "Shangri-La Hotel"], country: "Singapore", latitude: 1.3521, longitude: 103.8198 },
  { name: "Kuala Lumpur", aliases: [], country: "Malaysia", latitude: 3.139, longitude: 101.6869 },
  { name: "Vientiane", aliases: [], country: "Laos", latitude: 17.9757, longitude: 102.6331 },
  { name: "Bangkok", aliases: [], country: "Thailand", latitude: 13.7563, longitude: 100.5018 },
  { name: "Phnom Penh", aliases: [], country: "Cambodia", latitude: 11.5564, longitude: 104.9282 },
  { name: "Lima", aliases: [], country: "Peru", latitude: -12.0464, longitude: -77.0428 },
  { name: "Rio de Janeiro", aliases: [], country: "Brazil", latitude: -22.9068, longitude: -43.1729 },
  { name: "New Delhi", aliases: [], country: "India", latitude: 28.6139, longitude: 77.209 },
  { name: "Geneva", aliases: [], country: "Switzerland", latitude: 46.2044, longitude: 6.1432 },
  { name: "Zurich", aliases: [], country: "Switzerland", latitude: 47.3769, longitude: 8.5417 },
  { name: "London", aliases: ["Lancaster House"], country: "United Kingdom", latitude: 51.5072, longitude: -0.1276 },
  { name: "Stockholm", aliases: [], country: "Sweden", latitude: 59.3293, longitude: 18.0686 },
  { name: "Madrid", aliases: [], country: "Spain", latitude: 40.4168, longitude: -3.7038 },
  { name: "Munich", aliases: [], country: "Germany", latitude: 48.1351, longitude: 11.582 },
  { name: "Vienna", aliases: [], country: "Austria", latitude: 48.2082, longitude: 16.3738 },
  { name: "Malta", aliases: ["Valletta"], country: "Malta", latitude: 35.8989, longitude: 14.5146 },
  { name: "New York", aliases: ["New York City", "United Nations headquarters"], country: "United States", latitude: 40.7128, longitude: -74.006 },
  { name: "Honolulu", aliases: ["Hawaii"], country: "United States", latitude: 21.3099, longitude: -157.8581 },
  { name: "Palm Beach", aliases: ["Mar-a-Lago"], country: "United States", latitude: 26.7056, longitude: -80.0364 },
  { name: "Rancho Mirage", aliases: ["Sunnylands"], country: "United States", latitude: 33.7397, longitude: -116.4125 },
  { name: "Hiroshima", aliases: [], country: "Japan", latitude: 34.3853, longitude: 132.4553 },
  { name: "Osaka", aliases: [], country: "Japan", latitude: 34.6937, longitude: 135.5023 },
  { name: "Hangzhou", aliases: [], country: "China", latitude: 30.2741, longitude: 120.1551 },
  { name: "Paris", aliases: [], country: "France", latitude: 48.8566, longitude: 2.3522 },
  { name: "Rome", aliases: [], country: "Italy", latitude: 41.9028, longitude: 12.4964 },
  { name: "Camp David", aliases: [], country: "United States", latitude: 39.6483, longitude: -77.465, city: "Thurmont, Maryland" },
  { name: "Shenzhen", aliases: [], country: "China", latitude: 22.5431, longitude: 114.0579 },
  { name: "Chengdu", aliases: [], country: "China", latitude: 30.5728, longitude: 104.0668 },
  { name: "Xi'an", aliases: ["Xian"], country: "China", latitude: 34.3416, longitude: 108.9398 },
  { name: "Hanoi", aliases: [], country: "Vietnam", latitude: 21.0278, longitude: 105.8342 },
  { name: "Manila", aliases: [], country: "Philippines", latitude: 14.5995, longitude: 120.9842 },
  { name: "Canberra", aliases: [], country: "Australia", latitude: -35.2809, longitude: 149.13 },
  { name: "Brussels", aliases: [], country: "Belgium", latitude: 50.8503, longitude: 4.3517 },
  { name: "Davos", aliases: [], country: "Switzerland", latitude: 46.8027, longitude: 9.836 },
  { name: "Riyadh", aliases: [], country: "Saudi Arabia", latitude: 24.7136, longitude: 46.6753 },
  { name: "California", aliases: [], country: "United States", latitude: 36.7783, longitude: -119.4179, region: true },
  { name: "Alaska", aliases: [], country: "United States", latitude: 64.2008, longitude: -149.4937, region: true },
  { name: "Taipei", aliases: [], country: "Taiwan", latitude: 25.033, longitude: 121.5654 },
  { name: "Kaohsiung", aliases: [], country: "Taiwan", latitude: 22.6273, longitude: 120.3014 },
  { name: "Sharm el-Sheikh", aliases: ["Sharm El Sheikh"], country: "Egypt", latitude: 27.9158, longitude: 34.33 },
  { name: "Dubai", aliases: [], country: "United Arab Emirates", latitude: 25.2048, longitude: 55.2708 },
  { name: "Baku", aliases: [], country: "Azerbaijan", latitude: 40.4093, longitude: 49.8671 },
  { name: "Siem Reap", aliases: [], country: "Cambodia", latitude: 13.3671, longitude: 103.8448 },
  { name: "Johannesburg", aliases: [], country: "South Africa", latitude: -26.2041, longitude: 28.0473 },
  { name: "Astana", aliases: [], country: "Kazakhstan", latitude: 51.1694, longitude: 71.4491 },
  { name: "Doha", aliases: [], country: "Qatar", latitude: 25.2854, longitude: 51.531 },
  { name: "Pearl Harbor", aliases: [], country: "United States", latitude: 21.3649, longitude: -157.9507, city: "Honolulu" },
];

/** Two names of one place: the same name, or two names of one gazetteer entry ("Filoli estate, Woodside" and "Woodside"). */
export function namesOfOnePlace(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const known = placeByName(a);
  return known !== undefined && known === placeByName(b);
}

export function placeByName(name: string): KnownPlace | undefined {
  const wanted = name.toLowerCase();
  return PLACES.find((place) => place.name.toLowerCase() === wanted || place.aliases.some((alias) => alias.toLowerCase() === wanted)) ?? venueInCity(name);
}

/** "Gimhae Air Base, Busan": a venue written with its city, as a venue's place is named */
function venueInCity(name: string): KnownPlace | undefined {
  const comma = name.lastIndexOf(", ");
  if (comma < 0) return undefined;
  const venue = placeByName(name.slice(0, comma));
  return venue?.city?.toLowerCase() === name.slice(comma + 2).toLowerCase() ? venue : undefined;
}

/**
 * Countries, for engagements placed no closer than a country ("Blinken visited China").
 * `side` marks the two countries whose territory makes a trip a visit to the other side.
 */
export interface KnownCountry {
  name: string;
  aliases: string[];
  side?: "US" | "CN";
}

const CURATED_COUNTRIES: readonly KnownCountry[] = [
  { name: "China", aliases: ["mainland China", "the People's Republic of China"], side: "CN" },
  { name: "United States", aliases: ["the United States", "the U.S.", "U.S. soil", "America"], side: "US" },
  { name: "Japan", aliases: [] },
  { name: "South Korea", aliases: [] },
  { name: "Indonesia", aliases: [] },
  { name: "India", aliases: [] },
  { name: "Singapore", aliases: [] },
  { name: "Switzerland", aliases: [] },
  { name: "Malaysia", aliases: [] },
  { name: "Thailand", aliases: [] },
  { name: "Laos", aliases: ["Lao People's Democratic Republic"] },
  { name: "Cambodia", aliases: [] },
  { name: "Vietnam", aliases: [] },
  { name: "Philippines", aliases: ["the Philippines"] },
  { name: "Peru", aliases: [] },
  { name: "Brazil", aliases: [] },
  { name: "United Kingdom", aliases: ["Britain", "the U.K."] },
  { name: "Sweden", aliases: [] },
  { name: "Spain", aliases: [] },
  { name: "Germany", aliases: [] },
  { name: "France", aliases: [] },
  { name: "Italy", aliases: [] },
  { name: "Austria", aliases: [] },
  { name: "Australia", aliases: [] },
  { name: "Saudi Arabia", aliases: [] },
  { name: "Taiwan", aliases: [] },
  { name: "Egypt", aliases: [] },
  { name: "United Arab Emirates", aliases: ["the UAE", "the United Arab Emirates"] },
  { name: "South Africa", aliases: [] },
  { name: "Kazakhstan", aliases: [] },
  { name: "Qatar", aliases: [] },
  { name: "Azerbaijan", aliases: [] },
  { name: "Russia", aliases: [] },
];

/** ISO names that are far more often a US state, a person or a word than the country: never read as one. */
const AMBIGUOUS_COUNTRY_NAMES = new Set(["Georgia", "Jordan", "Chad", "Jersey", "Guernsey"]);

/** Every other country by its ISO 3166 English names (i18n-iso-countries): "in Norway" is a place as much as "in Spain". */
function isoCountries(): KnownCountry[] {
  countries.registerLocale(english);
  const written = new Set(CURATED_COUNTRIES.flatMap((country) => [country.name, ...country.aliases]));
  return Object.keys(countries.getAlpha2Codes()).flatMap((code) => {
    const names = countries.getName(code, "en", { select: "all" }) ?? [];
    if (names.some((name) => written.has(name))) return [];
    const plain = names.filter((name) => name.length > 3 && !name.includes(",") && !name.includes("(") && !AMBIGUOUS_COUNTRY_NAMES.has(name)).sort((a, b) => a.length - b.length);
    const [name, ...aliases] = plain;
    return name && !names.some((other) => AMBIGUOUS_COUNTRY_NAMES.has(other)) ? [{ name, aliases }] : [];
  });
}

export const COUNTRIES: readonly KnownCountry[] = [...CURATED_COUNTRIES, ...isoCountries()];

export function countryByName(name: string): KnownCountry | undefined {
  const wanted = name.toLowerCase();
  return COUNTRIES.find((country) => country.name.toLowerCase() === wanted || country.aliases.some((alias) => alias.toLowerCase() === wanted));
}

/** the names of every country but the two sides, as a regex alternation ("Japan|India|…") */
export const OTHER_COUNTRY_NAMES = COUNTRIES.filter((country) => !country.side).flatMap((country) => [country.name, ...country.aliases]).map(escapeRegExp).join("|");
