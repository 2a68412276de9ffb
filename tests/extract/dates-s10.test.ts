import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** The lead engagement told in the present perfect, with no day of its own, is dated to the month of publication, with the publication date as written for evidence. */

function leadDate(text: string, published: string | null): string | null | undefined {
  return extractText(text, published).engagements[0]?.date;
}

describe("a lead engagement told in the present perfect", () => {
  it("takes the month of the publication date written in the text", () => {
    const text = "President Joe Biden and President Xi Jinping have held a video meeting, their first in months. The two sides discussed trade.\nMarch 3, 2022";
    expect(leadDate(text, "2022-03-03")).toBe("2022-03");
  });

  it("takes it when the perfect verb is the trigger itself", () => {
    const text = "Page of the embassy\nApril 9, 2024\nSecretary Antony Blinken and Foreign Minister Wang Yi have met in Beijing, officials said.";
    expect(leadDate(text, "2024-04-09")).toBe("2024-04");
  });

  it("keeps a day the text gives", () => {
    const text = "President Joe Biden and President Xi Jinping have held a video meeting on Monday.\nMarch 3, 2022";
    expect(leadDate(text, "2022-03-03")).toBe("2022-02-28");
  });

  it("is not read into the simple past, which says nothing of when", () => {
    const text = "A meeting between Jake Sullivan and Yang Jiechi took place in Rome. The talks lasted hours.\nMarch 3, 2022";
    expect(leadDate(text, "2022-03-03")).toBeNull();
  });

  it("is not read into a plan ('have agreed to meet')", () => {
    const text = "Secretary Antony Blinken and Foreign Minister Wang Yi have agreed to meet in Jakarta.\nMarch 3, 2022";
    expect(leadDate(text, "2022-03-03")).toBeNull();
  });

  it("needs the publication date written in the text for its evidence", () => {
    const text = "President Joe Biden and President Xi Jinping have held a video meeting, their first in months.";
    expect(leadDate(text, "2022-03-03")).toBeNull();
  });
});
