import { describe, expect, it } from "vitest";
import { findDatesStep } from "@/lib/extract/steps/find-dates";
import { findPeopleStep } from "@/lib/extract/steps/find-people";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/**
 * The leader whose aide someone is, named through the aide, is not at the aide's meeting; a day
 * followed by the participle that ends a span of days ("on Thursday, wrapping up a three-day
 * visit") is the span's last day. Invented sentences.
 */

const flagged = (text: string) => stateAfter([segmentStep, findDatesStep, findPeopleStep], text, "2024-08-30").people.map((person) => [person.name, person.possessiveOther ?? false]);

describe("a leader named through an aide", () => {
  it.each([
    ["President Biden's national security adviser, Jake Sullivan, met Wang Yi in Beijing.", [["Joe Biden", true], ["Jake Sullivan", false], ["Wang Yi", false]]],
    ["Jake Sullivan, a top aide to President Joe Biden, met Wang Yi in Beijing.", [["Jake Sullivan", false], ["Joe Biden", true], ["Wang Yi", false]]],
  ])("is not at the meeting: %s", (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  it("leaves a leader who met someone a participant", () => {
    expect(flagged("President Joe Biden met Wang Yi, China's top diplomat, at the White House.")).toEqual([["Joe Biden", false], ["Wang Yi", false]]);
    expect(flagged("President Biden's meeting with Wang Yi ran long.")).toEqual([["Joe Biden", false], ["Wang Yi", false]]);
  });

  it("keeps the aide's meeting to the aide and the one he met", () => {
    const [engagement] = extractText("President Biden's national security adviser, Jake Sullivan, met Chinese leader Xi Jinping in Beijing on Thursday.", "2024-08-30").engagements;
    expect(engagement?.participants.map((participant) => participant.name).sort()).toEqual(["Jake Sullivan", "Xi Jinping"]);
    expect(engagement?.kind).toBe("ministerial-visit");
  });
});

describe("a day followed by the participle ending a span", () => {
  const datesIn = (text: string) => stateAfter([segmentStep, findDatesStep], text, "2024-08-30").dates.map(({ value, valueEnd }) => ({ value, valueEnd }));

  it("reads the day as the last of the span", () => {
    expect(datesIn("The adviser met the president in Beijing on Thursday, wrapping up a three-day visit.")).toEqual([{ value: "2024-08-27", valueEnd: "2024-08-29" }]);
    expect(datesIn("Negotiators left Geneva on Sunday, concluding two days of talks.")).toEqual([{ value: "2024-08-24", valueEnd: "2024-08-25" }]);
  });

  it("leaves a day alone when the participle ends something that is no span of days", () => {
    expect(datesIn("The adviser met the president on Thursday, wrapping up a busy week.")).toEqual([{ value: "2024-08-29", valueEnd: null }]);
  });
});
