import { describe, expect, it } from "vitest";
import { announcementsAfterLead } from "./helpers";

/** A statement announcing only that the two sides talked ("had a frank exchange on …") gives no outcome: discussion alone is none. Sentences invented. */

const TALKS = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta on Thursday.";

function announcementsOf(text: string): string[] {
  return announcementsAfterLead(TALKS, text, "2023-07-14");
}

describe("the talking itself announced", () => {
  it.each([
    ["in a statement", "The State Department announced in a statement that the two ministers had a candid exchange on the war in Ukraine."],
    ["a discussion, quoted", 'The ministry announced that both men "had a lengthy discussion on export controls on chips".'],
  ])("is no outcome: %s", (_, sentence) => {
    expect(announcementsOf(sentence)).toEqual([]);
  });
});

describe("what stays an announcement", () => {
  it("a step announced after the talks", () => {
    expect(announcementsOf("Afterwards the State Department announced a new working group on export controls.").length).toBeGreaterThan(0);
  });
});
