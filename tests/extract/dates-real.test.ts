import { describe, expect, it } from "vitest";
import { findDatesStep } from "@/lib/extract/steps/find-dates";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** Date failures seen on real reporting (issue 7): each case failed before its fix. */

function datesIn(text: string, reference: string | null) {
  return stateAfter([segmentStep, findDatesStep], text, reference).dates;
}

function valueOf(text: string, written: string, reference: string | null): string | null | undefined {
  return datesIn(text, reference).find((date) => date.text.includes(written))?.value;
}

// Thursday, 2024-05-16
const THURSDAY = "2024-05-16";

describe("dates on real reporting", () => {
  it("does not read 'United' as a past-tense verb: a trip announced for Tuesday lies ahead", () => {
    expect(valueOf("The minister will travel to the United States on Tuesday for talks.", "Tuesday", THURSDAY)).toBe("2024-05-21");
  });

  it("honours a year the sentence itself gives", () => {
    expect(valueOf("In 2019, the two envoys met on March 3 in Beijing.", "March 3", THURSDAY)).toBe("2019-03-03");
    expect(valueOf("The envoys met on March 3 in 2019, aides recalled.", "March 3", THURSDAY)).toBe("2019-03-03");
  });

  it("resolves 'the next day' and 'a day later' against the day they follow", () => {
    expect(valueOf("Talks opened on May 2. The next day, the ministers signed a statement.", "next day", THURSDAY)).toBe("2024-05-03");
    expect(valueOf("The envoy arrived on Monday, May 6. A day later she met the vice premier.", "day later", THURSDAY)).toBe("2024-05-07");
  });

  it("counts a lone future 'next day' from publication", () => {
    expect(valueOf("Officials said they would meet again the next day.", "next day", THURSDAY)).toBe("2024-05-17");
  });

  it("reads numeric and ordinal dates through chrono-node", () => {
    expect(valueOf("The two sides met on the 14th of April 2023 in Tianjin.", "14th", THURSDAY)).toBe("2023-04-14");
  });

  it("keeps every date's offsets exact", () => {
    const text = "In 2019, they met on March 3. The next day they spoke again. They will meet on the 4th of June.";
    for (const date of datesIn(text, THURSDAY)) expect(text.slice(date.start, date.end)).toBe(date.text);
  });
});

describe("a photo caption dates the meeting it shows", () => {
  it("gives the captioned meeting the caption's date", () => {
    const text = [
      "U.S. Secretary of State Antony Blinken meets Chinese Foreign Minister Wang Yi in Jakarta, Indonesia, July 13, 2023. REUTERS/Pool",
      "Blinken and Wang held talks on the sidelines of a regional meeting, the State Department said, discussing Taiwan and fentanyl.",
    ].join("\n");
    const [main] = extractText(text, "2023-07-14").engagements;
    expect(main?.date).toBe("2023-07-13");
  });
});

describe("week phrases are known to the month only when the week lies in one month", () => {
  // Tuesday, 2021-11-02: last week ran 24–30 October, this week began on Sunday 31 October
  const TUESDAY = "2021-11-02";

  it.each([
    ["The envoys met in Oslo last week.", "last week", "2021-10"],
    ["The envoys will meet in Oslo next week.", "next week", "2021-11"],
    ["The envoys will meet in Oslo later this week.", "later this week", "2021-11"],
  ])("%s → %s", (text, written, value) => {
    expect(valueOf(text, written, TUESDAY)).toBe(value);
  });

  it.each([
    ["The envoys met in Oslo this week.", "this week", TUESDAY],
    ["The envoys met in Oslo earlier this week.", "earlier this week", TUESDAY],
    // Tuesday 2021-10-05: last week ran 26 September to 2 October
    ["The envoys met in Oslo last week.", "last week", "2021-10-05"],
  ])("%s (said %s) straddles two months: no month", (text, written, reference) => {
    const date = datesIn(text, reference).find((found) => found.text.includes(written));
    expect(date).toMatchObject({ value: null, precision: "month" });
  });
});

describe("with no publication date, deictic words count from nothing written elsewhere", () => {
  const text = [
    "A photograph taken on January 9, 2022 shows the two envoys in Oslo.",
    "The envoys met on Thursday, and the ministry said on June 3 that a second round, like the first in mid-April, would follow.",
  ].join("\n");

  it("leaves a weekday unresolved when the only day written is in another sentence", () => {
    expect(valueOf(text, "Thursday", null)).toBeNull();
  });

  it("gives a day or a month written without a year the year the text speaks of, whatever the tense", () => {
    expect(valueOf(text, "June 3", null)).toBe("2022-06-03");
    expect(valueOf(text, "mid-April", null)).toBe("2022-04");
  });

  it("takes the year from the explicit day written nearest, even after the date", () => {
    const later = "The envoys met in Oslo on Oct. 12.\nA photograph dated October 12, 2024 shows them shaking hands.";
    expect(valueOf(later, "Oct. 12", null)).toBe("2024-10-12");
  });

  it("puts a day in the occurrence closest to that explicit day, across a new year", () => {
    const background = "The envoys spoke by phone on Jan. 5 and recalled their leaders' summit of Dec. 20, 2023.";
    expect(valueOf(background, "Jan. 5", null)).toBe("2024-01-05");
    expect(valueOf("Their talks on Dec. 28 built on a call of Jan. 3, 2025.", "Dec. 28", null)).toBe("2024-12-28");
  });

  it("still counts a weekday from a day its own sentence gives", () => {
    expect(valueOf("On June 3, 2022, the ministry said the envoys would meet on Thursday.", "Thursday", null)).toBe("2022-06-09");
  });
});
