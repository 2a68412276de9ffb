import { describe, expect, it } from "vitest";
import { findCues } from "@/lib/extract/steps/find-cues";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** "Spoke with … on the phone": the contact was a call, wherever the phone is named after the one spoken to. Invented sentences. */

const triggerModes = (text: string) => {
  const state = stateAfter([segmentStep], text);
  return findCues(state.text, state.sentences).filter((cue) => cue.kind === "trigger").map((cue) => `${cue.text} ${cue.mode ?? ""}`);
};

describe("a conversation held on the phone", () => {
  it("is a call when the phone is named after the one spoken to", () => {
    expect(triggerModes("Chinese Vice Premier He Lifeng talked with Treasury Secretary Janet Yellen over the telephone on Friday.")).toEqual(["talked call"]);
    const kinds = extractText("President Xi Jinping spoke with President Joe Biden on the phone on Tuesday.\n", "2024-05-16").engagements.map((engagement) => engagement.kind);
    expect(kinds).toEqual(["leader-call"]);
  });

  it("reads past the stops of initials before the phone is named", () => {
    expect(triggerModes("Chinese Premier Li Qiang talked with U.S. Treasury Secretary Janet Yellen on the phone on Monday.")).toEqual(["talked call"]);
  });

  it("is not read from other words with 'on the'", () => {
    expect(triggerModes("President Joe Biden spoke with President Xi Jinping on the lawn of the estate on Tuesday.")).toEqual(["spoke meeting"]);
  });

  it("is not read past the end of the sentence", () => {
    expect(triggerModes("President Joe Biden spoke with President Xi Jinping in Bali. On the phone a week later, aides set the agenda.")).toEqual(["spoke meeting"]);
  });
});
