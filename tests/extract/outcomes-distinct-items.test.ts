import { describe, expect, it } from "vitest";
import { outcomesAfterLead } from "./helpers";

/**
 * Two outcomes of one status and topic are two items when they share no word of substance;
 * two wordings of one item (shared words, a quoted restatement, a gloss in the same sentence)
 * stay one. Sentences invented.
 */

const TALKS = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.";

function fentanylAgreed(text: string): string[] {
  return outcomesAfterLead(TALKS, text, "2024-04-29")
    .filter((outcome) => outcome.topic === "fentanyl" && outcome.status === "agreed")
    .map((outcome) => outcome.statement);
}

const DEFENSE_TALKS = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.";

function militaryContactsAgreed(text: string): string[] {
  return outcomesAfterLead(DEFENSE_TALKS, text, "2024-06-03")
    .filter((outcome) => outcome.topic === "military-communication" && outcome.status === "agreed")
    .map((outcome) => outcome.statement);
}

describe("two items of one topic", () => {
  it("told in two sentences are both kept", () => {
    expect(fentanylAgreed("Blinken and Wang agreed to curb shipments of fentanyl precursor chemicals. The two sides also agreed to set up a counternarcotics working group.")).toHaveLength(2);
  });

  it("reported by one verb in two clauses are both kept", () => {
    expect(militaryContactsAgreed("A joint statement said the two sides would hold a call between theater commanders soon, and that defense talks would continue at the working level.")).toHaveLength(2);
  });

  it("told in one sentence without a second reported clause stay one", () => {
    expect(militaryContactsAgreed("A joint statement said the two sides would hold a call between theater commanders soon, while defense talks would continue at the working level.")).toHaveLength(1);
  });
});

describe("one item told twice", () => {
  it.each([
    ["the same object in other words", "Blinken and Wang agreed to curb shipments of fentanyl precursor chemicals. Both sides also agreed to tighten controls on precursor chemicals."],
    ["restated in a quotation", "Blinken and Wang agreed to curb shipments of fentanyl precursor chemicals. “We agreed to work together on counternarcotics as never before,” Blinken told reporters."],
    ["glossed in the same sentence", "Blinken and Wang agreed to curb shipments of fentanyl precursor chemicals, with a new counternarcotics working group to follow."],
  ])("stays one: %s", (_, text) => {
    expect(fentanylAgreed(text)).toHaveLength(1);
  });
});

describe("a 'when' clause of an earlier year", () => {
  it("is no outcome of this meeting", () => {
    const text = "It was their first meeting since the 2019 summit in Osaka, when they agreed to crack down on fentanyl.";
    expect(fentanylAgreed(text)).toEqual([]);
  });

  it("of the engagement's own year still is", () => {
    const text = "The talks came a week after a call in April 2024, when they agreed to crack down on fentanyl.";
    expect(fentanylAgreed(text).length).toBeGreaterThan(0);
  });
});
