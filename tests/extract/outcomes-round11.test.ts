import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Outcome rules of session 11. Sentences invented. */

const VISIT = "Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao in Beijing on Monday.";

function outcomesOf(text: string, published = "2023-08-29") {
  return extractText(text, published).engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => ({ status: outcome.status, topic: outcome.topic, statement: outcome.statement })));
}

describe("a wish that names no subject", () => {
  it.each([
    ["it is hoped", "It is hoped that Washington will turn its promises into deeds."],
    ["expressed hope", "Wang expressed hope that the two countries will clear away interference and talk more."],
    ["hoped", "Wang hoped that both peoples would grow closer in the years ahead."],
  ])("is courtesy, not a proposal: %s", (_, sentence) => {
    expect(outcomesOf(`${VISIT} ${sentence}\n`)).toEqual([]);
  });

  it("stays courtesy when a topic is named only before the wish", () => {
    expect(outcomesOf(`${VISIT} Since Washington says it seeks no decoupling on semiconductors, it is hoped that it keeps its word.\n`)).toEqual([]);
  });

  it("is a proposal when the words after it name a topic", () => {
    const found = outcomesOf(`${VISIT} Wang hoped that the United States would ease its export controls on chips.\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ status: "proposed", topic: "export-controls" });
  });

  it("leaves a call by a side with no topic as it was", () => {
    const found = outcomesOf(`${VISIT} Wang said both sides should expand the list of areas where they work together.\n`);
    expect(found.map((outcome) => outcome.status)).toEqual(["proposed"]);
  });
});
