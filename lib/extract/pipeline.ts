import { extendAccountsStep } from "@/lib/extract/steps/account-scope";
import { buildEngagementsStep } from "@/lib/extract/steps/build-engagements";
import { classifyEngagementsStep } from "@/lib/extract/steps/classify-engagements";
import { dateByPublicationStep } from "@/lib/extract/steps/date-by-publication";
import { dateByTenureStep } from "@/lib/extract/steps/date-by-tenure";
import { findCuesStep } from "@/lib/extract/steps/find-cues";
import { findDatesStep } from "@/lib/extract/steps/find-dates";
import { findOutcomesStep } from "@/lib/extract/steps/find-outcomes";
import { findPeopleStep } from "@/lib/extract/steps/find-people";
import { findPlacesStep } from "@/lib/extract/steps/find-places";
import { findTopicsStep } from "@/lib/extract/steps/find-topics";
import { findSummitReferencesStep } from "@/lib/extract/steps/find-summit-references";
import { findUnnamedEngagementsStep } from "@/lib/extract/steps/find-unnamed-engagements";
import { joinSessionsStep } from "@/lib/extract/steps/join-sessions";
import { scoreConfidenceStep } from "@/lib/extract/steps/score-confidence";
import { settlePlacesStep } from "@/lib/extract/steps/settle-places";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { tieSentencesStep } from "@/lib/extract/steps/tie-sentences";
import type { ExtractionState, Step } from "@/lib/extract/types";

/** The extraction pipeline, in order. Each step is pure: state in, state with its findings out. */
export const PIPELINE: readonly Step[] = [
  segmentStep,
  findDatesStep,
  findPeopleStep,
  findPlacesStep,
  findCuesStep,
  buildEngagementsStep,
  tieSentencesStep,
  findUnnamedEngagementsStep,
  findSummitReferencesStep,
  dateByTenureStep,
  dateByPublicationStep,
  joinSessionsStep,
  classifyEngagementsStep,
  settlePlacesStep,
  extendAccountsStep,
  findTopicsStep,
  findOutcomesStep,
  scoreConfidenceStep,
];

export function initialState(text: string, published: string | null, title: string | null): ExtractionState {
  return { text, published, title, sentences: [], dates: [], people: [], places: [], occasions: [], cues: [], engagements: [] };
}

export function runPipeline(state: ExtractionState, steps: readonly Step[] = PIPELINE): ExtractionState {
  return steps.reduce((current, step) => step(current), state);
}
