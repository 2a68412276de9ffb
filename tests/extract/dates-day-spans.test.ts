import { describe, expect, it } from "vitest";
import { findDatesStep } from "@/lib/extract/steps/find-dates";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { stateAfter } from "./helpers";

/** A span of days written with "and", "to" or "through" between the days of one month is one date, from its first day to its last. Invented sentences. */

function datesIn(text: string, published: string | null = "2022-05-20"): { text: string; value: string | null; valueEnd: string | null }[] {
  return stateAfter([segmentStep, findDatesStep], text, published).dates.map(({ text: written, value, valueEnd }) => ({ text: written, value, valueEnd }));
}

describe("spans of days within one month", () => {
  it("reads days joined by and, to or through, with or without the year", () => {
    expect(datesIn("The envoys held talks in Oslo on March 9 and 10, 2022, aides said.")).toEqual([{ text: "March 9 and 10, 2022", value: "2022-03-09", valueEnd: "2022-03-10" }]);
    expect(datesIn("The adviser was in Lisbon from May 3 to 5 at his counterpart's invitation.")).toEqual([{ text: "May 3 to 5", value: "2022-05-03", valueEnd: "2022-05-05" }]);
    expect(datesIn("Talks ran from May 3 through 5.")).toEqual([{ text: "May 3 through 5", value: "2022-05-03", valueEnd: "2022-05-05" }]);
  });

  it("still reads the dash", () => {
    expect(datesIn("They met on May 3-4, 2021.")).toEqual([{ text: "May 3-4, 2021", value: "2021-05-03", valueEnd: "2021-05-04" }]);
  });

  it("does not take a number after the day that is no day of the month", () => {
    expect(datesIn("On May 3 and 40 officials later, the list grew.").map((date) => date.valueEnd)).toEqual([null]);
    expect(datesIn("The vote on May 3 to 5 percent of members mattered.").map((date) => date.valueEnd)).toEqual([null]);
    expect(datesIn("The call on May 3 to 11:30 ran long.").map((date) => date.valueEnd)).toEqual([null]);
  });
});
