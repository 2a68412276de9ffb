import { describe, expect, it } from "vitest";
import { outcomesAfterLead } from "./helpers";

/**
 * A clause set against the one before it by ", while", in the same report, states an outcome of
 * its own; a state visit is a trip announced like any other. Sentences invented.
 */

const TALKS = "President Donald Trump held talks with Chinese President Xi Jinping in Busan on Thursday.";

function outcomesOf(text: string) {
  return outcomesAfterLead(TALKS, text, "2025-10-31").map((outcome) => ({ status: outcome.status, topic: outcome.topic, side: outcome.side }));
}

describe("a second clause after ', while'", () => {
  it("is a trip announced besides the first", () => {
    expect(outcomesOf("Trump said he would visit Beijing in April, while Xi would pay a state visit to Washington in the autumn.")).toEqual([
      { status: "announced", topic: "leader-diplomacy", side: "US" },
      { status: "announced", topic: "leader-diplomacy", side: "CN" },
    ]);
  });

  it("is reported by the verb of the first clause, however long that clause", () => {
    expect(outcomesOf("Trump told reporters the United States would halve its levies on Chinese machine parts by next month, while China would start buying American sorghum again.")).toContainEqual({
      status: "agreed",
      topic: "trade-tariffs",
      side: "CN",
    });
  });

  it.each([
    ["a comment of others", "Trump said the United States would lower duties on Chinese steel, while analysts said the talks had gone well."],
    ["no side named", "Trump said the United States would lower duties on Chinese steel, while markets would wait for details."],
  ])("adds nothing when it tells no step of a side: %s", (_, sentence) => {
    expect(outcomesOf(sentence)).toEqual([{ status: "announced", topic: null, side: "US" }]);
  });
});

describe("a state visit", () => {
  it("is a trip announced", () => {
    expect(outcomesOf("Trump said Xi would make a state visit to the United States next year.")).toEqual([{ status: "announced", topic: "leader-diplomacy", side: "CN" }]);
  });
});
