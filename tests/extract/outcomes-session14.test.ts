import { describe, expect, it } from "vitest";
import { outcomesAfterLead } from "./helpers";

/** Outcome rules of session 14. Sentences invented. */

const TALKS = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Vienna on Tuesday.";

function outcomesOf(text: string, published = "2024-03-06") {
  return outcomesAfterLead(TALKS, text, published).map((outcome) => ({ status: outcome.status, topic: outcome.topic }));
}

describe("a call on both sides that names no subject", () => {
  it.each([
    ["should", "Wang said the two sides should work to keep ties steady and avoid a slide."],
    ["must", "Blinken said both sides must keep their differences from turning into a clash."],
    ["the two countries", "Wang told Blinken that the two countries should honour what their leaders settled last year."],
    ["we", "\"We must keep talking in good faith,\" Blinken told Wang."],
  ])("is a platitude, not a proposal: %s", (_, sentence) => {
    expect(outcomesOf(sentence)).toEqual([]);
  });

  it("is a proposal when it names a subject", () => {
    expect(outcomesOf("Wang said the two sides should widen their cooperation on climate change.")).toEqual([{ status: "proposed", topic: "climate" }]);
  });

  it("leaves a call on one side alone a proposal without a subject", () => {
    expect(outcomesOf("Wang said the United States should stop its smear campaign and keep its word.").map((outcome) => outcome.status)).toEqual(["proposed"]);
  });
});
