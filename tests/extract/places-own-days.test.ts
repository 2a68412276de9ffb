import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** The article's one city settles the main engagement's place: which sentences speak of the engagement, and a state beside its city. */

function mainPlaceOf(lines: string[], published: string) {
  const { engagements } = extractText(lines.join("\n"), published);
  return engagements.find((engagement) => engagement.role === "main")?.place ?? null;
}

describe("a sentence on one of the engagement's own days speaks of it", () => {
  it("keeps the city of a sentence that also names third parties, told on the engagement's day", () => {
    const place = mainPlaceOf([
      "Blinken to meet top Chinese officials May 4",
      "Secretary of State Antony Blinken plans to meet with top Chinese officials on May 4 during a stop in Honolulu, the department said on Wednesday, after his first trip abroad to U.S. allies Australia and New Zealand.",
    ], "2022-04-28");
    expect(place).toEqual({ name: "Honolulu", country: "United States" });
  });

  it("leaves to the third parties a meeting of theirs told on the engagement's day", () => {
    const place = mainPlaceOf([
      "Top diplomats hold talks",
      "Secretary of State Antony Blinken held talks with Foreign Minister Wang Yi on Monday.",
      "Also on Monday, the Japanese prime minister met the South Korean president in Seoul.",
    ], "2023-11-07");
    expect(place).toBeNull();
  });

  it("leaves to the third parties a sentence told on another day", () => {
    const place = mainPlaceOf([
      "Blinken to meet top Chinese officials May 4",
      "Secretary of State Antony Blinken plans to meet with top Chinese officials on May 2 during a stop in Honolulu, the department said on Wednesday, after his first trip abroad to U.S. allies Australia and New Zealand.",
    ], "2022-04-28");
    expect(place).toBeNull();
  });

  it("takes the city of a later day of talks its sentences say lasted days", () => {
    const place = mainPlaceOf([
      "Envoys wrap up talks",
      "The first meeting of the envoys came to an end on Tuesday in Anchorage.",
      "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Monday, in talks that ran over two days.",
    ], "2021-03-17");
    expect(place).toEqual({ name: "Anchorage", country: "United States" });
  });

  it("leaves out the city of another day when nothing says the talks lasted", () => {
    const place = mainPlaceOf([
      "Envoys wrap up talks",
      "The first meeting of the envoys came to an end on Tuesday in Anchorage.",
      "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Monday.",
    ], "2021-03-17");
    expect(place).toBeNull();
  });
});

describe("a state beside a city of its country", () => {
  it("settles on the city, not the state", () => {
    const place = mainPlaceOf([
      "Envoys hold talks in Alaska",
      "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Monday.",
      "Reporters waited for hours outside the hotel in Anchorage.",
    ], "2021-03-17");
    expect(place).toEqual({ name: "Anchorage", country: "United States" });
  });

  it("keeps the state when the article names no city in it", () => {
    const place = mainPlaceOf(["Envoys hold talks in Alaska", "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Monday."], "2021-03-17");
    expect(place).toEqual({ name: "Alaska", country: "United States" });
  });

  it("does not let the dateline's city outrank the state", () => {
    const place = mainPlaceOf([
      "WASHINGTON - Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi held talks on Thursday.",
      "Officials gathered in Alaska for the event.",
    ], "2021-03-19");
    expect(place).not.toEqual({ name: "Washington", country: "United States" });
  });

  it("does not take a city of another country for the state's", () => {
    const place = mainPlaceOf([
      "Envoys hold talks in Alaska",
      "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Monday.",
      "Reporters waited for hours outside the hotel in Vancouver.",
    ], "2021-03-17");
    expect(place).toBeNull();
  });
});
