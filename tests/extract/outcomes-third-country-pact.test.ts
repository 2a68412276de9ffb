import { describe, expect, it } from "vitest";
import { outcomesAfterLead } from "./helpers";

/** A pact one side strikes with a third country beside the US–China talks is none of their outcomes. Sentences invented. */

const TALKS = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.";

function statementsOf(text: string): string[] {
  return outcomesAfterLead(TALKS, text, "2024-06-03").map((outcome) => outcome.statement);
}

describe("a pact with a third country", () => {
  it.each([
    ["announced", "Austin also announced a five-year security pact with Japan on the same trip."],
    ["unveiled", "Afterwards Austin unveiled a defence deal with the Philippines."],
  ])("is no outcome: %s", (_, sentence) => {
    expect(statementsOf(sentence)).toEqual([]);
  });
});

describe("what stays an outcome", () => {
  it.each([
    ["a deal between the two sides", "Austin and Dong announced an agreement with each other on crisis hotlines."],
    ["a third country named further on", "The two ministers agreed to resume military hotlines, a step Japan welcomed."],
  ])("%s", (_, sentence) => {
    expect(statementsOf(sentence).length).toBeGreaterThan(0);
  });
});
