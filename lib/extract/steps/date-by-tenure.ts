import { daysBetween, isRealDay, pad2, WEEKDAY_NAMES, weekdayOf } from "@/lib/extract/calendar";
import { findDates } from "@/lib/extract/steps/find-dates";
import { distanceTo } from "@/lib/extract/text";
import { PEOPLE, personBySlug, titleOn, type KnownPerson } from "@/lib/gazetteer/people";
import type { DateMention, DraftEngagement, ExtractionState, Sentence, Step, YearlessDay } from "@/lib/extract/types";

/**
 * Step 5c: the year of a day written without one ("on Tuesday (April 16)") in a report that
 * gives no publication date and no other year. The weekday narrows it to one year in five
 * or six; the participants narrow it to the years they all held office. Only a single
 * year left dates the engagement; anything else leaves it undated, as before. A dateline
 * without a year ("April 5 (UPI) --") is dated the same way, with the weekday the report
 * names at once, and then serves as the day the report speaks from.
 */

/** The years the gazetteer's offices cover: from the first term it records to a year past the last change. */
function gazetteerYears(people: readonly KnownPerson[]): number[] {
  const years = people.flatMap((person) => person.titles.flatMap((held) => [held.start, held.end])).filter((day): day is string => day !== null).map((day) => Number(day.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

const YEARS = gazetteerYears(PEOPLE);

/** The one day that falls on the weekday written while every participant held office, or null. */
export function dayByTenure(yearless: YearlessDay, participants: readonly KnownPerson[]): string | null {
  if (yearless.weekday === null || participants.length === 0) return null;
  const fitting = YEARS.map((year) => `${year}-${pad2(yearless.month)}-${pad2(yearless.day)}`).filter((day) => isRealDay(day) && weekdayOf(day) === yearless.weekday && participants.every((person) => titleOn(person, day) !== null));
  return fitting.length === 1 ? (fitting[0] ?? null) : null;
}

/** "arrived in Beijing on Thursday", "On Thursday, Yellen, who arrived for four days, …": the word of arriving, read this near a day */
const ARRIVED = /\barriv(?:ed|es)\b/;
/** "a day after she arrived": arriving told as the time of something else */
const ARRIVAL_AS_TIME = /\b(?:after|since|before|when|until|as)\s+(?:\S+\s+){0,2}arriv/i;
const ARRIVAL_WINDOW = 60;
/** a visit's first day lies at most this many days before a day of it */
const VISIT_DAYS = 6;

/** Whether a day `gap` days before another can be the first day of the same visit. */
export function startsSameVisit(gap: number): boolean {
  return gap >= 1 && gap <= VISIT_DAYS;
}

/** Days from `first` to `later` when both are written alike (both with a year, or both without one in the same month), else null. */
function daysFrom(first: DateMention, later: DateMention): number | null {
  if (first.value && later.value) return daysBetween(first.value, later.value);
  if (!first.value && !later.value && first.yearless && later.yearless && first.yearless.month === later.yearless.month) return later.yearless.day - first.yearless.day;
  return null;
}

/**
 * A multi-day visit is dated by its first day: the day a visitor arrived, told in the engagement's own sentences a few days before
 * the day it was dated by ("Yellen arrived in Beijing on Thursday … met He on Saturday"), dates it.
 */
export function arrivalDay(text: string, engagement: DraftEngagement, current: DateMention, sentences: readonly Sentence[], dates: readonly DateMention[]): DateMention | null {
  if (current.precision !== "day") return null;
  for (const date of dates) {
    const sentence = sentences[date.sentence];
    if (!sentence || !engagement.triggerSentences.includes(date.sentence) || date.role !== "event" || date.precision !== "day" || date.valueEnd) continue;
    const gap = daysFrom(date, current);
    if (gap !== null && startsSameVisit(gap) && toldAsArrival(text, sentence, date)) return date;
  }
  return null;
}

/** "arrived in Beijing on Thursday", "On Sunday, Blinken, who arrived for two days, …": a day told as someone's arrival, not as the time of something else */
export function toldAsArrival(text: string, sentence: Sentence, date: DateMention): boolean {
  const before = text.slice(Math.max(sentence.start, date.start - ARRIVAL_WINDOW), date.start);
  const after = text.slice(date.end, Math.min(sentence.end, date.end + ARRIVAL_WINDOW));
  return [before, after].some((side) => ARRIVED.test(side) && !ARRIVAL_AS_TIME.test(side));
}

/** The yearless day written nearest the engagement's own words in the sentences that made it. */
function yearlessDayOf(engagement: DraftEngagement, dates: readonly DateMention[]): DateMention | null {
  const distance = (date: DateMention) => distanceTo(date, engagement.triggers);
  const candidates = dates.filter((date) => date.yearless && date.role === "event" && engagement.triggerSentences.includes(date.sentence) && !engagement.subordinateSentences.includes(date.sentence));
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function knownPeople(engagements: readonly DraftEngagement[]): KnownPerson[] {
  const slugs = new Set(engagements.flatMap((engagement) => engagement.participants.flatMap((participation) => (participation.person.slug ? [participation.person.slug] : []))));
  return [...slugs].map((slug) => personBySlug(slug)).filter((person): person is KnownPerson => person !== undefined);
}

function dated(text: string, sentences: readonly Sentence[], engagement: DraftEngagement, dates: readonly DateMention[]): DraftEngagement {
  if (engagement.date?.value) return engagement;
  const chosen = engagement.date?.yearless ? engagement.date : yearlessDayOf(engagement, dates);
  const date = (chosen && arrivalDay(text, engagement, chosen, sentences, dates)) ?? chosen;
  if (!date?.yearless) return engagement;
  const value = dayByTenure(date.yearless, knownPeople([engagement]));
  return value ? { ...engagement, date: { ...date, value } } : engagement;
}

/** "April 5 (UPI) --", "(Oct. 25): …": a day opening its sentence, closed by the agency or a colon, is the day the report was filed */
const DATELINE_OPENS = /^\(?\s*$/;
const DATELINE_CLOSES = /^\s*(?:\)\s*:|\([^()]{1,30}\)\s*(?:[—–:]|-{1,2}))/;
/** "on Friday", "Saturday": a weekday named alone, not counted from another ("next Friday") */
const PLAIN_WEEKDAY = /^(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/i;


/**
 * The day an undated report was filed, from a dateline without a year ("April 5 (UPI) -- Yellen on Friday began …"): the
 * weekday its report names at once (in its sentence or the next) is taken as the dateline's own, and the years of office of
 * those the report has meet there narrow it to one year, or none.
 */
function filedOn(state: ExtractionState): DateMention | null {
  const dateline = state.dates.find((date) => {
    const sentence = state.sentences[date.sentence];
    return date.yearless && !date.value && date.yearless.weekday === null && sentence && DATELINE_OPENS.test(state.text.slice(sentence.start, date.start)) && DATELINE_CLOSES.test(state.text.slice(date.end, date.end + 40));
  });
  if (!dateline?.yearless) return null;
  const named = state.dates.find((date) => date.start > dateline.end && date.sentence <= dateline.sentence + 1 && PLAIN_WEEKDAY.test(date.text));
  const weekday = named ? WEEKDAY_NAMES.indexOf((PLAIN_WEEKDAY.exec(named.text)?.[1] ?? "").toLowerCase()) : -1;
  if (weekday < 0) return null;
  const near = state.engagements.filter((engagement) => engagement.triggerSentences.some((index) => index === dateline.sentence || index === dateline.sentence + 1));
  const people = knownPeople(near);
  const value = people.length > 0 ? dayByTenure({ ...dateline.yearless, weekday }, people) : null;
  return value ? { ...dateline, value, role: "reporting" } : null;
}

/** The event date, resolved against the day the report was filed, of an undated engagement: in the first of its sentences giving one, the one nearest its words. */
function datedFrom(engagement: DraftEngagement, dates: readonly DateMention[]): DraftEngagement {
  if (engagement.date?.value) return engagement;
  const distance = (date: DateMention) => distanceTo(date, engagement.triggers);
  const candidates = dates.filter((date) => date.value && date.role === "event" && date.precision !== "year" && engagement.triggerSentences.includes(date.sentence) && !engagement.subordinateSentences.includes(date.sentence));
  const date = [...candidates].sort((a, b) => a.sentence - b.sentence || distance(a) - distance(b))[0];
  return date ? { ...engagement, date } : engagement;
}

export const dateByTenureStep: Step = (state) => {
  if (state.published) return state;
  const filed = filedOn(state);
  if (filed) {
    // the dateline is when the report was filed, not an event of it
    const dates = findDates(state.text, state.sentences, filed.value).map((date) => (date.start === filed.start ? filed : date));
    return { ...state, dates, engagements: state.engagements.map((engagement) => datedFrom(engagement, dates)) };
  }
  return { ...state, engagements: state.engagements.map((engagement) => dated(state.text, state.sentences, engagement, state.dates)) };
};
