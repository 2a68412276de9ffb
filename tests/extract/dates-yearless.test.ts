import { describe, expect, it } from "vitest";
import { findDatesStep } from "@/lib/extract/steps/find-dates";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { stateAfter } from "./helpers";

function firstValue(text: string, published: string | null): string | null | undefined {
  return stateAfter([segmentStep, findDatesStep], text, published).dates[0]?.value;
}

describe("the year of a day written without one", () => {
  it("is the occurrence a few days from publication, even in a past-tense sentence", () => {
    expect(firstValue("The envoys were booked for talks on March 9 that officials postponed.", "2024-03-06")).toBe("2024-03-09");
  });

  it("is the occurrence a few days before publication in a future sentence", () => {
    expect(firstValue("Negotiators will build on the framework from December 28, aides said.", "2025-01-03")).toBe("2024-12-28");
  });

  it("follows the tense when neither occurrence is near publication", () => {
    expect(firstValue("The two ministers met on October 2 and spoke again later.", "2024-04-20")).toBe("2023-10-02");
    expect(firstValue("The two ministers will meet on October 2 in a third country.", "2024-04-20")).toBe("2024-10-02");
  });

  it("is the one where a weekday written with it falls", () => {
    // 10 July 2024 is a Wednesday, 10 July 2023 a Monday
    expect(firstValue("The minister said that on Wednesday, July 10, he had briefed the cabinet.", "2024-02-14")).toBe("2024-07-10");
    expect(firstValue("The minister said that on July 10 he had briefed the cabinet.", "2024-02-14")).toBe("2023-07-10");
  });

  it("is the publication week's when the weekday beside it is off by one", () => {
    // 30 October 2025 is a Thursday; copy filed across a date line may call it Wednesday, and 30 October 2024 was one
    expect(firstValue("The two leaders met on Wednesday (Oct. 30) at an airport lounge.", "2025-10-30")).toBe("2025-10-30");
    // a week and more from publication the weekday still decides
    expect(firstValue("The two leaders met on Wednesday (Oct. 30) at an airport lounge.", "2025-12-20")).toBe("2024-10-30");
  });
});
