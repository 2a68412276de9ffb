import { describe, expect, it } from "vitest";
import { unfinishedLines } from "@/lib/extract/steps/find-outcomes";
import { extractText } from "./helpers";

/** Outcomes not read from a cue used as a modifier or gerund, from a headline or a cut-off last line, or from a standing stance. Sentences invented. */

const MEETING = "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Vienna on Tuesday.";

function outcomesOf(text: string, published = "2024-06-19") {
  return extractText(text, published).engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => `${outcome.status}: ${outcome.statement}`));
}

describe("a cue verb used as a modifier or a gerund", () => {
  it.each([
    ["a participle after a possessive", "Beijing's announced ceasefire plan for the region was also on the table."],
    ["a participle after a determiner", "The previously agreed framework on tariffs still shapes the relationship."],
    ["a gerund after a preposition", "Analysts point to China's part in reaching an agreement on the Ukraine war."],
    ["the cue's own gerund after a preposition", "The envoy has been cautious about announcing new export controls on chips."],
  ])("states no outcome: %s", (_, sentence) => {
    expect(outcomesOf(`${MEETING} ${sentence}\n`)).toEqual([]);
  });

  it.each([
    ["a finite verb", "The two ministers announced a new working group on export controls.", "announced"],
    ["a finite verb after a name", "Wang and Blinken agreed to resume talks on fentanyl.", "agreed"],
    ["a gerund after a conjunction", "The talks ended with both ministers agreeing to resume talks on fentanyl.", "agreed"],
  ])("keeps %s", (_, sentence, status) => {
    expect(outcomesOf(`${MEETING} ${sentence}\n`).map((outcome) => outcome.split(":")[0])).toEqual([status]);
  });
});

describe("a line with no closing stop", () => {
  const BODY = "Commerce Secretary Gina Raimondo met Commerce Minister Wang Wentao in Beijing on Monday. The two ministers discussed export controls.";

  it("states no outcome as a headline above the running text", () => {
    expect(outcomesOf(`Raimondo and Wang agree to open new trade channel\n\n${BODY}\n`)).toEqual([]);
    expect(outcomesOf(`US says it reached a framework on export controls as Biden prepares to meet Xi\n\n${BODY}\n`)).toEqual([]);
  });

  it("states no outcome as the last line of a text cut short", () => {
    expect(outcomesOf(`${BODY} They also agreed to set up a working group with U.S. an`)).toEqual([]);
  });

  it("keeps the same words closed by a stop, and a list item", () => {
    expect(outcomesOf(`${BODY} They also agreed to set up a working group with U.S. and Chinese officials.\n`)).toEqual(["agreed: Set up a working group with U.S. and Chinese officials"]);
    expect(outcomesOf(`${BODY}\n\n- The two ministers agreed to set up a working group on export controls\n\nBoth will report back by June.\n`)).toContain("agreed: Set up a working group on export controls");
  });
});

describe("unfinishedLines", () => {
  const lines = (texts: string[]) => texts.map((text, index) => ({ text, index, paragraph: index, start: index * 100, end: index * 100 + text.length }));

  it("are the open lines above the first sentence and an open last line, not list items", () => {
    const sentences = lines(["Envoys agree on new channel", "- Both sides will meet again", "The envoys met on Monday.", "- A list item in the body", "They also set up a group with"]);
    expect([...unfinishedLines(sentences)]).toEqual([0, 4]);
  });

  it("are none in a text with no closed sentence", () => {
    expect(unfinishedLines(lines(["- One item", "- Another item"])).size).toBe(0);
  });
});

describe("a call or refusal in the present perfect", () => {
  const TALKS = "Treasury Secretary Janet Yellen met Vice Premier He Lifeng in Beijing on Friday. They discussed tariffs and export controls.";

  it.each([
    ["by someone not at the meeting", "The talks touched on fentanyl, a subject Biden has long pushed for tougher checks on."],
    ["by no one named", "Both Beijing and Moscow have rejected press reports of an arms request."],
    ["by people in general", "American officials have sought such tariff exemptions for years."],
  ])("is a standing stance, no outcome: %s", (_, sentence) => {
    expect(outcomesOf(`${TALKS} ${sentence}\n`)).toEqual([]);
  });

  it("keeps a participant's, and one told in the past perfect", () => {
    expect(outcomesOf(`${TALKS} He has urged the United States to lift tariffs on Chinese goods.\n`).map((outcome) => outcome.split(":")[0])).toEqual(["proposed"]);
    expect(outcomesOf(`${TALKS} Officials said Biden had pushed for tougher checks on fentanyl.\n`).map((outcome) => outcome.split(":")[0])).toEqual(["proposed"]);
  });
});
