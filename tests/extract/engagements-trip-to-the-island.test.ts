import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** A trip to "the island" is a trip to Taiwan, not a US–China engagement, however a call or a protest speaks of it. */

function engagementPeople(text: string) {
  return extractText(text, "2024-05-20").engagements.map((engagement) => engagement.participants.map((participant) => participant.name).sort());
}

describe("a trip whose every trip word goes to the island", () => {
  it("is no engagement, beside the call that argued over it", () => {
    const call = "President Joe Biden and President Xi Jinping spoke by phone on Friday as tempers rose over Speaker Mike Johnson's planned trip to the island in June.\n";
    expect(engagementPeople(call)).toEqual([["Joe Biden", "Xi Jinping"]]);
  });

  it("negative: a call that speaks of a trip to the self-ruled island is still kept", () => {
    const warning = "Foreign Minister Wang Yi told Secretary of State Antony Blinken in a call on Tuesday that a senator's coming visit to the self-ruled island would harm ties.\n";
    expect(engagementPeople(warning)).toEqual([["Antony Blinken", "Wang Yi"]]);
  });

  it("negative: a trip to Beijing in the same sentence is still an engagement", () => {
    const beijing = "Speaker Mike Johnson said he plans to visit Beijing in June, where he hopes to meet President Xi Jinping.\n";
    expect(engagementPeople(beijing).length).toBeGreaterThan(0);
  });
});
