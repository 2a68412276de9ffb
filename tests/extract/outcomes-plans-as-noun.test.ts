import { describe, expect, it } from "vitest";
import { announcementsAfterLead } from "./helpers";

/** "plans to visit" after "with" or a possessive names someone's intent, told in passing; "plans to visit" as a verb announces a trip. Sentences invented. */

const CALL = "President Joe Biden spoke with Chinese President Xi Jinping by phone on Thursday.";

function announcementsOf(text: string): string[] {
  return announcementsAfterLead(CALL, text, "2022-07-29");
}

describe("plans as a noun", () => {
  it.each([
    ["after with", "A senator from Ohio is pressing ahead with plans to visit Taipei in the autumn."],
    ["after a possessive", "The governor defended her plans to visit Taipei despite the warnings."],
  ])("announces nothing: %s", (_, sentence) => {
    expect(announcementsOf(sentence)).toEqual([]);
  });
});

describe("plans as a verb", () => {
  it("announces the trip", () => {
    expect(announcementsOf("The White House said Biden plans to visit Beijing in the spring.").length).toBeGreaterThan(0);
  });
});
