import type { DraftEngagement, Step } from "@/lib/extract/types";

/**
 * Step 8: confidence, from how many independent signals agree: officials of both sides
 * named, a date, a place, a status the text states, several sentences about it, and
 * topics or outcomes read from it.
 */

const SIGNALS: [number, (engagement: DraftEngagement) => boolean][] = [
  [0.2, (engagement) => ["US", "CN"].every((side) => engagement.participants.some((participation) => participation.person.side === side))],
  [0.1, (engagement) => engagement.participants.every((participation) => participation.person.slug !== null)],
  [0.1, (engagement) => engagement.date !== null],
  [0.1, (engagement) => engagement.place !== null],
  [0.1, (engagement) => engagement.triggerSentences.length > 1],
  [0.05, (engagement) => engagement.tiedSentences.length > 2],
  [0.05, (engagement) => engagement.topics.length > 0 || engagement.outcomes.length > 0],
];
const BASE = 0.3;

export function scoreConfidence(engagement: DraftEngagement): number {
  const score = SIGNALS.reduce((total, [weight, holds]) => total + (holds(engagement) ? weight : 0), BASE);
  return Math.round(Math.min(score, 0.95) * 100) / 100;
}

export const scoreConfidenceStep: Step = (state) => ({ ...state, engagements: state.engagements.map((engagement) => ({ ...engagement, confidence: scoreConfidence(engagement) })) });
