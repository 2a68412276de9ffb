import { describe, expect, it } from "vitest";
import { findCues } from "@/lib/extract/steps/find-cues";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** "Their discussions", "the negotiations" refer back to an engagement as "the talks" does. Invented sentences. */

const references = (text: string) => {
  const state = stateAfter([segmentStep], text);
  return findCues(state.text, state.sentences).filter((cue) => cue.kind === "reference").map((cue) => cue.text);
};

describe("discussions and negotiations as references", () => {
  it("are references back, like the talks", () => {
    expect(references("Following their discussions, the two ministers left.")).toEqual(["Following their discussions"]);
    expect(references("During the negotiations, both sides raised tariffs.")).toEqual(["During the negotiations", "the negotiations"]);
  });

  it("are not where people familiar with them are a source", () => {
    expect(references("Two people familiar with the discussions said a deal was near.")).toEqual([]);
  });

  it("leave a plan made after the meeting to the plan: a visit still to come", () => {
    const text =
      "President Donald Trump met President Xi Jinping in Busan on October 30, 2025. " +
      "Following their discussions, Trump announced plans to visit China in April 2026.";
    const visit = extractText(text, "2025-10-31").engagements.find((engagement) => engagement.date === "2026-04");
    expect(visit?.status).toBe("planned");
  });
});
