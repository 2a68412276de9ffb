import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * Outcome rules drawn from real reporting (issue 7): the lead that states the result before
 * naming the meeting, a verb followed only by when, one side telling what the other will do,
 * plans to travel, and a contrasted clause reported by the same verb. Sentences invented.
 */

const MEETING = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Vienna on Tuesday for three hours of talks.";

function outcomesOf(text: string, published = "2024-06-19") {
  return extractText(text, published).engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => ({ role: engagement.role, status: outcome.status, topic: outcome.topic, statement: outcome.statement, evidence: outcome.evidence })));
}

describe("an outcome stated in the lead, before the meeting is named", () => {
  it("is the main engagement's, with its sentence as evidence", () => {
    const lead = "American and Chinese diplomats have agreed to restore direct flights between the two countries.";
    const text = `${lead}\n\n${MEETING}\n`;
    const outcomes = outcomesOf(text);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ role: "main", status: "agreed", topic: "people-to-people", statement: "Restore direct flights between the two countries" });
    expect(outcomes[0]?.evidence[0]).toMatchObject({ start: 0, end: lead.length, exact: lead });
  });

  it.each([
    ["a headline, which has no full stop", "Blinken and Wang agree to restore direct flights"],
    ["one side acting alone", "China unveiled new curbs on gallium exports to American buyers."],
    ["one side's stance", "Beijing hopes that Washington should treat it as an equal."],
    ["a lead naming neither side", "Airlines have agreed to restore direct flights after the holidays."],
    ["a lead on another country's pact", "The United States and Japan have agreed to restore direct flights between Osaka and Denver."],
  ])("is not read from %s", (_, lead) => {
    expect(outcomesOf(`${lead}\n\n${MEETING}\n`)).toEqual([]);
  });

  it("is not read when the lead already speaks of a meeting", () => {
    const text = `${MEETING} Officials in Vienna said nothing else.\n\nLast year the two governments agreed to reopen consulates.\n`;
    expect(outcomesOf(text).filter((outcome) => /consulates/.test(outcome.statement))).toEqual([]);
  });
});

describe("a verb followed only by when", () => {
  it.each([
    [`${MEETING} The hotline between the two ministries was launched in January.`],
    [`${MEETING} Markets cheered a separate trade pact with Canada announced over the weekend.`],
  ])("gives no outcome: %s", (text) => {
    expect(outcomesOf(`${text}\n`)).toEqual([]);
  });

  it("still reads an announcement whose object follows the date", () => {
    const outcomes = outcomesOf(`${MEETING} The two ministers announced on Tuesday new talks on student visas.\n`);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["announced"]);
    expect(outcomes[0]?.topic).toBe("people-to-people");
  });
});

describe("one side telling what the other will do", () => {
  const SUMMIT = "President Donald Trump met Chinese President Xi Jinping in Busan on Thursday.";

  it("reads a commitment of the other side as agreed", () => {
    const outcomes = extractText(`${SUMMIT} Trump said China would buy more American soybeans.\n`, "2025-10-30").engagements.flatMap((engagement) => engagement.outcomes);
    // the side is the one that committed, not the one that told
    expect(outcomes.map((outcome) => `${outcome.status} ${outcome.topic} ${outcome.side}`)).toEqual(["agreed trade-tariffs CN"]);
  });

  it("reads a step of the speaker's own side as announced", () => {
    const outcomes = outcomesOf(`${SUMMIT} Trump said the United States would lower tariffs on Chinese goods.\n`, "2025-10-30");
    expect(outcomes.map((outcome) => `${outcome.status} ${outcome.topic}`)).toEqual(["announced trade-tariffs"]);
  });
});

describe("plans to travel", () => {
  it("reads a trip planned as announced, with who travels in the statement", () => {
    const outcomes = outcomesOf(`${MEETING} Blinken said he plans to travel to Shanghai in the autumn.\n`);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ role: "main", status: "announced" });
    expect(outcomes[0]?.statement).toBe("Blinken plans to travel to Shanghai in the autumn");
  });

  it("does not read a plan of another kind as a trip", () => {
    expect(outcomesOf(`${MEETING} Blinken said the embassy plans to hire more staff.\n`)).toEqual([]);
  });
});
