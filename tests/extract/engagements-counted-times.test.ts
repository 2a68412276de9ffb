import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A meeting word counted in times ("have talked by phone four times", "met more than twenty times") sums up repeated
 * contacts: it names no engagement of its own. A meeting told once ("for the first time since May") still is one.
 * Invented sentences only.
 */

const LEAD = "Commerce Secretary Gina Raimondo met Vice Premier He Lifeng in Shanghai on Tuesday. ";

function engagements(text: string) {
  return extractText(text, "2024-03-14").engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name),
    status: engagement.status,
    place: engagement.place?.name ?? null,
  }));
}

describe("a meeting word counted in times", () => {
  it("reads no engagement in leaders who have talked by phone a number of times", () => {
    expect(engagements(`${LEAD}President Joe Biden and President Xi Jinping have talked by phone four times since 2021.`)).toEqual([
      expect.objectContaining({ people: ["Gina Raimondo", "He Lifeng"], place: "Shanghai" }),
    ]);
  });

  it("reads no engagement in teams meeting more than a number of times, written in figures or with a hyphen", () => {
    expect(engagements(`${LEAD}Their staffs have worked closely, meeting more than 20 times over the past year, Raimondo said.`)).toHaveLength(1);
    expect(engagements(`${LEAD}Biden and Xi have spoken six-times since the last summit.`)).toHaveLength(1);
    expect(engagements(`${LEAD}Biden and Xi met twice last year.`)).toHaveLength(1);
  });

  it("still reads a meeting told once, even the first in a while", () => {
    expect(engagements("President Joe Biden and President Xi Jinping spoke by phone on Thursday for the first time since November.")[0]).toEqual(
      expect.objectContaining({ people: ["Joe Biden", "Xi Jinping"], status: "held" }),
    );
    expect(engagements(`${LEAD}Biden and Xi met in Lima on Saturday, three times longer than planned.`)).toHaveLength(2);
  });

  it("keeps a meeting whose count of times belongs to another verb or multiplies something", () => {
    expect(engagements(`${LEAD}Blinken met Wang Yi in Beijing on Thursday and twice raised fentanyl.`)).toContainEqual(
      expect.objectContaining({ people: ["Antony Blinken", "Wang Yi"], place: "Beijing" }),
    );
    expect(engagements(`${LEAD}Yellen and He Lifeng held talks that ran three times longer than planned in Beijing on Wednesday.`)).toContainEqual(
      expect.objectContaining({ people: ["Janet Yellen", "He Lifeng"], place: "Beijing" }),
    );
  });
});

describe("a meeting word told as the Nth time", () => {
  const CALL = "President Joe Biden and President Xi Jinping held a video call on Tuesday. ";

  it("reads no second engagement in 'the third time the two leaders have spoken'", () => {
    expect(engagements(`${CALL}It was the third time the two leaders have talked since the start of 2022.`)).toHaveLength(1);
    expect(engagements(`${LEAD}The meeting was the first time Raimondo had met He in person.`)).toHaveLength(1);
  });

  it("keeps the engagement a later clause of the sentence speaks of", () => {
    expect(engagements(`${CALL}This was the first time they have spoken since their meeting in Lima in November 2024.`)).toContainEqual(
      expect.objectContaining({ people: ["Joe Biden", "Xi Jinping"], place: "Lima" }),
    );
  });
});
