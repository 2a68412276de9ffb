import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * An engagement its own sentences leave undated takes the one event date of the sentence right
 * after, when that sentence goes on about the same people and tells of no engagement of its own.
 * Invented sentences only.
 */

function datesOf(text: string, published: string | null) {
  return extractText(text, published).engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name).sort(),
    date: engagement.date,
  }));
}

describe("the date of the sentence after", () => {
  it("dates planned talks by the days the next sentence sets for the same two officials", () => {
    const text =
      "Foreign Minister Wang Yi will hold talks with National Security Adviser Jake Sullivan in Bangkok, the ministry announced. " +
      "The contact between Wang and Sullivan, set for March 4-5, is meant to keep channels open.";
    expect(datesOf(text, "2024-03-01")).toEqual([{ people: ["Jake Sullivan", "Wang Yi"], date: "2024-03-04" }]);
  });

  it("dates a call by the day the next sentence gives for what one leader told the other", () => {
    const text =
      "In their third phone call this year, President Xi Jinping warned President Joe Biden over trade curbs. " +
      "The curbs would hurt both economies, Xi cautioned Biden, as state television put it on Tuesday.";
    expect(datesOf(text, "2022-05-12")).toEqual([{ people: ["Joe Biden", "Xi Jinping"], date: "2022-05-10" }]);
  });
});

describe("not the date of the sentence after", () => {
  it("when that sentence names none of the engagement's people", () => {
    const text =
      "Foreign Minister Wang Yi will hold talks with National Security Adviser Jake Sullivan in Bangkok, the ministry announced. " +
      "Thai officials said the hotel would be closed to the public on March 4.";
    expect(datesOf(text, "2024-03-01")).toEqual([{ people: ["Jake Sullivan", "Wang Yi"], date: null }]);
  });

  it("when that sentence tells of an engagement of its own", () => {
    const text =
      "Foreign Minister Wang Yi will hold talks with National Security Adviser Jake Sullivan in Bangkok, the ministry announced. " +
      "Sullivan met Wang in Vienna in May.";
    const dated = datesOf(text, "2024-03-01").find((engagement) => engagement.date === null);
    expect(dated?.people).toEqual(["Jake Sullivan", "Wang Yi"]);
  });

  it("when that sentence gives two days and so no single one", () => {
    const text =
      "Foreign Minister Wang Yi will hold talks with National Security Adviser Jake Sullivan in Bangkok, the ministry announced. " +
      "Wang lands on Monday and Sullivan flies in on Wednesday.";
    expect(datesOf(text, "2024-03-01")).toEqual([{ people: ["Jake Sullivan", "Wang Yi"], date: null }]);
  });
});
