import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * Talks named by their subject ("trade talks"): the subject is what those talks were about,
 * and counts for them alone. A channel of contact named the same way ("defense talks") only
 * says what form the engagement took.
 */

function topicsOfMain(text: string): string[] {
  const main = extractText(`${text}\n`, "2025-05-12").engagements.find((engagement) => engagement.role === "main");
  return main?.topics.map((topic) => topic.slug) ?? [];
}

describe("talks named by their subject", () => {
  it.each([
    ["held talks", "Treasury Secretary Scott Bessent and Vice Premier He Lifeng opened two days of trade talks in Geneva on Saturday."],
    ["planned talks", "U.S. and Chinese negotiators will hold a fresh round of economic and trade talks in Madrid next week, the Commerce Ministry said on Monday."],
  ])("%s give their subject to those talks", (_name, text) => {
    expect(topicsOfMain(text)).toContain("trade-tariffs");
  });
});

describe("talks named by a subject that is not the engagement's", () => {
  it("talks another engagement led to are not its subject", () => {
    const text = "President Donald Trump spoke with Chinese President Xi Jinping by phone on Thursday, a call that opened the door to trade talks in Rome the following week.";
    expect(topicsOfMain(text)).not.toContain("trade-tariffs");
  });

  it("a military channel named by the talks themselves is their form, not a subject raised", () => {
    const text = "Defense policy talks between Pentagon official Michael Chase and Maj. Gen. Song Yanchao were held in Washington on Tuesday.";
    expect(topicsOfMain(text)).not.toContain("military-communication");
  });
});
