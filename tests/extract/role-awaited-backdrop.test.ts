import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** A contact still to come, named only as what something else comes ahead of, is the backdrop of another story. */

function roles(text: string) {
  return extractText(text, "2025-06-09").engagements.map((engagement) => engagement.role);
}

const MARKET_BODY =
  "Copper slipped by half a percent in early trading. " +
  "Dealers said volumes were thin across the region. " +
  "The dollar was flat against the yen.\n";

describe("a planned contact named only inside an 'ahead of' clause", () => {
  it("is mentioned, and the market report has no main engagement", () => {
    const report = "Metal prices were little changed on Monday, with traders cautious ahead of U.S.-China trade talks due to open in Geneva. " + MARKET_BODY;
    expect(roles(report)).toEqual(["mentioned"]);
  });

  it("is mentioned when the sentence's subject is another round of meetings it comes ahead of", () => {
    const tour =
      "President Joe Biden landed in Manila on Sunday for two days of talks with leaders of the region. " +
      "The week of meetings in Manila comes ahead of next month's summit in Lima, where Biden will meet President Xi Jinping. " +
      "Biden will also sign a port deal with the Philippine president.\n";
    expect(roles(tour)).not.toContain("main");
  });

  it("negative: a planned meeting of the pair that is itself the subject coming ahead stays the news", () => {
    const theirs = "President Joe Biden's meeting with President Xi Jinping next week comes ahead of a regional summit in Lima. " + MARKET_BODY;
    expect(roles(theirs)).toEqual(["main"]);
  });

  it("negative: the same planned talks told in a clause of their own stay the news", () => {
    const preview = "U.S. and Chinese trade negotiators will hold talks in Geneva on Tuesday, officials said on Monday. " + MARKET_BODY;
    expect(roles(preview)).toEqual(["main"]);
  });

  it("negative: a contact held ahead of another keeps its place as the news", () => {
    const held = "Secretary of State Marco Rubio met Foreign Minister Wang Yi in Geneva on Monday ahead of trade talks due later in the week. " + MARKET_BODY;
    expect(roles(held)).toContain("main");
  });
});
