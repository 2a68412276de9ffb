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
