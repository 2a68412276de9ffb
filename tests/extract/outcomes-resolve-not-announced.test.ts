import { describe, expect, it } from "vitest";
import { outcomesAfterLead } from "./helpers";

/** One side's resolve ("would firmly defend …", "will do what it takes …") is a stance, not something it announced at the talks. Sentences invented. */

const TALKS = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.";

function announcementsOf(text: string): string[] {
  return outcomesAfterLead(TALKS, text, "2024-06-03")
    .filter((outcome) => outcome.status === "announced")
    .map((outcome) => outcome.topic ?? "none");
}

describe("one side's resolve", () => {
  it.each([
    ["firmly, in quotes", "Dong said China would \"firmly defend\" its claims over the disputed reefs in the South China Sea."],
    ["never, in quotes", "The ministry said China would \"never compromise\" on Taiwan."],
    ["necessary measures", "Austin said the United States would take necessary measures to keep its export controls on chips in force."],
    ["what it takes", "Austin said the United States will do what it takes to stop its advanced chips from reaching the PLA through export loopholes."],
  ])("announces nothing: %s", (_, sentence) => {
    expect(announcementsOf(sentence)).toEqual([]);
  });
});

describe("what stays an announcement", () => {
  it.each([
    ["a cut to come", "Dong added that China would cut its tariffs on American soybeans next month.", "trade-tariffs"],
    ["a step on controls", "Dong announced that China would suspend its new export controls on rare earths for a year.", "export-controls"],
  ])("%s", (_, sentence, topic) => {
    expect(announcementsOf(sentence)).toEqual([topic]);
  });
});
