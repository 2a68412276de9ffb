import { describe, expect, it } from "vitest";
import { findCues } from "@/lib/extract/steps/find-cues";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/**
 * "Talked with … on the phone": the contact was a call, wherever the phone is named after the one spoken to, and a preview of
 * what the two were to speak about stays part of that call. Invented sentences only.
 */

function triggerModes(text: string): string[] {
  const state = stateAfter([segmentStep], text);
  return findCues(state.text, state.sentences).filter((cue) => cue.kind === "trigger").map((cue) => `${cue.text} ${cue.mode ?? ""}`);
}

describe("a conversation on the phone", () => {
  it("is a call, past the stops of a title's initials", () => {
    expect(triggerModes("Vice Premier He Lifeng talked with U.S. Treasury Secretary Scott Bessent on the phone on Friday.")).toEqual(["talked call"]);
    expect(triggerModes("Wang Yi spoke with Secretary of State Marco Rubio over the telephone late on Monday.")).toEqual(["spoke call"]);
  });

  it("is the one call its preview speaks of", () => {
    const engagements = extractText("Xi Jinping spoke with U.S. President Joe Biden on the phone on Tuesday. The two leaders were expected to speak about fentanyl and Taiwan, aides said.\n", "2024-06-12").engagements;
    expect(engagements.map((engagement) => ({ kind: engagement.kind, topics: engagement.topics.map((topic) => topic.slug) }))).toEqual([{ kind: "leader-call", topics: expect.arrayContaining(["fentanyl", "taiwan"]) }]);
  });
});

describe("a phrase with 'on the' that names no phone", () => {
  it("leaves a meeting in person", () => {
    expect(triggerModes("Joe Biden spoke with Xi Jinping on the terrace of the villa on Wednesday.")).toEqual(["spoke meeting"]);
  });

  it("is not read past the end of the sentence", () => {
    expect(triggerModes("Joe Biden spoke with Xi Jinping in Lima. On the phone days later, their aides fixed the details.")).toEqual(["spoke meeting"]);
  });
});
