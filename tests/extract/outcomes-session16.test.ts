import { describe, expect, it } from "vitest";
import { extractText, outcomesAfterLead } from "./helpers";

/** Outcome guards of session 16. Sentences invented. */

const TALKS = "Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Geneva on Saturday.";

function outcomesOf(text: string, published = "2025-05-12") {
  return outcomesAfterLead(TALKS, text, published).map((outcome) => ({ status: outcome.status, topic: outcome.topic }));
}

describe("a settlement approached", () => {
  it.each([
    ["nearing", "Bessent told reporters the delegations were nearing an agreement on soybean purchases."],
    ["near", "Bessent said the teams were near an agreement on chip export controls."],
    ["toward", "The two delegations worked toward an agreement on fentanyl precursors."],
  ])("is not one reached: %s", (_, sentence) => {
    expect(outcomesOf(sentence).filter((outcome) => outcome.status === "agreed")).toEqual([]);
  });

  it("leaves a settlement reached agreed", () => {
    expect(outcomesOf("Bessent told reporters the two sides had reached an agreement on soybean purchases.").map((outcome) => outcome.status)).toContain("agreed");
  });
});

describe("a clause telling what a step led to", () => {
  it("is no part of what was announced", () => {
    const outcomes = outcomesOf("Later that week Beijing announced fresh curbs on rare earth exports, prompting Washington to threaten higher tariffs on its goods.");
    expect(outcomes.map((outcome) => outcome.topic)).not.toContain("trade-tariffs");
  });

  it("leaves a second item joined by 'and' in the announcement", () => {
    const outcomes = outcomesOf("Later that week Beijing announced fresh curbs on rare earth exports and lower tariffs on American farm goods.");
    expect(outcomes.map((outcome) => outcome.topic)).toEqual(expect.arrayContaining(["export-controls", "trade-tariffs"]));
  });
});

describe("a verb followed only by when and an aside", () => {
  it("names nothing resumed", () => {
    expect(outcomesOf("A Treasury spokeswoman said it will resume on Tuesday, without further detail.")).toEqual([]);
  });

  it("still reads what follows the day", () => {
    expect(outcomesOf("A Treasury spokeswoman said the two sides will resume on Monday their dialogue on tariffs.").map((outcome) => outcome.status)).toContain("agreed");
  });
});

describe("the pair told to meet, where that meeting is the one reported", () => {
  it("is news of the meeting ahead, not something it settled", () => {
    const text = "President Joe Biden will hold talks with Chinese President Xi Jinping in Lima on Saturday.\nAn aide confirmed on Tuesday that the two leaders would meet for about two hours before the forum opens.\n";
    const outcomes = extractText(text, "2024-11-12").engagements.flatMap((engagement) => engagement.outcomes);
    expect(outcomes).toEqual([]);
  });

  it("leaves a later meeting the pair settled on at a call an outcome of that call", () => {
    const text = "President Joe Biden spoke by phone with Chinese President Xi Jinping on Tuesday.\nThe White House said the two leaders would meet in Lima next month.\n";
    const outcomes = extractText(text, "2024-10-08").engagements.flatMap((engagement) => engagement.outcomes);
    expect(outcomes.map((outcome) => `${outcome.status} ${outcome.topic}`)).toContain("agreed leader-diplomacy");
  });
});

describe("a refusal whose object is a contact", () => {
  it.each([
    ["a request for a meeting", "Earlier, Beijing had rejected an American request for a meeting at the regional forum."],
    ["an invitation to meet", "Last spring the Chinese minister declined a U.S. invitation to meet Bessent in Tokyo."],
  ])("is news of an engagement not held, not a stand: %s", (_, sentence) => {
    expect(outcomesOf(sentence).map((outcome) => outcome.status)).not.toContain("rejected");
  });

  it("leaves a refusal of a demand a refusal", () => {
    expect(outcomesOf("He rejected the U.S. call for curbs on rare earth exports.").map((outcome) => outcome.status)).toContain("rejected");
  });

  it.each([
    ["during the talks", "He rejected the U.S. demands during the talks."],
    ["at the meeting", "He rejected U.S. export controls at the meeting."],
  ])("leaves a refusal a refusal when the contact is only where it was made: %s", (_, sentence) => {
    expect(outcomesOf(sentence).map((outcome) => outcome.status)).toContain("rejected");
  });
});

describe("a result told twice, once with its subject", () => {
  it("is one outcome, the short words of the two tellings aside", () => {
    const text = "Bessent said the negotiators had reached a very broad framework for the two bosses to sign. Later he said they had reached a very broad framework that would avert extra tariffs on Chinese goods.";
    expect(outcomesOf(text)).toEqual([{ status: "agreed", topic: "trade-tariffs" }]);
  });
});
