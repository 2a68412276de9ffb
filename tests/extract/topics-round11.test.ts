import { describe, expect, it } from "vitest";
import { PIPELINE } from "@/lib/extract/pipeline";
import { findTopicsStep } from "@/lib/extract/steps/find-topics";
import type { ExtractionState } from "@/lib/extract/types";
import { stateAfter } from "./helpers";

/** Round 11 of the topic rules: invented sentences only. */

const BEFORE_TOPICS = PIPELINE.slice(0, PIPELINE.indexOf(findTopicsStep));

/** The state just before topics are read, with every engagement tied to every sentence (so only the decision under test is exercised). */
function tiedEverywhere(text: string, published: string): ExtractionState {
  const state = stateAfter(BEFORE_TOPICS, `${text}\n`, published);
  const all = state.sentences.map((sentence) => sentence.index);
  return { ...state, engagements: state.engagements.map((engagement) => ({ ...engagement, tiedSentences: all })) };
}

function topicsBy(state: ExtractionState): Map<string, string[]> {
  return new Map(findTopicsStep(state).engagements.map((engagement) => [`${engagement.role} ${engagement.status}`, engagement.topics.map((topic) => topic.slug)]));
}

describe("a future meeting of the leaders that is itself the news", () => {
  it("is not leader diplomacy of an earlier engagement the same sentences mention", () => {
    const state = tiedEverywhere("President Joe Biden will travel to Beijing in April for a summit with Chinese President Xi Jinping, the White House said on Wednesday, a day after the two leaders spoke by phone.", "2024-11-20");
    const topics = topicsBy(state);
    expect([...topics.keys()].sort()).toEqual(["main planned", "mentioned held"]);
    expect(topics.get("mentioned held")).not.toContain("leader-diplomacy");
  });

  it("still is when the future meeting is only mentioned in a report of the earlier one", () => {
    const state = tiedEverywhere("Biden and Xi spoke by phone on Tuesday. Biden will travel to Beijing in April for a summit with Xi, the White House said on Wednesday.", "2024-11-20");
    const topics = topicsBy(state);
    expect([...topics.keys()].sort()).toEqual(["main held", "mentioned planned"]);
    expect(topics.get("main held")).toContain("leader-diplomacy");
  });
});
