import { namesItsPeople } from "@/lib/extract/by-sentence";
import { addDays } from "@/lib/extract/calendar";
import { titleFor } from "@/lib/extract/steps/classify-engagements";
import { standsForSide } from "@/lib/extract/steps/find-cues";
import { findVenues, type Venue } from "@/lib/extract/steps/find-places";
import { topicWordsIn } from "@/lib/extract/steps/find-topics";
import { daysOf } from "@/lib/extract/steps/join-sessions";
import { placeByName } from "@/lib/gazetteer/places";
import type { DraftEngagement, ExtractionState, PlaceMention, Span, Step } from "@/lib/extract/types";

/**
 * Step 5e: where the article's main engagement happened, when its own sentences say it
 * only to the country ("as officials gather in Indonesia") or not at all ("On Saturday
 * morning, Bessent met He Lifeng"), while the article places its news in one city (the
 * headline "… talks in Geneva", "the Jakarta meetings", "in New York City on the margins
 * of …" beyond the reach of the trigger). The city counts only when it is the one city the
 * article places anything in, outside the sentences and places of its other engagements.
 * A call happens on the line: never placed.
 *
 * Placed in a city, it takes the venue named right after its own words ("the meeting at
 * the Gimhae Air Base"), written "Gimhae Air Base, Busan", when the curated gazetteer does
 * not know the venue already and the article names no other.
 */

/** Cities and venues; a country is not specific enough to settle anything. */
const CITY_SPECIFICITY = 2;

function isCity(place: PlaceMention): boolean {
  return place.specificity >= CITY_SPECIFICITY;
}

/**
 * "talks in Alaska … the meeting in Anchorage": a state beside a city of its country named in the text names the same place,
 * less closely. A dateline city ("WASHINGTON -") is where the report was filed, so it does not outrank the state.
 */
function widerThanAnother(place: PlaceMention, places: readonly PlaceMention[]): boolean {
  return Boolean(placeByName(place.name)?.region) && places.some((other) => other.country === place.country && !other.dateline && !placeByName(other.name)?.region);
}

/** The same day or month, when both are known: two dates of different precision agree on what they share. */
function datesAgree(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) === b.slice(0, length);
}

/**
 * Sentences about another occasion: another engagement's, one with a third party ("the
 * U.S.-India 2+2"), or one dated to another day ("FILE PHOTO: … in Washington, April 11").
 */
function otherOccasions(state: ExtractionState, main: DraftEngagement): Set<number> {
  const others = state.engagements.filter((engagement) => engagement !== main);
  const own = new Set(main.triggerSentences);
  return new Set([
    ...others.flatMap((engagement) => engagement.triggerSentences.filter((index) => !own.has(index))),
    ...state.cues.filter((cue) => cue.kind === "third-party" && !own.has(cue.sentence) && !toldOnOwnDay(state, main, cue.sentence)).map((cue) => cue.sentence),
    ...datedElsewhere(state, main),
  ]);
}

/** The days the engagement's date and its own sentences say it lasted ("met over two days"), each as "YYYY-MM-DD"; its date alone when it is no day. */
function ownDays(state: ExtractionState, engagement: DraftEngagement, value: string): string[] {
  if (engagement.date?.precision !== "day") return [value];
  return Array.from({ length: daysOf(state.text, state.sentences, engagement) }, (_, index) => addDays(value, index));
}

/**
 * A sentence telling a meeting of the engagement's people on one of its own days tells the engagement, whatever third party
 * it names besides: "Blinken will meet Chinese officials on May 4 in Honolulu, after a trip to allies in Asia" (the
 * engagement dated May 4). Others meeting that day ("Also on Monday, the Japanese and Korean leaders met in Seoul") do not.
 */
function toldOnOwnDay(state: ExtractionState, engagement: DraftEngagement, sentence: number): boolean {
  const value = engagement.date?.value;
  if (!value || engagement.date?.precision !== "day") return false;
  const days = ownDays(state, engagement, value);
  const dated = state.dates.some((date) => date.sentence === sentence && date.role === "event" && date.precision === "day" && date.value !== null && days.includes(date.value));
  return dated && namesItsPeople(state.people, engagement, sentence) && state.cues.some((cue) => cue.sentence === sentence && cue.kind === "trigger");
}

/**
 * Sentences every event date of which disagrees with the engagement's own: "shake hands in
 * 2019 before a meeting in Osaka" is another time, even when it names the same two leaders.
 * A later day of the engagement's own span agrees ("met over two days … the talks closed on
 * Friday in Anchorage").
 */
function datedElsewhere(state: ExtractionState, engagement: DraftEngagement): number[] {
  const value = engagement.date?.value;
  if (!value) return [];
  const days = ownDays(state, engagement, value);
  const elsewhere = new Map<number, boolean>();
  for (const date of state.dates) {
    const dateValue = date.value;
    if (dateValue && date.role === "event") elsewhere.set(date.sentence, (elsewhere.get(date.sentence) ?? true) && !days.some((day) => datesAgree(dateValue, day)));
  }
  return [...elsewhere].filter(([, other]) => other).map(([sentence]) => sentence);
}

/** "the war in Gaza": a place written as a subject of the talks is not where they were held */
function asTopic(state: ExtractionState): (place: PlaceMention) => boolean {
  let words: Span[] | null = null;
  return (place) => (words ??= topicWordsIn(state.text)).some((word) => word.start <= place.start && place.end <= word.end);
}

/** The article's own city: the one city named as where something is, apart from what other occasions claim and the subjects discussed. */
function articleCity(state: ExtractionState, main: DraftEngagement): PlaceMention | null {
  const others = state.engagements.filter((engagement) => engagement !== main);
  const claimedSentences = otherOccasions(state, main);
  const claimedNames = new Set(others.flatMap((engagement) => (engagement.place ? [engagement.place.name] : [])));
  const isTopic = asTopic(state);
  const candidates = state.places.filter((place) => isCity(place) && (place.locative || place.dateline) && !claimedSentences.has(place.sentence) && !claimedNames.has(place.name) && !isTopic(place) && !standsForSide(place, state.cues));
  const closest = candidates.filter((place) => !widerThanAnother(place, candidates));
  const names = new Set(closest.map((place) => place.name));
  if (names.size !== 1) return null;
  // the mention nearest the engagement's own sentences is its evidence
  const first = Math.min(...main.triggerSentences);
  return [...closest].sort((a, b) => Math.abs(a.sentence - first) - Math.abs(b.sentence - first))[0] ?? null;
}

/** "the 2017 meeting", "their 2019 summit": a meeting word after a year names an occasion of that year */
const YEAR_BEFORE = /\b((?:19|20)\d\d)\s+$/;
const YEAR_REACH = 6;

/** the engagement's year is its date's, else the report's; with neither, no year is another */
function ofAnotherYear(text: string, word: Span, engagement: DraftEngagement, published: string | null): boolean {
  const year = YEAR_BEFORE.exec(text.slice(Math.max(0, word.start - YEAR_REACH), word.start))?.[1];
  const own = engagement.date?.value ?? published;
  return year !== undefined && own !== null && !own.startsWith(year);
}

/** The venue within a city where the engagement was held, as "Venue, City"; not one named after another year's meeting ("the 2017 meeting at the Florida estate"). */
function venueIn(state: ExtractionState, main: DraftEngagement, city: PlaceMention): PlaceMention | null {
  // the gazetteer's venues ("Filoli", "Diaoyutai State Guesthouse") already are places of their own
  if (city.specificity > CITY_SPECIFICITY) return null;
  const tied = new Set(main.tiedSentences);
  const claimed = otherOccasions(state, main);
  const words = state.cues.filter((cue) => (cue.kind === "trigger" || cue.kind === "reference") && tied.has(cue.sentence) && !claimed.has(cue.sentence) && !ofAnotherYear(state.text, cue, main, state.published));
  // a venue whose own sentence names another city ("at Gimhae airport, Busan") is in that city, not this one
  const elsewhere = (venue: Venue) => state.places.some((place) => place.sentence === venue.sentence && isCity(place) && place.name !== city.name);
  const venues = findVenues(state.text, state.sentences, words).filter((venue) => !state.places.some((place) => place.start < venue.end && venue.start < place.end) && !elsewhere(venue));
  const names = new Set(venues.map((venue) => venue.text));
  const [venue] = venues;
  if (names.size !== 1 || !venue) return null;
  return { ...venue, name: `${venue.text}, ${city.name}`, country: city.country, specificity: CITY_SPECIFICITY + 1, locative: true, dateline: false };
}

/** "talks this week in Indonesia … the gathering in Bali": the one city the article places anything in within the country named */
function cityInCountry(state: ExtractionState, main: DraftEngagement, country: PlaceMention): PlaceMention | null {
  const claimedSentences = otherOccasions(state, main);
  const isTopic = asTopic(state);
  const candidates = state.places.filter((place) => isCity(place) && place.locative && place.country === country.country && place.name !== country.name && !claimedSentences.has(place.sentence) && !isTopic(place));
  if (new Set(candidates.map((place) => place.name)).size !== 1) return null;
  return [...candidates].sort((a, b) => Math.abs(a.sentence - country.sentence) - Math.abs(b.sentence - country.sentence))[0] ?? null;
}

function settled(state: ExtractionState, engagement: DraftEngagement): PlaceMention | null {
  const written = engagement.place;
  // a place read from a sentence about another time is no evidence: the article's own city may say where it was
  const current = written && datedElsewhere(state, engagement).includes(written.sentence) ? null : written;
  const city = current && isCity(current) ? current : ((current && cityInCountry(state, engagement, current)) ?? articleCity(state, engagement));
  // a country the engagement named stays unless the city lies in it
  if (!city || (current && city.country !== current.country)) return written;
  return venueIn(state, engagement, city) ?? city;
}

/**
 * The main engagement, or, in an article with none, its only one: "… (the forum's opening) … While
 * attending, the minister will hold talks with Raimondo" is an aside, but one at the story's own venue.
 */
function placedByTheStory(engagements: readonly DraftEngagement[]): DraftEngagement | undefined {
  return engagements.find((engagement) => engagement.role === "main") ?? (engagements.length === 1 ? engagements[0] : undefined);
}

export function settlePlaces(state: ExtractionState): DraftEngagement[] {
  const settling = placedByTheStory(state.engagements);
  return state.engagements.map((engagement) => {
    if (engagement !== settling || engagement.mode === "call") return engagement;
    const place = settled(state, engagement);
    if (place === engagement.place) return engagement;
    const placed = { ...engagement, place };
    return { ...placed, title: titleFor(placed, placed.kind) };
  });
}

export const settlePlacesStep: Step = (state) => ({ ...state, engagements: settlePlaces(state) });
