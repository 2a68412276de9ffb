import { monthOf } from "@/lib/extract/calendar";
import type { DateMention, DraftEngagement, Step } from "@/lib/extract/types";

/**
 * The step after dating by tenure, for the reports that give a publication date (dating by
 * tenure serves those that do not).
 */

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

export const dateByPublicationStep: Step = (state) => (state.published ? { ...state, engagements: datedByPublication(state.text, state.engagements, state.dates, state.published) } : state);
