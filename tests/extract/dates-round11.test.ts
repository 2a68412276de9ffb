import { describe, expect, it } from "vitest";
import { findDatesStep } from "@/lib/extract/steps/find-dates";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** A multi-day visit or round of talks is one engagement dated by its first day. Invented sentences. */

function datesIn(text: string, published: string | null = "2022-05-20"): { text: string; value: string | null; valueEnd: string | null }[] {
  return stateAfter([segmentStep, findDatesStep], text, published).dates.map(({ text: written, value, valueEnd }) => ({ text: written, value, valueEnd }));
}

function datesOf(text: string, published: string | null): (string | null)[] {
  return extractText(text, published).engagements.map((engagement) => engagement.date);
}

/** The date of the engagement He Lifeng is at. */
function dateWithHe(text: string): string | null | undefined {
  return extractText(text, null).engagements.find((engagement) => engagement.participants.some((participant) => participant.name === "He Lifeng"))?.date;
}

describe("a visit of so many days that ended on a day", () => {
  it("reads the day it ended as the last of the visit", () => {
    expect(datesIn("The envoy concluded his four-day visit to Hanoi with talks on May 12.")).toEqual([{ text: "May 12", value: "2022-05-09", valueEnd: "2022-05-12" }]);
    expect(datesIn("The minister ended a two-day trip to Seoul on May 12 with a dinner.")).toEqual([{ text: "May 12", value: "2022-05-11", valueEnd: "2022-05-12" }]);
  });

  it("does not read a visit that began, or one still to come, as ended", () => {
    expect(datesIn("The envoy began his four-day visit to Hanoi on May 12.")).toEqual([{ text: "May 12", value: "2022-05-12", valueEnd: null }]);
    expect(datesIn("The envoy will pay a four-day visit to Hanoi from May 12.")).toEqual([{ text: "May 12", value: "2022-05-12", valueEnd: null }]);
  });

  it("dates the engagement by the visit's first day", () => {
    const text = "Secretary of State Antony Blinken concluded his three-day visit to China with a meeting with President Xi Jinping in Beijing on June 19, 2023.";
    expect(datesOf(text, null)).toEqual(["2023-06-17"]);
  });
});

describe("a span of days told after a day of it", () => {
  it("dates the engagement by the span's first day", () => {
    const text = "Jake Sullivan and Wang Yi held talks in Vienna on May 11, 2023, the White House said. Sullivan met Wang Yi from May 10-11 in Vienna, officials said.";
    expect(datesOf(text, null)).toEqual(["2023-05-10"]);
  });

  it("keeps the day when the span told later does not hold it", () => {
    const text = "Jake Sullivan and Wang Yi held talks in Vienna on May 11, 2023, the White House said. Sullivan met Wang Yi from May 14-15 in Vienna, officials said.";
    expect(datesOf(text, null)[0]).toBe("2023-05-11");
  });
});

describe("the day a visitor arrived", () => {
  it("dates the visit by the day of arrival a few days before the meeting", () => {
    const text = "Treasury Secretary Janet Yellen met Vice Premier He Lifeng in Beijing on Saturday (July 8). On Thursday (July 6), Yellen, who arrived in Beijing for a four-day visit, met He Lifeng on Saturday, 2023.";
    expect(datesOf(text, "2023-07-09")).toEqual(["2023-07-06"]);
  });

  it("reads arrival on either side of the day", () => {
    const text = "Janet Yellen, who arrived in Beijing on July 6, 2023, met He Lifeng there on July 8, 2023.";
    expect(dateWithHe(text)).toBe("2023-07-06");
  });

  it("does not take arrival told as the time of something else", () => {
    const text = "Janet Yellen met He Lifeng in Beijing on July 8, 2023. The talks with He Lifeng came two days after Yellen arrived, on July 6, 2023.";
    expect(datesOf(text, null)).toEqual(["2023-07-08"]);
  });

  it("does not take an arrival more than a few days before", () => {
    const text = "Janet Yellen, who arrived in Asia on July 1, 2023, met He Lifeng in Beijing on July 8, 2023.";
    expect(dateWithHe(text)).toBe("2023-07-08");
  });

  it("does not take a day without arriving", () => {
    const text = "Janet Yellen met He Lifeng in Beijing on July 8, 2023. Yellen spoke in Tokyo on July 6, 2023 before the talks with He Lifeng.";
    expect(datesOf(text, null)).toEqual(["2023-07-08"]);
  });
});

describe("a dateline without a year in a report without a publication date", () => {
  it("takes the year where the weekday named at once falls on the dateline and everyone held office", () => {
    const text = "May 3 (Wire) -- Secretary of State Antony Blinken on Wednesday met Foreign Minister Wang Yi in Beijing.\n\nThe two discussed trade.";
    expect(datesOf(text, null)).toEqual(["2023-05-03"]);
  });

  it("reads a dateline in brackets closed by a colon, and counts later days from it", () => {
    const text = "(Oct. 12): Treasury Secretary Janet Yellen held talks with Vice Premier He Lifeng on Thursday.\n\nYellen and He Lifeng will meet again next Tuesday in Washington.";
    expect(datesOf(text, null)).toContain("2023-10-12");
  });

  it("leaves the report undated when no year fits", () => {
    const text = "May 3 (Wire) -- Secretary of State Antony Blinken on Sunday met Foreign Minister Wang Yi in Beijing.";
    expect(datesOf(text, null)).toEqual([null]);
  });

  it("does not read a day opening a plain sentence as a dateline", () => {
    const text = "May 3 was the day Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing, on Wednesday.";
    expect(datesOf(text, null)).toEqual([null]);
  });

  it("does not take a weekday counted from another", () => {
    const text = "May 3 (Wire) -- Secretary of State Antony Blinken will meet Foreign Minister Wang Yi in Beijing next Wednesday.";
    expect(datesOf(text, null)).toEqual([null]);
  });
});
