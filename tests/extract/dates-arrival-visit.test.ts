import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A visit is dated by its first day: the day a visitor arrived, told in a sentence about them,
 * when they arrived in time to meet; a visitor who arrived at night starts the next day.
 * Invented sentences only.
 */

function datesOf(text: string, published: string | null) {
  return extractText(text, published).engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name).sort(),
    date: engagement.date,
  }));
}

describe("the day a visitor arrived", () => {
  it("dates a visit by the arrival a sentence about one of its people tells", () => {
    const text =
      "Commerce Secretary Gina Raimondo met Premier Li Qiang in Beijing on Tuesday. " +
      "Raimondo, the first cabinet member to make the journey this year, arrived on Monday for a three-day trip.";
    expect(datesOf(text, "2023-08-30")).toEqual([{ people: ["Gina Raimondo", "Li Qiang"], date: "2023-08-28" }]);
  });

  it("takes the arrival and the meeting a day later as one visit, dated by the arrival", () => {
    const text = "Treasury Secretary Janet Yellen is meeting Vice Premier He Lifeng in Shanghai on Friday. Yellen arrived in Shanghai on Thursday.";
    expect(datesOf(text, "2024-04-05")).toEqual([{ people: ["He Lifeng", "Janet Yellen"], date: "2024-04-04" }]);
  });

  it("starts a visit the day after an arrival at night", () => {
    const text = "Treasury Secretary Janet Yellen is meeting Vice Premier He Lifeng in Shanghai on Friday. Yellen arrived in Shanghai on Thursday night.";
    expect(datesOf(text, "2024-04-05")).toEqual([{ people: ["He Lifeng", "Janet Yellen"], date: "2024-04-05" }]);
  });
});

describe("arrivals that do not start the visit", () => {
  it("does not date a meeting by the arrival of someone else", () => {
    const text = "President Joe Biden met President Xi Jinping in Bali on Monday. The Japanese prime minister arrived in Bali on Sunday.";
    expect(datesOf(text, "2022-11-15")).toEqual([{ people: ["Joe Biden", "Xi Jinping"], date: "2022-11-14" }]);
  });

  it("does not date a meeting by its visitor's arrival at another stop of the trip", () => {
    const text = "Secretary of State Antony Blinken arrived in Seoul on Sunday. Blinken met Foreign Minister Wang Yi in Beijing on Tuesday.";
    expect(extractText(text, "2024-04-24").engagements.map((engagement) => [engagement.date, engagement.place?.name ?? null])).toEqual([["2024-04-23", "Beijing"]]);
  });
});
