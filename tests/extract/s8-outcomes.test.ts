import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Outcome rules of session 8, drawn from real reporting. Sentences invented. */

const MEETING = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Phnom Penh on Tuesday.";

function outcomesOf(text: string, published = "2024-06-19") {
  return extractText(text, published).engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => ({ status: outcome.status, topic: outcome.topic, statement: outcome.statement })));
}

describe("a verb inside a relative clause", () => {
  it.each([
    ["a line drawn", `${MEETING} Dong said the island was a boundary across which Beijing would tolerate no meddling.`],
    ["a document described", `${MEETING} The bulletin in which the ministry announced the minister's tour of Europe said nothing of the talks.`],
  ])("states no outcome: %s", (_, text) => {
    expect(outcomesOf(`${text}\n`)).toEqual([]);
  });

  it("leaves the same verb in a main clause an outcome", () => {
    const outcomes = outcomesOf(`${MEETING} The ministry announced new talks on maritime safety between the two militaries.\n`);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["announced"]);
  });
});
