import { describe, expect, it } from "vitest";
import { findPeopleStep } from "@/lib/extract/steps/find-people";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** Who was at an engagement, read from the people named beside it (session 17). */

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

  it("is still the one who speaks or meets under the full name", () => {
    expect(namedThroughOthers("President Xi Jinping's talks with Biden ran for four hours.")).toEqual([]);
    expect(namedThroughOthers("President Xi Jinping greeted Biden at the door.")).toEqual([]);
  });
});
