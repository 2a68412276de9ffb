import { describe, expect, it } from "vitest";
import { findDatesStep } from "@/lib/extract/steps/find-dates";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { stateAfter } from "./helpers";

/** Dates against a fixed reference day (chrono style): what each phrase resolves to. */
function datesIn(text: string, reference: string | null) {
  return stateAfter([segmentStep, findDatesStep], text, reference).dates.map(({ text: written, value, valueEnd, precision, role }) => ({ written, value, valueEnd, precision, role }));
}

function firstValue(text: string, reference: string | null): string | null | undefined {
  return datesIn(text, reference)[0]?.value;
}

// Wednesday, 2021-03-17
const WEDNESDAY = "2021-03-17";

describe("absolute dates", () => {
  it.each([
    ["They met on Nov. 15, 2023.", "2023-11-15"],
    ["They met on November 15, 2023.", "2023-11-15"],
    ["They met Wednesday, Nov, 15, 2023, in Woodside.", "2023-11-15"],
    ["The talks were held on 2023-11-15.", "2023-11-15"],
    ["They met in November 2022 in Bali.", "2022-11"],
    ["In Sept of 2021, Biden asked for a meeting.", "2021-09"],
    ["They met on 15 November 2023.", "2023-11-15"],
  ])("%s → %s", (text, value) => {
    expect(firstValue(text, WEDNESDAY)).toBe(value);
  });

  it("keeps a day range", () => {
    expect(datesIn("Talks were held March 18-19, 2021, in Anchorage.", null)[0]).toMatchObject({ value: "2021-03-18", valueEnd: "2021-03-19", precision: "day" });
  });

  it("rejects impossible days", () => {
    expect(datesIn("They met on February 30, 2023.", null).filter((date) => date.precision === "day")).toEqual([]);
  });
});

describe("relative dates", () => {
  it.each([
    ["Blinken and Sullivan are set to meet Thursday with Wang Yi.", "2021-03-18"],
    ["They will meet on Monday.", "2021-03-22"],
    ["Blinken visited Tokyo on Tuesday.", "2021-03-16"],
    ["They met Wednesday at the hotel.", "2021-03-17"],
    ["The two headed to Seoul on Wednesday.", "2021-03-17"],
    ["Officials said Tuesday night that talks would go ahead.", "2021-03-16"],
    ["They met last Wednesday.", "2021-03-10"],
    ["They will meet next Wednesday.", "2021-03-24"],
    ["Yesterday, they agreed.", "2021-03-16"],
    ["A day after the meeting, Blinken spoke.", "2021-03-16"],
  ])("%s → %s", (text, value) => {
    expect(firstValue(text, WEDNESDAY)).toBe(value);
  });

  it.each([
    ["The leaders will meet next week.", "2021-03"],
    ["The leaders met last week.", "2021-03"],
    ["They spoke last month.", "2021-02"],
    ["A trip in February was scrapped.", "2021-02"],
    ["A summit in February is planned.", "2022-02"],
    ["They met in March.", "2021-03"],
    ["He will travel during the first week of June.", "2021-06"],
    ["The talks were held at the end of January.", "2021-01"],
  ])("%s → %s (month precision)", (text, value) => {
    expect(datesIn(text, WEDNESDAY)[0]).toMatchObject({ value, precision: "month" });
  });

  it.each([
    ["It happened last year.", "2020"],
    ["Tensions rose earlier this year.", "2021"],
  ])("%s → %s (year precision, never an engagement date)", (text, value) => {
    expect(datesIn(text, WEDNESDAY)[0]).toMatchObject({ value, precision: "year" });
  });

  it("resolves against the nearest explicit day when there is no publication date", () => {
    expect(datesIn("On March 16, 2021, officials said the two sides would meet Thursday.", null).map((date) => date.value)).toEqual(["2021-03-16", "2021-03-18"]);
  });

  it("leaves a weekday unresolved with no reference at all", () => {
    expect(firstValue("They met on Thursday.", null)).toBeNull();
  });
});

describe("date roles", () => {
  it("marks when someone spoke, not when something happened", () => {
    expect(datesIn("Biden told reporters Tuesday that the meeting went well.", WEDNESDAY)[0]?.role).toBe("reporting");
  });

  it("marks bounds", () => {
    expect(datesIn("Since May, officials have met twice.", WEDNESDAY)[0]?.role).toBe("bound");
  });
});

describe("multi-day engagements are dated by their first day", () => {
  it.each([
    ["The envoys held talks on Monday and Tuesday in Hanoi.", "2021-03-15", "2021-03-16"],
    ["The negotiators met on Monday and again on Tuesday.", "2021-03-15", "2021-03-16"],
    ["The delegations concluded two days of consultations in Geneva on Tuesday.", "2021-03-15", "2021-03-16"],
    ["The envoy wrapped up three days of meetings on Wednesday.", "2021-03-15", "2021-03-17"],
  ])("%s", (text, value, valueEnd) => {
    expect(datesIn(text, WEDNESDAY)[0]).toMatchObject({ value, valueEnd, role: "event" });
  });
});

describe("datelines", () => {
  it("reads the dateline's day as when the report was filed", () => {
    expect(datesIn("HANOI, March 17 (AP) — The envoys met on Tuesday.", WEDNESDAY).map((date) => date.role)).toEqual(["reporting", "event"]);
  });
});

describe("soft future spans", () => {
  it("reads 'in the coming days' as the month a few days on", () => {
    expect(datesIn("Yellen would travel to China in the coming days.", "2024-04-29")[0]).toMatchObject({ value: "2024-05", precision: "month" });
  });
});
