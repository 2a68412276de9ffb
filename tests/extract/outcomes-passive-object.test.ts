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

describe("an engagement that is only the object of the verb", () => {
  const TALKS = "National Security Adviser Jake Sullivan met Foreign Minister Wang Yi in Beijing on Tuesday for two days of talks.";

  function holdersOf(text: string) {
    return extractText(text, "2024-08-28").engagements.filter((engagement) => engagement.outcomes.length > 0).map((engagement) => engagement.participants.map((participant) => participant.name));
  }

  it("gives the outcome to the engagement spoken of before, where it was agreed", () => {
    const holders = holdersOf(`${TALKS} The two sides agreed to work toward a phone call between President Biden and President Xi in the coming weeks.\n`);
    expect(holders).toHaveLength(1);
    expect(holders[0]).toContain("Jake Sullivan");
  });

  it("keeps it with an engagement named as where it was agreed", () => {
    const holders = holdersOf(`${TALKS} President Biden and President Xi agreed at their summit in Woodside last November to restore military talks.\n`);
    expect(holders).toHaveLength(1);
    expect(holders[0]).toContain("Joe Biden");
  });
});
