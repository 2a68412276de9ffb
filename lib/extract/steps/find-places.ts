import { COUNTRIES, PLACES, placeByName, countryByName } from "@/lib/gazetteer/places";
import { worldCitiesNamed, type WorldCity } from "@/lib/gazetteer/world-cities";
import { compilePhrases, sentenceIndexAt, withoutOverlaps } from "@/lib/extract/text";
import type { Occasion, PlaceMention, Sentence, Span, Step } from "@/lib/extract/types";

/**
 * Step 4: places (gazetteer venues, cities and countries, then any GeoNames city),
 * datelines ("WASHINGTON —"), and occasions ("on the sidelines of the G20 summit"). A place
 * counts as where something happened only after a locative word; "Beijing said" names a
 * government, not a place.
 *
 * A GeoNames city is only read where a place is expected (after "in", "visited", "talks in",
 * as a dateline, or followed by its own country: "Nairobi, Kenya"), written capitalised, and
 * large (WORLD_CITY_MIN_POPULATION) or a capital or confirmed by its country: many small
 * towns are also common words ("Most", "Police", "Reading").
 */

const PLACE_NAME = compilePhrases([...PLACES.flatMap((place) => [place.name, ...place.aliases]), ...COUNTRIES.flatMap((country) => [country.name, ...country.aliases])], "g");
/** "to" places something only after a word of going there ("travelled to", "fly on to", "her trip to", "his second to"): "exports to China" and "the flow of drugs to the U.S." name a market, not a venue */
const GOING_TO = "(?:travel(?:s|led|ed|ing)?|trips?|journey|visits?|went|go(?:es|ing)?|came|com(?:es|ing)|fl(?:ew|y|ies|ying)|head(?:s|ed|ing)?|return(?:s|ed|ing)?|welcome|first|second|third|latest|next)\\s+(?:on\\s+|back\\s+)?to";
const LOCATIVE_BEFORE = new RegExp(`\\b(?:(?:in|at|to|near) the (?:[\\w-]+\\s+){0,2}(?:city|town|port|capital|resort|province|island|region)(?: of|,)?|in|at|near|outside(?: of)?|inside|visited|visiting|visit|visits|arrived in|landed in|toured|hosted|${GOING_TO})\\s+(?:the\\s+)?$`, "i");
/** "the Beijing trip", "a Geneva meeting": a place naming where the engagement is */
const LOCATIVE_AFTER = /^\s+(?:trip|visit|summit|talks|meeting)\b/;
const DATELINE = /^([A-Z][A-Z.' -]+?)(?:,\s*[A-Za-z. ]+)?\s+[—–-]{1,2}\s/;
const OCCASION = /\b(?:on|at) the (?:sidelines|margins) of (?:the\s+|a\s+)?(?:[\w.&'’-]+\s+){0,6}?(?:[Ss]ummit|[Gg]athering|[Cc]onference|[Mm]eetings?|[Ff]orum|[Dd]ialogue|[Aa]ssembly|[Ss]ession|[Gg]ames)\b|\bat the (?:[A-Z][\w.&'’-]*\s+){1,5}(?:[Ss]ummit|[Cc]onference|[Ff]orum|Dialogue|[Aa]ssembly)\b/g;

const WORLD_CITY_MIN_POPULATION = 100_000;
/** a capitalised name of up to four words ("Addis Ababa", "Rio de Janeiro"): bounded, so a run of capitals costs linear time */
const CAPITALISED_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:[ ](?:(?:de|da|do|del|la|el|al|es|di)[ ])?\p{Lu}[\p{L}'’-]*){0,3}/gu;
/** ", Kenya": the country just after a city's name */
const COUNTRY_AFTER = /^,\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;

/** The GeoNames city meant by a name, where the context allows one (see the step's comment). */
function worldCityAt(text: string, written: string, end: number, locative: boolean, dateline: boolean): WorldCity | null {
  if (!locative && !dateline && !COUNTRY_AFTER.test(text.slice(end, end + 40))) return null;
  const candidates = worldCitiesNamed(written);
  if (candidates.length === 0) return null;
  const countryWritten = COUNTRY_AFTER.exec(text.slice(end, end + 40))?.[1];
  const confirmedCountry = countryWritten ? (countryByName(countryWritten)?.name ?? countryWritten) : null;
  const confirmed = confirmedCountry ? candidates.find((city) => city.country === confirmedCountry) : undefined;
  if (confirmed) return confirmed;
  if (!locative && !dateline) return null;
  const likely = candidates[0];
  return likely && (likely.capital || likely.population >= WORLD_CITY_MIN_POPULATION) ? likely : null;
}

/** "China talks", "U.S. summit": one side's name before a meeting word names the party met, not where ("China trip" still goes there) */
const SIDE_COUNTRY = /^(?:China|U\.S\.|US|United States|America)$/;
const PARTY_AFTER = /^\s+(?:trade\s+)?(?:summit|talks|meeting)\b/;

function isLocative(text: string, sentenceStart: number, start: number, end: number): boolean {
  const after = text.slice(end, end + 12);
  if (SIDE_COUNTRY.test(text.slice(start, end)) && PARTY_AFTER.test(after)) return LOCATIVE_BEFORE.test(text.slice(Math.max(sentenceStart, start - 30), start));
  return LOCATIVE_BEFORE.test(text.slice(Math.max(sentenceStart, start - 30), start)) || LOCATIVE_AFTER.test(after);
}

/** Cities the gazetteer lacks: each capitalised name, its longest leading words that name a city. */
function worldCityPlaces(text: string, sentences: Sentence[]): PlaceMention[] {
  const found: PlaceMention[] = [];
  CAPITALISED_NAME.lastIndex = 0;
  for (let match = CAPITALISED_NAME.exec(text); match; match = CAPITALISED_NAME.exec(text)) {
    const start = match.index;
    const sentenceIndex = sentenceIndexAt(sentences, start);
    const sentence = sentences[sentenceIndex];
    // the name's first word may open the sentence ("Nairobi hosted …"), but a sentence-initial word is not read without a locative before it
    if (!sentence || !isLocative(text, sentence.start, start, start)) continue;
    const words = match[0].split(" ");
    for (let count = words.length; count > 0; count -= 1) {
      const written = words.slice(0, count).join(" ");
      const end = start + written.length;
      if (placeByName(written) || countryByName(written)) break;
      const city = worldCityAt(text, written, end, true, false);
      if (!city) continue;
      found.push({ start, end, text: written, name: city.name, country: city.country, specificity: 2, locative: true, dateline: false, sentence: sentenceIndex });
      break;
    }
  }
  return found;
}

function mentionOf(text: string, sentences: Sentence[], start: number, end: number, dateline: boolean): PlaceMention | null {
  const written = text.slice(start, end);
  // "U.S.-China relationship": an adjective, not a place
  if (/^[-–]\p{L}/u.test(text.slice(end, end + 2))) return null;
  const place = placeByName(written);
  const country = place ? null : countryByName(written);
  const sentenceIndex = sentenceIndexAt(sentences, start);
  const sentenceStart = sentences[sentenceIndex]?.start ?? 0;
  // a named venue ("Gimhae International Airport") is only ever where something happens
  const locative = dateline || Boolean(place?.city) || isLocative(text, sentenceStart, start, end);
  const city = place || country || !dateline ? null : worldCityAt(text, written, end, locative, dateline);
  if (!place && !country && !city) return null;
  return {
    start, end, text: written,
    name: place?.name ?? country?.name ?? city?.name ?? written,
    country: place?.country ?? country?.name ?? city?.country ?? null,
    specificity: place ? (place.city ? 3 : 2) : city ? 2 : 1,
    locative,
    dateline,
    sentence: sentenceIndex,
  };
}

function datelinePlaces(text: string, sentences: Sentence[]): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const sentence of sentences) {
    const previous = sentences[sentence.index - 1];
    if (previous && previous.paragraph === sentence.paragraph) continue;
    const match = DATELINE.exec(sentence.text);
    const city = match?.[1];
    if (!city) continue;
    const titleCase = city.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
    const mention = mentionOf(titleCase, sentences, 0, titleCase.length, true);
    if (mention) found.push({ ...mention, start: sentence.start, end: sentence.start + city.length, text: city, sentence: sentence.index });
  }
  return found;
}

export function findPlaces(text: string, sentences: Sentence[]): PlaceMention[] {
  const found = datelinePlaces(text, sentences);
  PLACE_NAME.lastIndex = 0;
  for (let match = PLACE_NAME.exec(text); match; match = PLACE_NAME.exec(text)) {
    const mention = mentionOf(text, sentences, match.index, match.index + match[0].length, false);
    if (mention) found.push(mention);
  }
  // the curated gazetteer first: its venues and spellings win over a GeoNames city at the same words
  return withoutOverlaps([...found, ...worldCityPlaces(text, sentences)]);
}

/**
 * "the closed-door meeting at the Gimhae Air Base", "the talks, held at Sweden's Rosenbad
 * government offices": a named venue right after the engagement's own word. The name is
 * capitalised and ends in a kind of building ("Air Base", "Palace") or is followed by one
 * written in lower case ("government offices"). Its city is not read here: a venue sits in
 * the city the engagement is placed in.
 */
const VENUE_KIND = ["Air Base", "Airbase", "Airport", "Hotel", "Palace", "Guesthouse", "Guest House", "Hall", "House", "Building", "Center", "Centre", "Estate", "Villa", "Resort", "Lodge", "Manor", "Castle", "Base", "Mansion"];
const VENUE_KIND_AFTER = ["government offices", "offices", "hotel", "estate", "guesthouse", "residence", "palace", "compound", "villa", "resort", "mansion"];
const VENUE_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const VENUE = new RegExp(
  `\\b(?:held\\s+)?at\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*['’]s\\s+)?((?:${VENUE_WORD}\\s+){0,3}?(?:${VENUE_KIND.join("|")})(?![\\p{L}])|(?:${VENUE_WORD}\\s+){0,2}?${VENUE_WORD}(?=\\s+(?:${VENUE_KIND_AFTER.join("|")})\\b))`,
  "gu",
);
/** how close before "at" the engagement's word must end ("meeting at", "talks, held at") */
const VENUE_REACH = 12;

export interface Venue extends Span {
  sentence: number;
}

/** Venues named right after an engagement word: `words` are the spans of those words (triggers, references). */
export function findVenues(text: string, sentences: Sentence[], words: readonly Span[]): Venue[] {
  const found: Venue[] = [];
  for (const word of words) {
    const window = text.slice(word.end, Math.min(text.length, word.end + VENUE_REACH + 80));
    VENUE.lastIndex = 0;
    const match = VENUE.exec(window);
    const name = match?.[1];
    if (!match || !name || match.index > VENUE_REACH) continue;
    const start = word.end + match.index + match[0].length - name.length;
    found.push({ start, end: start + name.length, text: name, sentence: sentenceIndexAt(sentences, start) });
  }
  return found;
}

export function findOccasions(text: string, sentences: Sentence[]): Occasion[] {
  const found: Occasion[] = [];
  OCCASION.lastIndex = 0;
  for (let match = OCCASION.exec(text); match; match = OCCASION.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], sentence: sentenceIndexAt(sentences, match.index) });
  }
  return found;
}

/** "on the sidelines of the Shangri-La Dialogue": a venue named by its occasion is where it happened. */
function withOccasionVenues(places: PlaceMention[], occasions: Occasion[]): PlaceMention[] {
  return places.map((place) => (occasions.some((occasion) => occasion.start <= place.start && place.end <= occasion.end) ? { ...place, locative: true } : place));
}

export const findPlacesStep: Step = (state) => {
  const occasions = findOccasions(state.text, state.sentences);
  return { ...state, places: withOccasionVenues(findPlaces(state.text, state.sentences), occasions), occasions };
};
