import { COUNTRIES, PLACES, placeByName, countryByName } from "@/lib/gazetteer/places";
import { compilePhrases, sentenceIndexAt, withoutOverlaps } from "@/lib/extract/text";
import type { Occasion, PlaceMention, Sentence, Step } from "@/lib/extract/types";

/**
 * Step 4: places (gazetteer venues, cities and countries), datelines ("WASHINGTON —"), and
 * occasions ("on the sidelines of the G20 summit"). A place counts as where something
 * happened only after a locative word; "Beijing said" names a government, not a place.
 */

const PLACE_NAME = compilePhrases([...PLACES.flatMap((place) => [place.name, ...place.aliases]), ...COUNTRIES.flatMap((country) => [country.name, ...country.aliases])], "g");
const LOCATIVE_BEFORE = /\b(?:(?:in|at|to|near) the (?:[\w-]+\s+){0,2}(?:city|town|port|capital|resort|province|island|region) of|in|at|to|near|outside(?: of)?|inside|visited|visiting|visit|visits|arrived in|landed in|toured|hosted|travel(?:led|ed)? to|trip to)\s+(?:the\s+)?$/i;
/** "the Beijing trip", "a Geneva meeting": a place naming where the engagement is */
const LOCATIVE_AFTER = /^\s+(?:trip|visit|summit|talks|meeting)\b/;
const DATELINE = /^([A-Z][A-Z.' -]+?)(?:,\s*[A-Za-z. ]+)?\s+[—–-]{1,2}\s/;
const OCCASION = /\b(?:on|at) the (?:sidelines|margins) of (?:the\s+|a\s+)?(?:[\w.&'’-]+\s+){0,6}?(?:[Ss]ummit|[Gg]athering|[Cc]onference|[Mm]eetings?|[Ff]orum|[Dd]ialogue|[Aa]ssembly|[Ss]ession|[Gg]ames)\b|\bat the (?:[A-Z][\w.&'’-]*\s+){1,5}(?:[Ss]ummit|[Cc]onference|[Ff]orum|Dialogue|[Aa]ssembly)\b/g;

function mentionOf(text: string, sentences: Sentence[], start: number, end: number, dateline: boolean): PlaceMention | null {
  const written = text.slice(start, end);
  // "U.S.-China relationship": an adjective, not a place
  if (/^[-–]\p{L}/u.test(text.slice(end, end + 2))) return null;
  const place = placeByName(written);
  const country = place ? null : countryByName(written);
  if (!place && !country) return null;
  const sentenceIndex = sentenceIndexAt(sentences, start);
  const sentenceStart = sentences[sentenceIndex]?.start ?? 0;
  return {
    start, end, text: written,
    name: place?.name ?? country?.name ?? written,
    country: place?.country ?? country?.name ?? null,
    specificity: place ? (place.city ? 3 : 2) : 1,
    locative: dateline || LOCATIVE_BEFORE.test(text.slice(Math.max(sentenceStart, start - 30), start)) || LOCATIVE_AFTER.test(text.slice(end, end + 12)),
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
  return withoutOverlaps(found);
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
