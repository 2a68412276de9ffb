import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Outcome rules of session 8b. Sentences invented. */

const MEETING = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Phnom Penh on Tuesday.";

function statusesOf(text: string, published = "2024-06-19") {
  return extractText(text, published).engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => outcome.status));
}

describe("a verb whose agent follows it", () => {
  it.each([
    ["agreed upon by", "The hotline was part of the package agreed upon by the two presidents last year."],
    ["agreed by a named agent", "The ministers discussed the visit, the main step agreed by President Biden and Xi in Bali."],
    ["proposed by", "They reviewed the maritime rules proposed by the Chinese side in 2022."],
  ])("is a participle and states no outcome: %s", (_, sentence) => {
    expect(statusesOf(`${MEETING} ${sentence}\n`)).toEqual([]);
  });

  it("keeps a verb followed by a means or a deadline", () => {
    expect(statusesOf(`${MEETING} The two ministers agreed by phone to restore military talks.\n`)).toEqual(["agreed"]);
    expect(statusesOf(`${MEETING} The two ministers agreed by the end of the meeting to restore military talks.\n`)).toEqual(["agreed"]);
  });
});
