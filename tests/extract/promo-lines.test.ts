import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/extract";
import { prepareArticle } from "@/lib/ingest";

/**
 * "READ: Envoys to meet in Lisbon after Xi-Biden call": a line pointing to another story of the site is that story's
 * headline, not a sentence of this one, and reports none of its engagements. Invented lines only.
 */

function engagementsOf(raw: string) {
  const prepared = prepareArticle(raw, { fileName: "promo.txt", published: "2024-05-20" });
  return extractArticle(prepared).engagements.map((engagement) => engagement.participants.map((participant) => participant.name).sort());
}

const STORY = "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Monday.\n\nThe two discussed trade and the fentanyl trade.\n\n";

describe("a promo line to another story", () => {
  it("reads no engagement in a 'READ:' line between paragraphs", () => {
    expect(engagementsOf(`${STORY}READ: Senior US delegation heads to China next week after Biden talks\n\nBlinken left for Tokyo afterwards.\n`)).toEqual([["Antony Blinken", "Wang Yi"]]);
  });

  it("keeps a sentence in which something read a line", () => {
    expect(engagementsOf(`${STORY}A banner outside read: Welcome. President Joe Biden met President Xi Jinping in Lima on Saturday.\n`)).toContainEqual(["Joe Biden", "Xi Jinping"]);
  });
});
