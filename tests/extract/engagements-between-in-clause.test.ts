import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A contact named by its own pair ("a call between Biden and Xi", "the one between Xi and Biden") inside a sentence about
 * another engagement is an engagement of its own, and its pair is not put at the one the sentence reports. Every sentence
 * here is written for the test.
 */

function engagementsOf(text: string, published: string | null = "2023-06-20") {
  return extractText(text, published).engagements.map((engagement) => ({
    role: engagement.role, mode: engagement.kind, date: engagement.date, place: engagement.place?.name ?? null,
    participants: engagement.participants.map((participant) => participant.name).sort(),
  }));
}

describe("a call between a pair, in a clause about another time", () => {
  it("reads 'the trip follows a call between Biden and Xi' as an earlier call of the pair", () => {
    const found = engagementsOf("Treasury Secretary Janet Yellen landed in Beijing on Monday for talks with Chinese Vice Premier He Lifeng. Yellen's trip follows a phone call between US President Joe Biden and Chinese President Xi Jinping, their first conversation since a summit in Lima.");
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", place: null, participants: ["Joe Biden", "Xi Jinping"] }));
    expect(found).toContainEqual(expect.objectContaining({ role: "main", place: "Beijing", participants: ["He Lifeng", "Janet Yellen"] }));
  });

  it("proposes no call where the clause names no pair of its own", () => {
    const found = engagementsOf("Treasury Secretary Janet Yellen landed in Beijing on Monday for talks with Chinese Vice Premier He Lifeng. Yellen's trip follows a phone call between the two sides, their first conversation in months.");
    expect(found.filter((engagement) => engagement.mode === "leader-call")).toHaveLength(0);
  });
});

describe("'the one between' a pair after a meeting word", () => {
  it("reads 'a follow-up to the one between Xi and Biden in Bali' as an earlier meeting there, not the reported one's", () => {
    const found = engagementsOf("US Treasury Secretary Janet Yellen met Chinese Vice Premier Liu He in Zurich on Monday. The meeting was a follow-up to the one between Chinese President Xi Jinping and US President Joe Biden in Bali, Indonesia, last November.");
    expect(found).toContainEqual(expect.objectContaining({ role: "main", place: "Zurich", participants: ["Janet Yellen", "Liu He"] }));
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", place: "Bali", participants: ["Joe Biden", "Xi Jinping"] }));
  });

  it("does not read 'the one between' without a meeting word before it", () => {
    const found = engagementsOf("US Treasury Secretary Janet Yellen met Chinese Vice Premier Liu He in Zurich on Monday. Yellen said the rivalry was the one between Chinese President Xi Jinping and US President Joe Biden.");
    expect(found).toHaveLength(1);
  });
});
