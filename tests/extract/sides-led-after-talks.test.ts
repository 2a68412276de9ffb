import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * Talks named by both sides without their people ("China-U.S. trade talks opened in Stockholm"),
 * then, a few sentences on, who led each side ("The Chinese delegation was led by …, and the U.S.
 * side by …"): one engagement, with its place and date and those leaders. Every sentence here is
 * written for the test.
 */

function engagementsOf(text: string, published: string) {
  return extractText(text, published).engagements.map((engagement) => ({
    role: engagement.role, date: engagement.date, place: engagement.place?.name ?? null,
    participants: engagement.participants.map((participant) => participant.name).sort(),
  }));
}

const LEADERS = "The Chinese delegation was led by Vice Premier He Lifeng, and the U.S. side by Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer.\n";

describe("the sides' leaders named after talks of both sides", () => {
  it("complete the talks, even after a few sentences on the scene", () => {
    const text =
      "China-U.S. trade talks opened in Stockholm on Monday.\n" +
      "Both capitals had played down hopes of a breakthrough.\n" +
      "Cars arrived at the venue early in the morning.\n" +
      "Police kept onlookers behind barriers.\n" +
      LEADERS;
    const found = engagementsOf(text, "2025-07-29");
    expect(found).toEqual([expect.objectContaining({ date: "2025-07-28", place: "Stockholm", participants: ["He Lifeng", "Jamieson Greer", "Scott Bessent"] })]);
  });

  it("complete a meeting of a mechanism of the two sides", () => {
    const text =
      "On July 28, the second meeting of the China-U.S. economic and trade consultation mechanism was held in Stockholm.\n" +
      "The Chinese delegation was led by He Lifeng, Vice Premier, while the U.S. side was headed by Scott Bessent, Secretary of the Treasury, along with Jamieson Greer, Trade Representative.\n";
    const found = engagementsOf(text, "2025-07-30");
    expect(found).toEqual([expect.objectContaining({ date: "2025-07-28", place: "Stockholm", participants: ["He Lifeng", "Jamieson Greer", "Scott Bessent"] })]);
  });

  it("do not complete talks told many sentences before", () => {
    const text =
      "China-U.S. trade talks opened in Stockholm on Monday.\n" +
      "Both capitals had played down hopes of a breakthrough.\n" +
      "Cars arrived at the venue early in the morning.\n" +
      "Police kept onlookers behind barriers.\n" +
      "Traders watched the currency markets closely.\n" +
      "Shipping firms waited for news on port fees.\n" +
      LEADERS;
    expect(engagementsOf(text, "2025-07-29").some((engagement) => engagement.place === "Stockholm" && engagement.participants.length > 0)).toBe(false);
  });

  it("do not make talks of both sides an engagement when no one is named as leading them", () => {
    const text = "China-U.S. trade talks opened in Stockholm on Monday.\nThe Chinese delegation arrived by train.\n";
    expect(engagementsOf(text, "2025-07-29").every((engagement) => engagement.participants.length === 0)).toBe(true);
  });

  it("do not make a forum's meeting one of the two sides", () => {
    const text = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Rome on Monday.\nExecutives gathered for a meeting of the U.S.-China Business Council in Washington on Tuesday.\n";
    const found = engagementsOf(text, "2024-05-20");
    expect(found).toHaveLength(1);
    expect(found[0]?.participants).toEqual(["Antony Blinken", "Wang Yi"]);
  });
});
