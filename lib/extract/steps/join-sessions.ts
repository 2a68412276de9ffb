import { unionOfSentences } from "@/lib/extract/by-sentence";
import { daysBetween } from "@/lib/extract/calendar";
import type { DateMention, DraftEngagement, ExtractionState, Participation, Step } from "@/lib/extract/types";

/**
 * After the dating steps: the sessions of one engagement of several days. A visit or talks the
 * text says lasted days ("a three-day visit", "met over two days", "Tuesday and Wednesday")
 * are one engagement, dated by their first day; a session on another day of that span ("the
 * two sides issued no statement after Friday's talks", "met Xi on Thursday, wrapping up a
 * three-day trip") by one of its people, in the same place, is part of it, not an engagement of
 * its own. A call is a contact of its own, whatever day it falls on.
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
function daysOf(text: string, sentences: ExtractionState["sentences"], engagement: DraftEngagement): number {
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

/** Two sessions of one engagement: the same people in part, the same place, days apart within the span either tells. */
function sessionsOfOne(text: string, sentences: ExtractionState["sentences"], a: DraftEngagement, b: DraftEngagement): boolean {
  const first = dayOf(a);
  const second = dayOf(b);
  if (!first || !second || a.mode === "call" || b.mode === "call" || (a.status && b.status && a.status !== b.status)) return false;
  const apart = Math.abs(daysBetween(first, second));
  return apart >= 1 && apart < Math.max(daysOf(text, sentences, a), daysOf(text, sentences, b)) && sharePeople(a, b) && samePlace(a, b);
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
    kept[at] = joined(earlier, later);
  }
  return kept.map((engagement, id) => ({ ...engagement, id }));
}

export const joinSessionsStep: Step = (state) => ({ ...state, engagements: joinSessions(state) });

