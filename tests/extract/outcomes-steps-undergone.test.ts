import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** A step told with what it is done to as the subject, the doer left unsaid. Sentences invented. */

const SUMMIT = "President Donald Trump met Chinese President Xi Jinping in Seoul on Thursday.";

function outcomesOf(text: string) {
  return extractText(`${text}\n`, "2025-10-31").engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => ({ status: outcome.status, topic: outcome.topic, statement: outcome.statement })));
}

describe("a step undergone", () => {
  it.each([
    ["a passive cut", `${SUMMIT} Afterwards the president added that the tariff on Chinese steel would be cut to 5 percent.`],
    ["a drop, the subject named first", `${SUMMIT} Tariffs on Chinese machine parts will drop to zero next month, Trump told reporters.`],
  ])("is announced: %s", (_, text) => {
    expect(outcomesOf(text)).toContainEqual(expect.objectContaining({ status: "announced", topic: "trade-tariffs" }));
  });

  it("keeps what the step is done to in the statement", () => {
    const [outcome] = outcomesOf(`${SUMMIT} Tariffs on Chinese machine parts will drop to zero next month, Trump told reporters.`);
    expect(outcome?.statement).toMatch(/parts will drop to zero/);
  });
});

describe("what is not a step taken", () => {
  it.each([
    ["a step denied", `${SUMMIT} Trump said the tariff on Chinese steel would not be cut this year.`],
    ["a step only possible", `${SUMMIT} Analysts said tariffs on Chinese machine parts could drop next year.`],
    ["a forecast of a market", `${SUMMIT} Analysts said Chinese exports of machine parts would fall next year.`],
  ])("says nothing: %s", (_, text) => {
    expect(outcomesOf(text)).toEqual([]);
  });
});
