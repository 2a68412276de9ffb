import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Which engagement an article is mainly about. */

function mainDates(text: string) {
  return extractText(text, null).engagements.filter((engagement) => engagement.role === "main").map((engagement) => engagement.date);
}

describe("the engagement told first is the news", () => {
  it("a contact whose account opens the article outweighs an earlier one it recalls at more length", () => {
    const newsFirst =
      "Foreign Minister Wang Yi spoke by phone with Secretary of State Antony Blinken on March 3, 2022, pressing him to honour the words of President Joe Biden at his video summit with President Xi Jinping on November 16, 2021. " +
      "Wang said Biden had promised at that summit with Xi not to seek a new Cold War.";
    expect(mainDates(newsFirst)).toEqual(["2022-03-03"]);
  });

  it("a headline that plans a contact keeps the planned one the news, whatever the body tells first", () => {
    const plannedAfterLookBack =
      "Trump will meet Xi\n\n" +
      "President Donald Trump and President Xi Jinping shook hands after a meeting on the sidelines of the summit in Busan on October 30, 2025.\n\n" +
      "Trump will travel to Beijing in April for a meeting with Xi, officials said.";
    // negative: the meeting in Busan, though its sentence comes first, is not the news
    expect(mainDates(plannedAfterLookBack)).toEqual(["2026-04"]);
  });
});
