import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A settlement a sentence says was reached at an engagement it names ("… at their meeting in
 * Woodside", "a round in Stockholm, where both sides agreed …") is that engagement's result,
 * even in a sentence about another one. Sentences invented.
 */

const CALL = "Chinese defense chief Dong Jun held a video call with U.S. Defense Secretary Lloyd Austin on Tuesday.";
const ROUND = "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Madrid on Sunday.";
const VISIT = "National Security Advisor Jake Sullivan met Foreign Minister Wang Yi in Beijing on Tuesday.";

function outcomesByRole(text: string) {
  return extractText(`${text}\n`, "2024-01-10").engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => ({ role: engagement.role, status: outcome.status, topic: outcome.topic })));
}

describe("a settlement reached at an engagement the sentence names", () => {
  it.each([
    ["named after it: at their meeting", `${CALL}\nDong said the two presidents reached a consensus on restoring military contacts at their meeting in Woodside last November.`, "military-communication"],
    ["named before it: talks where", `${ROUND}\nIt was their first meeting since talks in Stockholm in July, where both sides agreed to extend the tariff truce for 90 days.`, "trade-tariffs"],
    ["named before it, with an initial between: talks where", `${ROUND}\nIt was their first meeting since talks in the U.S. capital in July, where both sides agreed to extend the tariff truce for 90 days.`, "trade-tariffs"],
  ])("is that engagement's: %s", (_, text, topic) => {
    expect(outcomesByRole(text)).toEqual([{ role: "mentioned", status: "agreed", topic }]);
  });
});

describe("what stays with the engagement reported", () => {
  it("keeps a settlement whose named meeting is where an earlier consensus was reached", () => {
    const text = `${VISIT}\nThe two sides agreed to carry out the consensus on fentanyl reached at the San Francisco meeting between the two presidents.`;
    expect(outcomesByRole(text)).toEqual([{ role: "main", status: "agreed", topic: "fentanyl" }]);
  });

  it("keeps a meeting agreed on, with the summit it is to be held at", () => {
    const text = `${VISIT}\nBoth sides agreed to work toward a leaders meeting on trade at the G20 summit in November.`;
    expect(outcomesByRole(text)).toEqual([{ role: "main", status: "agreed", topic: "trade-tariffs" }]);
  });
});
