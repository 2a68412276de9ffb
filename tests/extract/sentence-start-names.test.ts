import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A short name ("Biden", "Xi") opening a sentence must be read even when the sentence before
 * ends in a capitalised word; the sentences are written for the test.
 */
function participantsOf(text: string, published: string) {
  return extractText(text, published).engagements.map((engagement) => engagement.participants.map((participant) => participant.name).sort());
}

describe("a short name at the start of a sentence", () => {
  it("reads 'Biden and Xi' after a sentence ending in a capitalised word as the two leaders", () => {
    const text = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Vientiane on Friday.\nBiden and Xi last spoke by phone in April.\n";
    expect(participantsOf(text, "2024-07-27")).toContainEqual(["Joe Biden", "Xi Jinping"]);
  });

  it("still reads a capitalised word inside a name as part of that name", () => {
    const text = "The fund manager Henry Blinken met analysts in Shanghai on Friday.\n";
    expect(participantsOf(text, "2024-07-27")).toEqual([]);
  });
});
