import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * An engagement of several days is dated by the first day the text tells of it in another
 * sentence: a start ("the visit started on …") or a span of days of talks ending on a day
 * someone spoke. Invented sentences only.
 */

function datesOf(text: string, published: string | null) {
  return extractText(text, published).engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name).sort(),
    date: engagement.date,
    place: engagement.place?.name ?? null,
  }));
}

describe("the first day told in another sentence", () => {
  it("dates a summit told on its last day by the day its visit started", () => {
    const text =
      "President Joe Biden hosted President Xi Jinping at the White House on June 9, 2023, for the last session of a two-day summit. " +
      "The visit started on June 8, 2023, with a state dinner in Washington.";
    expect(datesOf(text, null)).toEqual([{ people: ["Joe Biden", "Xi Jinping"], date: "2023-06-08", place: "Washington" }]);
  });

  it("dates undated talks by a start told in a sentence that names their city", () => {
    const text =
      "Treasury Secretary Janet Yellen and Vice Premier He Lifeng held talks in Geneva. " +
      "Officials hope to extend the truce during the talks in Geneva, which started on May 10.";
    expect(datesOf(text, "2025-05-14")).toEqual([{ people: ["He Lifeng", "Janet Yellen"], date: "2025-05-10", place: "Geneva" }]);
  });

  it("dates undated talks by the first of the days of talks someone spoke after, in their country", () => {
    const text =
      "Treasury Secretary Janet Yellen and Vice Premier He Lifeng held talks in Geneva. " +
      "American and Chinese officials have narrowed their differences, Yellen said on Monday after two days of negotiations in Switzerland.";
    expect(datesOf(text, "2025-05-14")).toEqual([{ people: ["He Lifeng", "Janet Yellen"], date: "2025-05-11", place: "Geneva" }]);
  });
});

describe("days that are not the engagement's first", () => {
  it("does not date talks by the start of a gathering in another city", () => {
    const text =
      "Treasury Secretary Janet Yellen and Vice Premier He Lifeng held talks in Geneva. " +
      "A separate forum in Paris, which started on May 10, drew ministers from twenty countries.";
    expect(datesOf(text, "2025-05-14").map((engagement) => engagement.date)).toEqual([null]);
  });

  it("does not date talks by the start of something that is no session", () => {
    const text =
      "Treasury Secretary Janet Yellen and Vice Premier He Lifeng held talks in Geneva. " +
      "The tariff dispute started on March 3, long before anyone met in Geneva.";
    expect(datesOf(text, "2025-05-14").map((engagement) => engagement.date)).toEqual([null]);
  });

  it("does not date a meeting by the days of talks held in another city the same sentence names", () => {
    const text =
      "Foreign Minister Wang Yi met Secretary of State Antony Blinken in Munich. " +
      "Wang arrived in Munich from Vienna, where Wang and Jake Sullivan said on Thursday after two days of talks in Vienna that the channel would stay open.";
    expect(datesOf(text, "2023-02-20").map((engagement) => engagement.date)).toEqual([null]);
  });

  it("does not date a meeting by the days of another engagement its sentence tells", () => {
    const text = "Foreign Minister Wang Yi met Secretary of State Antony Blinken in Munich, after he held talks with national security adviser Jake Sullivan in Vienna on Wednesday and Thursday.";
    expect(datesOf(text, "2023-02-20")).toEqual([
      { people: ["Antony Blinken", "Wang Yi"], date: null, place: "Munich" },
      { people: ["Jake Sullivan", "Wang Yi"], date: "2023-02-15", place: "Vienna" },
    ]);
  });
});
