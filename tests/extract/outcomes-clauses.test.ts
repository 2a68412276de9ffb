import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Outcome rules of session 8, drawn from real reporting. Sentences invented. */

const MEETING = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Phnom Penh on Tuesday.";

function outcomesOf(text: string, published = "2024-06-19") {
  return extractText(text, published).engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => ({ status: outcome.status, topic: outcome.topic, statement: outcome.statement })));
}

describe("a verb inside a relative clause", () => {
  it.each([
    ["a line drawn", `${MEETING} Dong said the island was a boundary across which Beijing would tolerate no meddling.`],
    ["a document described", `${MEETING} The bulletin in which the ministry announced the minister's tour of Europe said nothing of the talks.`],
  ])("states no outcome: %s", (_, text) => {
    expect(outcomesOf(`${text}\n`)).toEqual([]);
  });

  it("reads what was settled during or at a meeting as its result", () => {
    const text = "Defense Secretary Lloyd Austin held talks with Chinese Defense Minister Dong Jun in Phnom Penh on Tuesday, during which the two sides agreed to restore a hotline between their militaries.\n";
    expect(outcomesOf(text).map((outcome) => outcome.status)).toEqual(["agreed"]);
  });

  it("leaves the same verb in a main clause an outcome", () => {
    const outcomes = outcomesOf(`${MEETING} The ministry announced new talks on maritime safety between the two militaries.\n`);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["announced"]);
  });
});

describe("what two sides reached, however qualified", () => {
  const TALKS = "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Madrid on Sunday for two days of trade talks.";

  it("reads a qualified framework, quoted or not, as agreed and names it", () => {
    for (const qualified of ["a tentative framework", "a “workable” framework"]) {
      const outcomes = outcomesOf(`${TALKS} The two sides reached ${qualified} on tariff relief, the negotiators said.\n`);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(["agreed"]);
      expect(outcomes[0]?.statement).toMatch(/^(?:Tentative|Workable”) framework on tariff relief$/);
    }
  });

  it("reads nothing from an agreement reached in a negative or unnamed", () => {
    expect(outcomesOf(`${TALKS} Neither delegation indicated that they had reached any understanding on tariffs.\n`)).toEqual([]);
    expect(outcomesOf(`${TALKS} “We reached a broad understanding,” He told state television.\n`)).toEqual([]);
  });

  it("gives the outcome to the engagement named last before the verb", () => {
    const text = "President Donald Trump met President Xi Jinping in Busan on Thursday. The summit followed talks between Scott Bessent and He Lifeng in Kuala Lumpur on Sunday, who reached a tentative framework on tariffs there.\n";
    const engagements = extractText(text, "2025-10-30").engagements;
    const holder = engagements.find((engagement) => engagement.outcomes.length > 0);
    expect(holder?.participants.map((participant) => participant.name)).toContain("He Lifeng");
  });
});

describe("a lead that names the two sides only as a pair", () => {
  const BODY = "National Security Adviser Jake Sullivan met Foreign Minister Wang Yi in Valletta on Saturday for two days of talks.";

  it("states the main engagement's outcome", () => {
    const outcomes = outcomesOf(`Both sides say they are committed to holding regular talks between their militaries.\n\n${BODY}\n`);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["agreed"]);
    expect(outcomes[0]?.statement).toMatch(/^Holding regular talks/);
  });

  it("does not when the pair is two other countries", () => {
    expect(outcomesOf(`Japan and South Korea met in Seoul, and the two sides agreed to hold regular talks between their militaries.\n\n${BODY}\n`)).toEqual([]);
  });
});

describe("a joint activity said to go on", () => {
  const TALKS = "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Stockholm on Monday for trade talks.";

  it("is agreed, stated with the words that qualify it", () => {
    const outcomes = outcomesOf(`${TALKS} He told reporters the meeting was useful and that regular contacts would continue.\n`);
    expect(outcomes).toEqual([expect.objectContaining({ status: "agreed", statement: "Regular contacts would continue" })]);
  });

  it("is not when only the meeting's own next session follows", () => {
    expect(outcomesOf(`${TALKS} The discussions will resume on Tuesday.\n`)).toEqual([]);
  });

  it("does not go to a call proposed earlier in the same sentence", () => {
    const text = `${TALKS} The statement said the two sides would hold a video call between their deputies in the coming weeks, and that regular contacts would continue.\n`;
    const engagements = extractText(text, "2024-06-19").engagements;
    expect(engagements.find((engagement) => engagement.outcomes.some((outcome) => /contacts/.test(outcome.statement)))?.role).toBe("main");
  });
});
