import { describe, expect, it } from "vitest";
import { findPeopleStep } from "@/lib/extract/steps/find-people";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** The head of a Chinese province or city met on a visit (session 15); every sentence is written for the test. */

function sidesIn(text: string): { name: string; side: string }[] {
  return stateAfter([segmentStep, findPeopleStep], text).people.map(({ name, side }) => ({ name, side }));
}

describe("a governor, mayor or party secretary named with the place they head", () => {
  it.each([
    ["The secretary also sat down with Hubei Province Governor Liu Mingde in Wuhan.", "Liu Mingde"],
    ["On Tuesday she lunched with Shanghai mayor Zhao Lanfeng.", "Zhao Lanfeng"],
    ["Guangxi Provincial Party Secretary Qin Baowen hosted the dinner.", "Qin Baowen"],
    ["He was welcomed by Beijing Vice Mayor Sun Huiying at the airport.", "Sun Huiying"],
  ])("%s → %s (CN)", (text, name) => {
    expect(sidesIn(text)).toContainEqual({ name, side: "CN" });
  });

  it("reads no side from a place that is not China's", () => {
    expect(sidesIn("Ohio Governor Tom Reedley praised the trade mission.")).toEqual([]);
    expect(sidesIn("Later, Former Governor Tom Reedley joined the panel.")).toEqual([]);
  });
});

describe("a person listed beside a visit", () => {
  it("stays on the trip they were met on, not on the visit listed after them", () => {
    const engagements = extractText(
      "Treasury Secretary Janet Yellen arrived in Beijing on Monday. Yellen's visit also included talks with Beijing mayor Zhao Lanfeng and a visit to a car factory.",
      "2024-04-09",
    ).engagements;
    const withMayor = engagements.filter((engagement) => engagement.participants.some((participant) => participant.name === "Zhao Lanfeng"));
    expect(withMayor).toHaveLength(1);
    expect(withMayor[0]?.participants.map((participant) => participant.name)).toContain("Janet Yellen");
  });

  it("still splits trips each made by an official of their own", () => {
    const engagements = extractText("Yellen would travel to China in the coming days, and Blinken would visit in the coming weeks.", "2024-04-01").engagements;
    expect(engagements.filter((engagement) => engagement.participants.length === 1)).toHaveLength(2);
  });
});
