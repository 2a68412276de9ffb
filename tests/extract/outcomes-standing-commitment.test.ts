import { describe, expect, it } from "vitest";
import { outcomesAfterLead } from "./helpers";

/** "X is committed to …": one side's standing disposition is no pledge made at the talks. Sentences invented. */

const TALKS = "Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao in Beijing on Monday.";

function outcomesOf(text: string) {
  return outcomesAfterLead(TALKS, text, "2023-08-29").map((outcome) => `${outcome.status}/${outcome.topic ?? "none"}`);
}

describe("one side described as committed", () => {
  it.each([
    ["is", "Wang said China is committed to deepening cooperation on climate change."],
    ["'m, with an adverb", "\"I'm firmly committed to keeping our channels on export controls open,\" Raimondo told reporters."],
    ["remains", "Raimondo said the United States remains committed to fair rules for trade with China."],
  ])("is a stance, not an agreement: %s", (_, sentence) => {
    expect(outcomesOf(sentence)).toEqual([]);
  });
});

describe("what stays an agreement", () => {
  it.each([
    ["both sides described as committed", "Both sides are committed to resuming talks on fentanyl.", "agreed/fentanyl"],
    ["a pledge made", "Wang pledged to step up checks on fentanyl shipments.", "agreed/fentanyl"],
    ["a commitment made by the two", "The two ministers committed to holding talks on export controls twice a year.", "agreed/export-controls"],
  ])("%s", (_, sentence, expected) => {
    expect(outcomesOf(sentence)).toEqual([expected]);
  });
});
