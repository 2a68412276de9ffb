import { describe, expect, it } from "vitest";
import { findCues } from "@/lib/extract/steps/find-cues";
import { findPeopleStep } from "@/lib/extract/steps/find-people";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** Who was at an engagement, read from the people named beside it. */

function participantsOf(text: string, published = "2024-05-16"): string[][] {
  return extractText(text, published).engagements.map((engagement) => engagement.participants.map((participant) => participant.name));
}

function namedThroughOthers(text: string): string[] {
  return stateAfter([segmentStep, findPeopleStep], text).people.filter((person) => person.possessiveOther).map((person) => person.name);
}

describe("a leader whose greetings someone else brings", () => {
  it("is named through the messenger, not at the messenger's meeting", () => {
    const text = "President Joe Biden met Foreign Minister Wang Yi at the White House on Friday, and Wang passed on President Xi Jinping's cordial greetings to Biden.";
    expect(participantsOf(text, "2023-10-28")).toEqual([["Joe Biden", "Wang Yi"]]);
    expect(namedThroughOthers("Wang passed on President Xi Jinping's greetings.")).toEqual(["Xi Jinping"]);
    expect(namedThroughOthers("The envoy read out Xi's message to the delegates.")).toEqual(["Xi Jinping"]);
  });

  it("is not a name followed by another's possessive (a told person, then what is said)", () => {
    expect(namedThroughOthers("Blinken told Wang Yi Washington's envoy would return soon.")).toEqual([]);
    expect(participantsOf("Blinken traveled to Beijing on Monday and told Wang Yi Washington's envoy would return soon.", "2023-11-08")[0]).toEqual(["Antony Blinken", "Wang Yi"]);
  });

  it("is still the one who speaks or meets under the full name", () => {
    expect(namedThroughOthers("President Xi Jinping's talks with Biden ran for four hours.")).toEqual([]);
    expect(namedThroughOthers("President Xi Jinping greeted Biden at the door.")).toEqual([]);
  });
});

describe("the ones said to have reached a vision or understandings before", () => {
  it("are not at the talks in which the sides agree to carry them out", () => {
    const text = "National Security Adviser Jake Sullivan held talks with Foreign Minister Wang Yi in Vienna on Friday. In the talks, the two sides agreed to advance the Bali vision, agreed upon by President Xi and President Biden, and hold further discussions on trade.";
    expect(participantsOf(text, "2024-05-12")[0]).toEqual(["Jake Sullivan", "Wang Yi"]);
    const understandings = "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Monday. During the meeting, they agreed to honour the understandings reached by President Xi and President Biden, and continue talks on fentanyl.";
    expect(participantsOf(understandings, "2024-05-12")[0]).toEqual(["Antony Blinken", "Wang Yi"]);
  });

  it("are at the meeting where they reach it, and a vision no one is said to have reached names no one", () => {
    expect(participantsOf("President Biden met President Xi in Woodside on Wednesday and laid out a shared vision for the relationship.", "2023-11-16")[0]).toEqual(["Joe Biden", "Xi Jinping"]);
    expect(participantsOf("Secretary of State Antony Blinken met Foreign Minister Wang Yi and President Xi Jinping in Beijing on Monday to share a vision for ties.", "2024-05-12")[0]).toEqual(["Antony Blinken", "Wang Yi", "Xi Jinping"]);
  });
});

describe("a meeting someone tried and failed to arrange", () => {
  const nonEvents = (text: string) => {
    const state = stateAfter([segmentStep], text);
    return findCues(state.text, state.sentences).filter((cue) => cue.kind === "non-event").map((cue) => cue.text);
  };

  it("puts no one named in its clause at the meeting the sentence reports", () => {
    const text = "Last year Secretary Lloyd Austin met General Wei Fenghe in Singapore, but efforts to set up a meeting with Admiral Dong Jun came to nothing.";
    expect(participantsOf(text, "2024-05-12")).toEqual([["Lloyd Austin", "Wei Fenghe"]]);
    expect(nonEvents("Attempts to arrange the call with Beijing failed.")).toHaveLength(1);
  });

  it("is no failure where the attempt succeeds or the meeting itself fails to yield a deal", () => {
    expect(nonEvents("Efforts to arrange the meeting paid off in June.")).toEqual([]);
    expect(nonEvents("The meeting failed to produce a deal.")).toEqual([]);
  });
});
