import { describe, expect, it } from "vitest";
import { PIPELINE } from "@/lib/extract/pipeline";
import { findDatesStep } from "@/lib/extract/steps/find-dates";
import { findPeopleStep } from "@/lib/extract/steps/find-people";
import { findPlacesStep } from "@/lib/extract/steps/find-places";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import type { ExtractionState, Step } from "@/lib/extract/types";
import { expectedOf, extractText, goldenCases, stateAfter } from "./helpers";

/** Golden files per step: input text beside the expected findings, offsets included. */

const STEPS: Record<string, { steps: readonly Step[]; project: (state: ExtractionState) => unknown }> = {
  segment: {
    steps: [segmentStep],
    project: (state) => state.sentences.map(({ start, end, paragraph, text }) => ({ start, end, paragraph, text })),
  },
  dates: {
    steps: [segmentStep, findDatesStep],
    project: (state) => state.dates.map(({ start, end, text, value, valueEnd, precision, role }) => ({ start, end, text, value, valueEnd, precision, role })),
  },
  people: {
    steps: [segmentStep, findDatesStep, findPeopleStep],
    project: (state) =>
      state.people.map(({ start, end, text, name, slug, side, textTitle, spokesperson, former, speaker }) => ({ start, end, text, name, slug, side, textTitle, spokesperson, former, speaker })),
  },
  places: {
    steps: [segmentStep, findDatesStep, findPeopleStep, findPlacesStep],
    project: (state) => ({
      places: state.places.map(({ start, end, text, name, country, locative, dateline }) => ({ start, end, text, name, country, locative, dateline })),
      occasions: state.occasions.map(({ start, end, text }) => ({ start, end, text })),
    }),
  },
};

describe.each(Object.entries(STEPS))("step %s", (step, { steps, project }) => {
  it.each(goldenCases(step).map((testCase) => [testCase.name, testCase] as const))("matches the golden file for %s", (_name, testCase) => {
    const actual = project(stateAfter(steps, testCase.input, testCase.published));
    expect(actual).toEqual(expectedOf(testCase, actual));
  });
});

describe("whole extraction", () => {
  it("runs every step in order", () => {
    expect(PIPELINE.length).toBeGreaterThan(Object.keys(STEPS).length);
  });

  it.each(goldenCases("extraction").map((testCase) => [testCase.name, testCase] as const))("matches the golden file for %s", (_name, testCase) => {
    const extraction = extractText(testCase.input, testCase.published);
    const actual = extraction.engagements.map((engagement) => ({
      role: engagement.role,
      status: engagement.status,
      kind: engagement.kind,
      title: engagement.title,
      date: engagement.date,
      place: engagement.place,
      occasion: engagement.occasion,
      participants: engagement.participants.map((participant) => `${participant.name} (${participant.side}, ${participant.title})`),
      topics: engagement.topics.map((topic) => topic.slug),
      outcomes: engagement.outcomes.map((outcome) => `${outcome.status} ${outcome.side ?? "-"} ${outcome.topic ?? "-"}: ${outcome.statement}`),
    }));
    expect(actual).toEqual(expectedOf(testCase, actual));
  });
});
