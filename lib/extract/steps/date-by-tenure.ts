import { isRealDay, monthOf, pad2, weekdayOf } from "@/lib/extract/calendar";
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

/**
 * The present perfect reports what has just happened ("the two presidents have held a
 * virtual meeting"): the lead engagement told so, with no date of its own, happened in the
 * days before publication, known to the month. Not "have agreed to meet" (a plan), and not
 * the simple past ("took place in Rome"), which says nothing of when.
 */
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:met|held|hosted|spoken|talked|conducted|had|made|paid|visited|wrapped up|concluded)(?:\s+or\s+(?:met|held|hosted|spoken|talked|conducted|had|visited))?\s+(?:(?:a|an|the|their|his|her|its|two|three|several|new|first|second|third|long|lengthy|high-level|virtual|video|phone|telephone|round|rounds|of|[a-z]+-[a-z]+)\s+){0,4}$/i;
const PERFECT_AT = /\b(?:has|have)\s+(?:[a-z]+ly\s+)?$/i;
/** "have met several times", "has held talks since 2019": a perfect of repeated or lasting meetings is no one meeting of the last days */
const REPEATED_OR_LASTING = /^[^.;]*?\b(?:since|twice|repeatedly|often|regularly|(?:several|many|multiple|two|three|four|five|\d+)\s+times|for\s+(?:years|months|decades))\b/i;
/** how far before its trigger a perfect is read: bounded, so the test is linear */
const PERFECT_WINDOW = 80;

function toldInPerfect(text: string, engagement: DraftEngagement): boolean {
  return engagement.triggers.some((trigger) => {
    if (engagement.subordinateSentences.includes(trigger.sentence)) return false;
    const before = text.slice(Math.max(0, trigger.start - PERFECT_WINDOW), trigger.start);
    if (/^\s+to\b/.test(text.slice(trigger.end, trigger.end + 4)) || REPEATED_OR_LASTING.test(text.slice(trigger.end, trigger.end + PERFECT_WINDOW))) return false;
    return PERFECT_BEFORE.test(before) || PERFECT_AT.test(before);
  });
}

/** The lead engagement (the one named first) dated by the month of publication when the present perfect tells it; evidence is the publication date as the text writes it. */
export function datedByPublication(text: string, engagements: readonly DraftEngagement[], dates: readonly DateMention[], published: string): DraftEngagement[] {
  const firstSentence = (engagement: DraftEngagement) => Math.min(...engagement.triggerSentences);
  const lead = [...engagements].sort((a, b) => firstSentence(a) - firstSentence(b))[0];
  const written = dates.find((date) => date.value === published && date.precision === "day");
  if (!lead || lead.date || !written || !toldInPerfect(text, lead)) return [...engagements];
  const date: DateMention = { ...written, value: monthOf(published), valueEnd: null, precision: "month" };
  return engagements.map((engagement) => (engagement === lead ? { ...engagement, date } : engagement));
}

export const dateByTenureStep: Step = (state) => ({
  ...state,
  engagements: state.published ? datedByPublication(state.text, state.engagements, state.dates, state.published) : state.engagements.map((engagement) => dated(engagement, state.dates)),
});
