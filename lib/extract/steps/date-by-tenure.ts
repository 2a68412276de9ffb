import { isRealDay, pad2, weekdayOf } from "@/lib/extract/calendar";
import { distanceTo } from "@/lib/extract/text";
import { PEOPLE, personBySlug, titleOn, type KnownPerson } from "@/lib/gazetteer/people";
import type { DateMention, DraftEngagement, Step, YearlessDay } from "@/lib/extract/types";

/**
 * Step 5c: the year of a day written without one ("on Tuesday (April 16)") in a report that
 * gives no publication date and no other year. The weekday narrows it to one year in five
 * or six; the participants narrow it to the years they all held office. Only a single
 * year left dates the engagement; anything else leaves it undated, as before.
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

/** The yearless day written nearest the engagement's own words in the sentences that made it. */
function yearlessDayOf(engagement: DraftEngagement, dates: readonly DateMention[]): DateMention | null {
  const distance = (date: DateMention) => distanceTo(date, engagement.triggers);
  const candidates = dates.filter((date) => date.yearless && date.role === "event" && engagement.triggerSentences.includes(date.sentence) && !engagement.subordinateSentences.includes(date.sentence));
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function dated(engagement: DraftEngagement, dates: readonly DateMention[]): DraftEngagement {
  if (engagement.date?.value) return engagement;
  const date = engagement.date?.yearless ? engagement.date : yearlessDayOf(engagement, dates);
  if (!date?.yearless) return engagement;
  const known = engagement.participants.map((participation) => (participation.person.slug ? personBySlug(participation.person.slug) : undefined)).filter((person): person is KnownPerson => person !== undefined);
  const value = dayByTenure(date.yearless, known);
  return value ? { ...engagement, date: { ...date, value } } : engagement;
}

export const dateByTenureStep: Step = (state) => (state.published ? state : { ...state, engagements: state.engagements.map((engagement) => dated(engagement, state.dates)) });
