import { groupBySentence, itemsIn, unionOfSentences } from "@/lib/extract/by-sentence";
import { statusOf } from "@/lib/extract/engagement-status";
import { isHeadline, liveTriggers, subordinateSpans } from "@/lib/extract/steps/build-engagements";
import { DEFINITE_REFERENCE, namesParties } from "@/lib/extract/steps/find-cues";
import { compilePhrases, distanceTo, inside, overlaps } from "@/lib/extract/text";
import { SUBJECT_KINDS } from "@/lib/taxonomy/kind-cues";
import type { Cue, DateMention, DraftEngagement, ExtractionState, PersonMention, PlaceMention, Sentence, Step } from "@/lib/extract/types";

/**
 * After the ties (5c): engagements whose two sides are named without their people. "U.S.-China
 * trade talks set to take place in London", "Beijing and Washington concluded two days of talks
 * in Kuala Lumpur", "three rounds of negotiations between the world's two largest economies – in
 * Geneva, London and Stockholm": the article states a meeting of both sides, placed or dated,
 * and names nobody at it. A meeting word none of the engagements of named officials took, with
 * both sides in one phrase beside it (or, in an article about the two countries, its subject
 * right before it: "trade talks in London"), is one of these. They come after the ties so that
 * a passing mention never takes the sentences of the engagement the article reports.
 */

/** from the meeting word to the first place named after it ("talks … in Geneva") */
const PLACE_AFTER_REACH = 90;
/** a place named just before the meeting word ("in Geneva, the two sides' talks") */
const PLACE_BEFORE_REACH = 30;
/** from one place of a list to the next ("in Geneva, London and, earlier this month, in Stockholm") */
const LIST_STEP = 40;
const DATE_REACH = 80;
/** … and where its places stop: a dash may introduce them ("three rounds since May – in Geneva, London …") */
const PLACE_BREAK = /[;:]|,\s+(?:but|while|whereas)\s/;
/** between two places of a list: a comma or "and", with at most a few words besides ("London and, earlier this month, in Stockholm") */
const LIST_JOINER = /^\s*(?:,|,?\s+and,?)\s+(?:[\w'’-]+,?\s+){0,4}?(?:(?:in|at)\s+)?$/;
/**
 * "trade talks", "defense policy coordination talks", "maritime talks": talks named by their
 * subject, right before the meeting word. In an article about the two countries' engagements
 * they are theirs, unless another country takes part.
 */
const SUBJECT_BEFORE = /\b(?:trade|economic|military|maritime|defen[cs]e|counternarcotics)\s+(?:(?:and|policy|coordination|trade|economic|security|consultative)\s+){0,3}$/i;
/** how far before the meeting word its subject is looked for */
const SUBJECT_REACH = 60;
/** the countries of the two sides: naming them does not bring a third one to the table */
const HOME_COUNTRIES = new Set(["United States", "China"]);
/**
 * "This round follows a similar meeting in Sweden", "the talks follow negotiations in Geneva last month", "to consolidate the
 * outcomes of the Geneva economic and trade talks": in an article about the two sides' engagements, a meeting word told as an
 * earlier one, placed in a third country, in a sentence naming nobody, is another round of their talks. Without such words it
 * is as likely a gathering of others ("a regional meeting in Phnom Penh").
 */
const EARLIER_ROUND = /\b(?:follow(?:s|ed|ing)?|after|since|similar|previous|earlier|first|last|(?:outcomes?|results?)\s+of)\s+(?:[\w'’-]+\s+){0,5}$/i;
const EARLIER_ROUND_REACH = 60;
/** … and its sentence says what the talks were about ("a temporary halt on tariffs"): a round of nothing in particular is not told as theirs */
const SUBJECT_WORDS = compilePhrases(SUBJECT_KINDS.flatMap(({ words }) => words), "i");
/** a name written just before the meeting word, other than its city, makes it someone else's ("the APEC meeting in Lima") */
const NAMED_BEFORE = /\b(?!(?:A|An|The|This|That|Their|Its)\b)[A-Z][\w.-]*\s+$/;
const NAMED_BEFORE_REACH = 30;
/**
 * "They planned to hold a theater commander telephone call", "agreed to hold a video call between theater leaders": a contact of
 * the sides a pair names, planned in a sentence naming nobody, needs no place or day to be one. A channel said to resume ("agreed
 * to resume talks between theater commanders") is an outcome of the talks, not a contact of its own.
 */
const RESUMED = /\b(?:resum\w*|restor\w*|reopen\w*|re-open\w*)\s+(?:[\w-]+\s+){0,3}$/i;
const RESUMED_REACH = 50;

/** … named by what it is about ("theater", "trade"), with nobody named from its sides' phrase on (those agreeing on it stand before) */
function plannedChannel(text: string, sentence: Sentence, trigger: Cue, pair: Cue, people: readonly PersonMention[]): boolean {
  const from = Math.min(pair.start, trigger.start);
  const lead = text.slice(Math.max(sentence.start, trigger.start - RESUMED_REACH), trigger.start);
  return !RESUMED.test(lead) && SUBJECT_WORDS.test(`${pair.text} ${lead}`) && !people.some((person) => person.start >= from);
}
/** plural meeting words that may stand for several meetings, one per place listed */
const PLURAL_TRIGGER = /^(?:talks|negotiations|meetings|consultations|rounds|discussions)$/i;

/** "the Geneva talks", "the Geneva economic and trade talks": a city naming the meeting, however it is written */
const DEFINITE_BEFORE = /\b(?:the|their)\s+$/i;
const SUBJECT_WORDS_BETWEEN = /^\s+(?:[a-z-]+\s+){0,3}$/;

function attributive(text: string, place: PlaceMention, trigger: Cue): boolean {
  return place.end <= trigger.start && SUBJECT_WORDS_BETWEEN.test(text.slice(place.end, trigger.start)) && DEFINITE_BEFORE.test(text.slice(Math.max(0, place.start - 10), place.start));
}

/** The places the meeting word names: the first after it (or just before it), and any listed after that one. */
function placesOf(text: string, trigger: Cue, places: readonly PlaceMention[]): PlaceMention[] {
  const candidates = places.filter((place) => !place.dateline).sort((a, b) => a.start - b.start);
  const first = candidates.find((place) => place.locative && place.start >= trigger.end && place.start - trigger.end <= PLACE_AFTER_REACH && !PLACE_BREAK.test(text.slice(trigger.end, place.start)));
  if (!first) {
    const before = candidates.filter((place) => (place.locative || attributive(text, place, trigger)) && place.end <= trigger.start && trigger.start - place.end <= PLACE_BEFORE_REACH).pop();
    return before ? [before] : [];
  }
  const listed = [first];
  for (const place of candidates) {
    const last = listed[listed.length - 1] as PlaceMention;
    if (place.start <= last.end) continue;
    if (place.start - last.end > LIST_STEP || !LIST_JOINER.test(text.slice(last.end, place.start))) break;
    listed.push(place);
  }
  // a city and its country or state ("Geneva, Switzerland") name one place, the most specific
  return listed.filter((place, index) => !listed.some((other, at) => at !== index && other.country === place.country && other.specificity > place.specificity));
}

/** The day or month nearest the meeting word, within reach, unless another meeting word of the sentence is nearer to it ("spoke on May 6, a call that paved the way for trade talks"). */
function dateOf(dates: readonly DateMention[], trigger: Cue, triggers: readonly Cue[]): DateMention | null {
  const others = triggers.filter((other) => other !== trigger);
  const reached = dates.filter((date) => date.role === "event" && date.value !== null && date.precision !== "year" && distanceTo(date, [trigger]) <= DATE_REACH && distanceTo(date, [trigger]) <= distanceTo(date, others));
  return reached.sort((a, b) => distanceTo(a, [trigger]) - distanceTo(b, [trigger]))[0] ?? null;
}

/** An engagement already read that may be the same meeting: placed in the same city, or dated to the same day (or month, both month-precise). */
function claims(engagement: DraftEngagement, place: PlaceMention | null, date: DateMention | null): boolean {
  if (place && engagement.place) return engagement.place.name.toLowerCase() === place.name.toLowerCase();
  return date?.value != null && date.value === engagement.date?.value;
}

/** A country other than the two named in the sentence ("trade talks with South Korea"), apart from the one a city of it is in (or, `placedThere`, one named as where something happened). */
function otherCountry(places: readonly PlaceMention[], placedThere = false): boolean {
  const cities = new Set(places.filter((place) => place.specificity > 1).map((place) => place.country));
  return places.some((place) => place.specificity === 1 && !HOME_COUNTRIES.has(place.name) && !cities.has(place.country) && !(placedThere && place.locative));
}

function inThirdCountry(place: PlaceMention): boolean {
  return place.country !== null && !HOME_COUNTRIES.has(place.country);
}

/**
 * Another round, placed in one city or country of a third country (a list of rounds is left to the readings that see its sides
 * named: "three rounds between the two economies – in Geneva, London and Stockholm"). It is free even when an engagement placed
 * in another country took its word ("The Stockholm meeting — following similar talks in Geneva").
 */
function anotherRound(text: string, trigger: Cue, placed: readonly PlaceMention[], takenBy: DraftEngagement | undefined): boolean {
  const [place] = placed;
  if (!place || placed.length > 1 || !inThirdCountry(place) || !EARLIER_ROUND.test(text.slice(Math.max(0, trigger.start - EARLIER_ROUND_REACH), trigger.start))) return false;
  const from = Math.max(0, trigger.start - NAMED_BEFORE_REACH);
  const name = NAMED_BEFORE.exec(text.slice(from, trigger.start));
  if (name && place.start !== from + name.index) return false;
  const country = takenBy?.place?.country;
  return !takenBy || (typeof country === "string" && country !== place.country);
}

function unnamedAt(text: string, sentence: Sentence, cues: readonly Cue[], places: readonly PlaceMention[], dates: readonly DateMention[], taken: ReadonlyMap<number, DraftEngagement>, bilateral: boolean, people: readonly PersonMention[]): Omit<DraftEngagement, "id">[] {
  const nobodyNamed = people.length === 0;
  const pairs = cues.filter((cue) => cue.kind === "pair");
  const bySubject = bilateral && !otherCountry(places);
  // a round "in Sweden" names that country as the place, not as a party
  const byRound = bilateral && nobodyNamed && SUBJECT_WORDS.test(sentence.text) && !otherCountry(places, true);
  // "the U.S.-Japan-China trilateral", "Japanese and Chinese officials": someone else's meeting
  if ((pairs.length === 0 && !bySubject && !byRound) || cues.some((cue) => cue.kind === "third-party")) return [];
  const found: Omit<DraftEngagement, "id">[] = [];
  const definite = cues.filter((cue) => cue.kind === "reference" && DEFINITE_REFERENCE.test(cue.text));
  // "US-China" is no place
  const named = places.filter((place) => !pairs.some((pair) => overlaps(pair, place)));
  const triggers = cues.filter((cue) => cue.kind === "trigger");
  for (const trigger of liveTriggers(text, [...cues])) {
    // "the U.S.-China Tourism Leadership Summit": a forum's proper name, not a meeting of the two sides
    if (trigger.mode === "visit" || (trigger.start > sentence.start && /^[A-Z]/.test(trigger.text))) continue;
    // "… the first since the working group was launched in January": a clause about another time neither dates nor places it
    const elsewhere = subordinateSpans(text, sentence).filter((span) => !inside([span], trigger));
    const placed = placesOf(text, trigger, named.filter((place) => !inside(elsewhere, place)));
    const round = byRound && anotherRound(text, trigger, placed, taken.get(trigger.start));
    if (taken.has(trigger.start) && !round) continue;
    const pair = pairs.find((cue) => namesParties(text, cue, trigger));
    // "the talks", "their meeting" refer back to a meeting told before, unless the sides were just named ("the two presidents … at their meeting")
    if (definite.some((cue) => cue.start <= trigger.start && trigger.end <= cue.end) && !(pair && pair.end <= trigger.start)) continue;
    if (!pair && !round && !(bySubject && SUBJECT_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - SUBJECT_REACH), trigger.start)))) continue;
    const several = placed.length > 1 && PLURAL_TRIGGER.test(trigger.text);
    // a date beside a list of places belongs to one of them, and the text does not say which
    const date = several ? null : dateOf(dates.filter((candidate) => !inside(elsewhere, candidate)), trigger, triggers);
    const where = several ? placed : placed.slice(0, 1);
    const status = statusOf(text, sentence, trigger);
    if (where.length === 0 && !date && !(pair && status === "planned" && plannedChannel(text, sentence, trigger, pair, people))) continue;
    for (const place of where.length > 0 ? where : [null]) {
      found.push({
        mode: trigger.mode ?? "meeting",
        status,
        date,
        place,
        occasion: null,
        participants: [],
        anchors: pair ? [pair] : [],
        triggerSentences: [sentence.index],
        subordinateSentences: [],
        triggers: [trigger],
        tiedSentences: [sentence.index],
        kind: "other",
        role: "mentioned",
        title: "",
        topics: [],
        outcomes: [],
        confidence: 0,
      });
    }
  }
  return found;
}

export function findUnnamedEngagements(state: ExtractionState): DraftEngagement[] {
  const cues = groupBySentence(state.cues);
  const places = groupBySentence(state.places);
  const dates = groupBySentence(state.dates);
  const taken = new Map(state.engagements.flatMap((engagement) => engagement.triggers.map((trigger): [number, DraftEngagement] => [trigger.start, engagement])));
  const people = groupBySentence(state.people);
  // the article reports an engagement of the two countries: talks it names by their subject alone are theirs
  const bilateral = state.engagements.length > 0;
  let engagements = state.engagements;
  const added: DraftEngagement[] = [];
  for (const sentence of state.sentences) {
    if (isHeadline(sentence, state.sentences)) continue;
    for (const unnamed of unnamedAt(state.text, sentence, itemsIn(cues, sentence.index), itemsIn(places, sentence.index), itemsIn(dates, sentence.index), taken, bilateral, itemsIn(people, sentence.index))) {
      // the meeting an engagement of named officials already places there is that one, told again without the names,
      // and its day is that engagement's when the article gave it none ("delegations met in London on June 9" … "He held talks … at Lancaster House")
      const claimers = [...engagements, ...added].filter((engagement) => claims(engagement, unnamed.place, unnamed.date));
      if (claimers.length > 0) {
        const undated = claimers.length === 1 && unnamed.date && !claimers[0]?.date ? claimers[0] : undefined;
        if (undated) engagements = engagements.map((engagement) => (engagement === undated ? { ...engagement, date: unnamed.date } : engagement));
        continue;
      }
      // with neither a place nor a day it has nothing to lend a twin: it is a channel of its own
      const twin = unnamed.place || unnamed.date ? bareTwin(engagements, unnamed) : undefined;
      if (twin) engagements = engagements.map((engagement) => (engagement === twin ? lentTo(twin, unnamed) : engagement));
      else added.push({ ...unnamed, id: state.engagements.length + added.length });
    }
  }
  return [...engagements, ...added];
}

/**
 * "Bessent and He Lifeng held a fifth round of talks" without a place or day, and "the two countries' negotiators met in
 * Stockholm on Monday": the one engagement of both sides' named officials that the article neither places nor dates is the
 * meeting told again without the names.
 */
function bareTwin(engagements: readonly DraftEngagement[], unnamed: Omit<DraftEngagement, "id">): DraftEngagement | undefined {
  const bare = engagements.filter((engagement) => engagement.mode === unnamed.mode && !engagement.place && !engagement.date && new Set(engagement.participants.map((participation) => participation.person.side)).size === 2);
  return bare.length === 1 ? bare[0] : undefined;
}

function lentTo(named: DraftEngagement, unnamed: Omit<DraftEngagement, "id">): DraftEngagement {
  return {
    ...named,
    place: unnamed.place,
    date: unnamed.date,
    triggers: [...named.triggers, ...unnamed.triggers],
    triggerSentences: unionOfSentences(named.triggerSentences, unnamed.triggerSentences),
    tiedSentences: unionOfSentences(named.tiedSentences, unnamed.tiedSentences),
  };
}

export const findUnnamedEngagementsStep: Step = (state) => ({ ...state, engagements: findUnnamedEngagements(state) });
