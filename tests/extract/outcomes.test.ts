import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Outcomes stated without "agreed to": no agreement, refusals, announced trips, expectations; none from negated verbs. */

const MEETING = "Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao in Beijing on Monday.";

function outcomesOf(text: string, published = "2024-06-18") {
  return extractText(text, published).engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => `${engagement.role} ${outcome.status}: ${outcome.statement}`));
}

describe("outcomes without 'agreed to'", () => {
  it.each([
    [`${MEETING} The talks ended without a joint statement or any new commitment on chips.`, "no-agreement"],
    [`${MEETING} The two ministers came away mainly with a promise to keep talking.`, "no-agreement"],
    [`${MEETING} Raimondo said she would not budge on export controls.`, "rejected"],
    [`${MEETING} "We don't negotiate on national security," Raimondo said.`, "rejected"],
    [`${MEETING} Wang said there was a high likelihood that the two presidents would meet this year.`, "expected"],
  ])("%s → %s", (text, status) => {
    expect(outcomesOf(`${text}\n`).map((outcome) => outcome.split(":")[0])).toContain(`main ${status}`);
  });

  it("gives a trip announced after a call to the call, with who travels", () => {
    const text = "President Joe Biden and Chinese President Xi Jinping spoke by phone on Tuesday.\nThe White House said Treasury Secretary Janet Yellen would travel to China in the coming days.\n";
    expect(outcomesOf(text)).toContain("main announced: Janet Yellen would travel to China in the coming days");
  });

  it("reads each clause with its own verb", () => {
    const text = `${MEETING} Raimondo said she would travel to Shanghai next year and that Wang would visit the United States in the autumn.\n`;
    expect(outcomesOf(text).filter((outcome) => outcome.includes("announced"))).toHaveLength(2);
  });
});

describe("no outcome from a negated or reporting verb", () => {
  it.each([
    [`${MEETING} The meetings, which were not announced in advance, ran for six hours.`],
    [`${MEETING} Officials declined to say whether a new round was planned.`],
    [`${MEETING} "We are not here to announce a deal," Raimondo said.`],
  ])("%s", (text) => {
    expect(outcomesOf(`${text}\n`)).toEqual([]);
  });
});

describe("announcements reported with 'said … would'", () => {
  it("reads what a side said it would do as announced, without the weekday in the statement", () => {
    const text = "President Donald Trump and Chinese President Xi Jinping agreed on Thursday to lower tariffs after they met in Busan.\nTrump said he would halve the tariff on Chinese goods.\n";
    const outcomes = extractText(text, "2025-10-30").engagements[0]?.outcomes ?? [];
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["agreed", "announced"]);
    expect(outcomes[0]?.statement).toBe("Lower tariffs");
  });

  it("does not read 'said he would not' or 'would like' as an announcement", () => {
    expect(outcomesOf(`${MEETING} Raimondo said she would like to return.\n`)).toEqual([]);
  });
});

describe("several distinct agreements", () => {
  it("keeps agreements on different matters apart, and reads a lead that names both sides before the trigger", () => {
    const text = [
      "Treasury Secretary Janet Yellen and Chinese Vice Premier He Lifeng agreed to hold regular exchanges on balanced growth.",
      "The agreement came after two days of meetings between the pair in Shanghai on Monday and Tuesday.",
      "The Treasury said the two sides also agreed to step up cooperation against money laundering.",
      "",
    ].join("\n");
    const outcomes = extractText(text, "2024-03-13").engagements[0]?.outcomes ?? [];
    expect(outcomes.map((outcome) => outcome.statement)).toEqual(["Hold regular exchanges on balanced growth", "Step up cooperation against money laundering"]);
  });
});
