import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A paragraph that spells out the terms of a settlement ("Under the deal, …", "The agreement
 * calls for …") or lists what an engagement produced ("Chief among the outcomes was …") names
 * no engagement; it speaks of the one whose settlement was named before, so its outcomes are
 * that engagement's. Sentences invented.
 */

const SUMMIT = "President Joe Biden met Chinese President Xi Jinping in Lima on Saturday, and the two leaders reached an agreement to cut tariffs on farm goods.";
const TALKS = "Treasury Secretary Janet Yellen held talks with Vice Premier He Lifeng in Beijing on Monday.\nThe talks were described by both sides as frank and useful.";

function outcomesOf(text: string) {
  return extractText(`${text}\n`, "2024-11-18").engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => ({ role: engagement.role, status: outcome.status, topic: outcome.topic, statement: outcome.statement })));
}

describe("the terms of a settlement named before", () => {
  it.each([
    ["under the deal", `${SUMMIT}\nUnder the deal, Beijing pledged to curb exports of the precursor chemicals used to make fentanyl.`, "fentanyl"],
    ["as part of the agreement", `${SUMMIT}\nAs part of the agreement, military-to-military communication will resume this winter.`, "military-communication"],
  ])("are outcomes of the engagement that reached it: %s", (_, text, topic) => {
    expect(outcomesOf(text)).toContainEqual(expect.objectContaining({ role: "main", status: "agreed", topic }));
  });

  it("are agreed, not one side's announcement, when told without a doer", () => {
    const outcomes = outcomesOf(`${SUMMIT}\nUnder the new deal, the curbs on chip exports will be lifted by the end of the year.`);
    expect(outcomes).toContainEqual(expect.objectContaining({ role: "main", status: "agreed", topic: "export-controls" }));
    expect(outcomes.filter((outcome) => outcome.status === "announced")).toEqual([]);
  });

  it("go on through the paragraph that spells them out", () => {
    const text = `${SUMMIT}\nUnder the deal, Beijing will buy more American soybeans. Washington and Beijing also agreed to lift the curbs on chip exports imposed last spring.`;
    expect(outcomesOf(text)).toContainEqual(expect.objectContaining({ role: "main", status: "agreed", topic: "export-controls" }));
  });
});

describe("the outcomes of the engagement spoken of before", () => {
  it("opening a paragraph, are that engagement's", () => {
    const text = `${TALKS}\nChief among the outcomes was an agreement to set up a working group on chip export controls.`;
    expect(outcomesOf(text)).toContainEqual(expect.objectContaining({ role: "main", status: "agreed", topic: "export-controls" }));
  });
});

describe("what is not the terms of the engagement's settlement", () => {
  it("leaves the terms of a deal with a third country out", () => {
    const text = `${SUMMIT} On the same trip, Biden signed a trade deal with Japan.\nUnder the deal, Tokyo agreed to lift its curbs on chip exports to American firms.`;
    expect(outcomesOf(text)).not.toContainEqual(expect.objectContaining({ topic: "export-controls" }));
  });

  it("leaves a deal named by its own name out", () => {
    const text = `${SUMMIT}\nUnder the Phase One deal of 2020, Beijing had pledged to end the export curbs on chips.`;
    expect(outcomesOf(text)).not.toContainEqual(expect.objectContaining({ topic: "export-controls" }));
  });

  it("leaves terms out when no settlement was named before", () => {
    const text = `${TALKS}\nUnder the deal, Beijing will lift its export curbs on chips.`;
    expect(outcomesOf(text)).not.toContainEqual(expect.objectContaining({ topic: "export-controls" }));
  });

  it("leaves a list of outcomes out after a paragraph about something else", () => {
    const text = `${TALKS}\nThe Japanese prime minister met the Australian prime minister in Tokyo.\nAmong the outcomes was an agreement on chip export controls.`;
    expect(outcomesOf(text)).not.toContainEqual(expect.objectContaining({ topic: "export-controls" }));
  });
});
