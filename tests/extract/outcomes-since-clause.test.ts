import { describe, expect, it } from "vitest";
import { outcomesAfterLead } from "./helpers";

/** A clause opened by "since" tells what came before the engagement, not what it produced. Sentences invented. */

const TALKS = "Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Geneva on Saturday.";

function outcomesOf(text: string) {
  return outcomesAfterLead(TALKS, text, "2025-05-12").map((outcome) => ({ status: outcome.status, topic: outcome.topic }));
}

describe("a step told in a 'since' clause", () => {
  it.each([
    ["announced", "It was the first round of talks since Washington announced new curbs on chip exports in the spring."],
    ["launched", "The meeting was the highest-level contact since Beijing launched its probe into American chip makers."],
  ])("is background, not an outcome: %s", (_, sentence) => {
    expect(outcomesOf(sentence)).toEqual([]);
  });
});

describe("a 'since' clause that has ended", () => {
  it("leaves the outcome told after its comma", () => {
    expect(outcomesOf("Since the talks began, the two sides agreed to cut tariffs on farm goods.")).toContainEqual({ status: "agreed", topic: "trade-tariffs" });
  });
});
