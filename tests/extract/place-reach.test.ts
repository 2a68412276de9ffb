import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Linkage corpus, issue 7: a meeting whose counterpart has a long title lost its city, so its reports could not be linked. */
describe("the place of a meeting named after a long title", () => {
  it("places the meeting however long the counterpart's title before the date and city", () => {
    const text =
      "Vilsack meets Chinese diplomat\n\nSecretary of Agriculture Tom Vilsack met with Director-General of North American and Oceanian Affairs, Foreign Ministry Yang Tao on May 7, 2022 in Honolulu. Vilsack stressed the importance of open lines of communication, a spokesperson said.\n";
    const [main] = extractText(text, "2022-05-08").engagements;
    expect(main).toMatchObject({ date: "2022-05-07", place: { name: "Honolulu" } });
  });

  it("still counts the reach from the last participant: a city far past them is not where they met", () => {
    const text =
      "Talks\n\nSecretary of State Antony Blinken met with Foreign Minister Wang Yi in Jakarta on Monday, and afterwards the staff of both delegations had dinner together at a restaurant overlooking the harbour in Honolulu.\n";
    const [main] = extractText(text, "2023-06-20").engagements;
    expect(main?.place?.name).toBe("Jakarta");
  });

});
