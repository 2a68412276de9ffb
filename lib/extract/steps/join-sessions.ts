import { namesItsPeople, unionOfSentences } from "@/lib/extract/by-sentence";
import { daysBetween } from "@/lib/extract/calendar";
import { startsSameVisit, toldAsArrival } from "@/lib/extract/steps/date-by-tenure";
import type { DateMention, DraftEngagement, ExtractionState, Participation, Step } from "@/lib/extract/types";

/**
 * After the dating steps: the sessions of one engagement of several days. A visit or talks the
 * text says lasted days ("a three-day visit", "met over two days", "Tuesday and Wednesday")
 * are one engagement, dated by their first day; a session on another day of that span ("the
 * two sides issued no statement after Friday's talks", "met Xi on Thursday, wrapping up a
 * three-day trip") by one of its people, in the same place, is part of it, not an engagement of
 * its own. A call is a contact of its own, whatever day it falls on. A first day told only in
 * another sentence ("the visit started on June 8") dates the engagement too.
 */

const COUNT = "(two|three|four|five|six|seven|[2-7])";
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const SESSION_NOUNS = "(?:visit|trip|tour|stay|talks|meetings?|negotiations|consultations|discussions|dialogue|summit)";
/** "a three-day visit", "three days of talks", "met for hours over two days" */
const SPAN_PHRASE = new RegExp(
  String.raw`\b${COUNT}[- ]day\s+(?:[a-z-]+\s+){0,2}?${SESSION_NOUNS}\b|\b${COUNT}\s+days\s+of\s+(?:[a-z-]+\s+){0,2}?${SESSION_NOUNS}\b|\bover\s+${COUNT}\s+(?:consecutive\s+)?days\b`,
  "gi",
);

function countOf(match: RegExpExecArray): number {
  const written = (match[1] ?? match[2] ?? match[3] ?? "").toLowerCase();
  return NUMBER_WORDS[written] ?? Number(written);
}

/** The days the engagement lasted, as its date or its own sentences say: 1 when nothing says more. */
export function daysOf(text: string, sentences: ExtractionState["sentences"], engagement: DraftEngagement): number {
  const dated = engagement.date?.value && engagement.date.valueEnd ? daysBetween(engagement.date.value, engagement.date.valueEnd) + 1 : 1;
  const told = engagement.triggerSentences
    .filter((index) => !engagement.subordinateSentences.includes(index))
    .flatMap((index) => {
      const sentence = sentences[index];
      if (!sentence) return [];
      SPAN_PHRASE.lastIndex = 0;
      return [...sentence.text.matchAll(SPAN_PHRASE)].map(countOf);
    });
  return Math.max(dated, ...told);
}

function dayOf(engagement: DraftEngagement): string | null {
  return engagement.date?.precision === "day" ? engagement.date.value : null;
}

/** Someone at both engagements. */
export function sharePeople(a: DraftEngagement, b: DraftEngagement): boolean {
  return a.participants.some((participation) => b.participants.some((other) => other.person.key === participation.person.key));
}

function samePlace(a: DraftEngagement, b: DraftEngagement): boolean {
  return !a.place || !b.place || a.place.name === b.place.name;
}

/** "arrived on the night of May 3", "arrived late Sunday", "arrived Sunday evening": too late in the day for a first session */
const LATE_BEFORE = /\b(?:(?:the\s+)?(?:night|evening)\s+of|late(?:\s+on)?)\s+$/i;
const LATE_AFTER = /^\s+(?:night|evening)\b/i;
const LATE_IN_DAY = /\b(?:night|evening)\b/i;
const LATE_WINDOW = 20;

/** A day told as the one a visitor arrived ("Yellen arrived in Beijing on Thursday"). */
function isArrivalDay(text: string, sentences: ExtractionState["sentences"], date: DateMention | null): boolean {
  const sentence = date ? sentences[date.sentence] : undefined;
  return sentence !== undefined && date !== null && toldAsArrival(text, sentence, date);
}

function lateInTheDay(text: string, sentences: ExtractionState["sentences"], date: DateMention): boolean {
  const sentence = sentences[date.sentence];
  const from = Math.max(sentence?.start ?? 0, date.start - LATE_WINDOW);
  const to = Math.min(sentence?.end ?? text.length, date.end + LATE_WINDOW);
  return LATE_BEFORE.test(text.slice(from, date.start)) || LATE_IN_DAY.test(date.text) || LATE_AFTER.test(text.slice(date.end, to));
}

/** A day a visitor arrived early enough to meet on it: the first day of the visit's sessions. */
function arrivedInTimeToMeet(text: string, sentences: ExtractionState["sentences"], date: DateMention): boolean {
  return isArrivalDay(text, sentences, date) && !lateInTheDay(text, sentences, date);
}

/**
 * Two sessions of one engagement: the same people in part, the same place, days apart within the span either tells, or a
 * few days after the arrival that dates the earlier ("arrived in Beijing on Thursday … is meeting the premier Friday").
 */
function sessionsOfOne(text: string, sentences: ExtractionState["sentences"], a: DraftEngagement, b: DraftEngagement): boolean {
  const first = dayOf(a);
  const second = dayOf(b);
  if (!first || !second || a.mode === "call" || b.mode === "call" || (a.status && b.status && a.status !== b.status)) return false;
  const apart = Math.abs(daysBetween(first, second));
  const earlier = first < second ? a : b;
  const withinSpan = apart < Math.max(daysOf(text, sentences, a), daysOf(text, sentences, b)) || (startsSameVisit(apart) && isArrivalDay(text, sentences, earlier.date));
  return apart >= 1 && withinSpan && sharePeople(a, b) && samePlace(a, b);
}

function mergedParticipants(a: readonly Participation[], b: readonly Participation[]): Participation[] {
  const merged = a.map((participation) => ({ ...participation, evidence: [...participation.evidence] }));
  for (const participation of b) {
    const existing = merged.find((other) => other.person.key === participation.person.key);
    if (existing) existing.evidence.push(...participation.evidence);
    else merged.push({ person: participation.person, evidence: [...participation.evidence] });
  }
  return merged;
}

/** The later session folded into the earlier: dated by the first day, spanning to the last. */
function joined(earlier: DraftEngagement, later: DraftEngagement): DraftEngagement {
  const start = earlier.date as DateMention;
  const last = later.date?.valueEnd ?? later.date?.value ?? null;
  const end = start.valueEnd && last && start.valueEnd > last ? start.valueEnd : last;
  return {
    ...earlier,
    status: earlier.status ?? later.status,
    date: { ...start, valueEnd: end && end !== start.value ? end : start.valueEnd },
    place: earlier.place ?? later.place,
    occasion: earlier.occasion ?? later.occasion,
    participants: mergedParticipants(earlier.participants, later.participants),
    anchors: [...earlier.anchors, ...later.anchors],
    triggerSentences: unionOfSentences(earlier.triggerSentences, later.triggerSentences),
    subordinateSentences: unionOfSentences(earlier.subordinateSentences, later.subordinateSentences),
    triggers: [...earlier.triggers, ...later.triggers],
    tiedSentences: unionOfSentences(earlier.tiedSentences, later.tiedSentences),
  };
}

export function joinSessions(state: ExtractionState): DraftEngagement[] {
  const kept: DraftEngagement[] = [];
  for (const engagement of state.engagements) {
    const at = kept.findIndex((other) => sessionsOfOne(state.text, state.sentences, other, engagement));
    const other = kept[at];
    if (!other) {
      kept.push(engagement);
      continue;
    }
    const [earlier, later] = (dayOf(other) ?? "") <= (dayOf(engagement) ?? "") ? [other, engagement] : [engagement, other];
    const merged = joined(earlier, later);
    // "arrived on the night of May 3 … met the premier on May 4": the visit's sessions start the day after
    const arrivedAtNight = earlier.date !== null && isArrivalDay(state.text, state.sentences, earlier.date) && lateInTheDay(state.text, state.sentences, earlier.date);
    kept[at] = arrivedAtNight ? { ...merged, date: later.date } : merged;
  }
  return kept.map((engagement, id) => ({ ...engagement, id }));
}

/** "the visit started on June 8", "the talks in Oslo, which got under way on Monday": the day told as the one the sessions started on */
const STARTED_ON = new RegExp(String.raw`\b${SESSION_NOUNS}\b[^.;]{0,40}?\b(?:began|started|opened|kicked off|got under ?way)\s+(?:on\s+)?$`, "i");
/** how far before a day its start phrase is read */
const STARTED_WINDOW = 80;

/** A day the text tells as the first of the sessions: one a start phrase comes right before, or the first of a span of days of talks (see find-dates). */
function firstDayTold(text: string, sentences: ExtractionState["sentences"], date: DateMention): boolean {
  if (date.role !== "event" || date.precision !== "day" || !date.value) return false;
  if (date.valueEnd) return true;
  const sentence = sentences[date.sentence];
  return sentence !== undefined && STARTED_ON.test(text.slice(Math.max(sentence.start, date.start - STARTED_WINDOW), date.start));
}

/**
 * "Blinken, the top diplomat, arrived on Sunday for a two-day visit": the day one of the engagement's own people arrived in
 * time to meet, where the arrival names no place other than the engagement's ("arrived in Tokyo on Sunday" is another stop
 * of a trip whose meeting was in Beijing).
 */
function arrivalOfItsPeople(state: ExtractionState, engagement: DraftEngagement, date: DateMention): boolean {
  if (date.role !== "event" || date.precision !== "day" || !date.value || !arrivedInTimeToMeet(state.text, state.sentences, date)) return false;
  return namesItsPeople(state.people, engagement, date.sentence) && !namesAnotherPlace(state, engagement, date.sentence);
}

function namesAnotherPlace(state: ExtractionState, engagement: DraftEngagement, sentence: number): boolean {
  const place = engagement.place;
  return place !== null && state.places.some((mention) => mention.sentence === sentence && mention.locative && mention.name !== place.name && mention.name !== place.country);
}

/**
 * A sentence that told the engagement (not one only tied to its account, which may tell other
 * occasions too), or one whose places of events are all its place or the place's country
 * ("negotiations in Switzerland" for talks in Geneva); not one naming another place as well
 * ("met in Munich, after two days of talks in Vienna").
 */
function speaksOf(state: ExtractionState, engagement: DraftEngagement, sentence: number): boolean {
  if (engagement.triggerSentences.includes(sentence)) return true;
  const place = engagement.place;
  const named = state.places.some((mention) => mention.sentence === sentence && mention.locative);
  return place !== null && named && !namesAnotherPlace(state, engagement, sentence);
}

/** Whether `first` can be the first day of an engagement dated `current`: any day when it has none, else a day up to a visit's length before. */
function startsBefore(first: DateMention, current: DateMention | null): boolean {
  if (!current) return true;
  if (current.precision !== "day" || !current.value || !first.value) return false;
  return startsSameVisit(daysBetween(first.value, current.value)) && (!first.valueEnd || current.value <= first.valueEnd);
}

/**
 * A held engagement (or one whose status no sentence gave) of several days is dated by its first day where the text tells it in
 * another sentence: "the visit started on June 8" for a summit told on June 9, "Yellen said on
 * Monday after two days of negotiations in Switzerland" for talks in Geneva given no day of
 * their own. The sentence must be the engagement's or name its place, and the day no other
 * engagement's, so another meeting's days do not date it.
 */
function datedByFirstDay(state: ExtractionState, engagements: readonly DraftEngagement[], engagement: DraftEngagement): DraftEngagement {
  if (engagement.status !== null && engagement.status !== "held") return engagement;
  const othersDay = (date: DateMention) => engagements.some((other) => other !== engagement && other.date?.start === date.start);
  const told = (date: DateMention) => (firstDayTold(state.text, state.sentences, date) && speaksOf(state, engagement, date.sentence)) || arrivalOfItsPeople(state, engagement, date);
  const first = state.dates.find((date) => told(date) && !othersDay(date) && startsBefore(date, engagement.date));
  return first ? { ...engagement, date: first } : engagement;
}

export const joinSessionsStep: Step = (state) => {
  const joined = joinSessions(state);
  return { ...state, engagements: joined.map((engagement) => datedByFirstDay(state, joined, engagement)) };
};

