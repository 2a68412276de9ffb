import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * Who is at an engagement and which engagements a text reports (session 8, engagement
 * building). Every sentence here is written for the test.
 */

function engagementsOf(text: string, published: string | null = "2024-05-10") {
  return extractText(text, published).engagements.map((engagement) => ({
    role: engagement.role, status: engagement.status, date: engagement.date,
    participants: engagement.participants.map((participant) => participant.name).sort(),
  }));
}

describe("officials of both sides deciding on an engagement of someone else", () => {
  it("leaves the two presidents out of the trip they agreed another official would make", () => {
    const text = "Presidents Joe Biden and Xi Jinping met in Bali on Monday.\nBiden and Xi agreed that Secretary of State Antony Blinken would travel to China early next year.\n";
    const found = engagementsOf(text, "2022-11-16");
    expect(found).toContainEqual(expect.objectContaining({ status: "planned", participants: ["Antony Blinken"] }));
    expect(found.filter((engagement) => engagement.participants.includes("Antony Blinken"))).toHaveLength(1);
  });

  it("keeps them at an engagement they agreed one of them would hold", () => {
    const text = "Presidents Joe Biden and Xi Jinping met in Bali on Monday.\nBiden and Xi agreed that he would travel to Beijing next year.\n";
    const found = engagementsOf(text, "2022-11-16");
    expect(found.some((engagement) => engagement.participants.includes("Joe Biden") && engagement.status === "planned")).toBe(true);
  });

  it("keeps a single official who announces a meeting with the other side", () => {
    const text = "Secretary of State Antony Blinken confirmed that Chinese Foreign Minister Wang Yi would meet him in Jakarta on Thursday.\n";
    const found = engagementsOf(text, "2023-07-11");
    expect(found).toContainEqual(expect.objectContaining({ participants: ["Antony Blinken", "Wang Yi"] }));
  });
});

describe("a call named again by a word any meeting goes by", () => {
  it("reads 'the summit' after a video call of the same pair as that call", () => {
    const text = "President Joe Biden spoke by video with Chinese President Xi Jinping on Monday evening.\nObservers said Biden and Xi used the summit to lower the temperature.\n";
    const found = engagementsOf(text, "2021-11-16");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date: "2021-11-15", participants: ["Joe Biden", "Xi Jinping"] });
  });

  it("keeps a summit with a place of its own apart from the call", () => {
    const text = "President Joe Biden spoke by video with Chinese President Xi Jinping on Monday evening.\nBiden and Xi had held a summit in Bali the year before.\n";
    expect(engagementsOf(text, "2023-04-04")).toHaveLength(2);
  });

  it("keeps a phone call and a meeting of the pair apart when the meeting is said to be met in person", () => {
    const text = "President Joe Biden spoke by video with Chinese President Xi Jinping on Monday evening.\nBiden and Xi met in person to discuss trade.\n";
    expect(engagementsOf(text, "2023-04-04")).toHaveLength(2);
  });
});

describe("'today's meeting' as the engagement spoken of", () => {
  const lead = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.\n";

  it("reads the dated engagement a clause of it names as an earlier one", () => {
    const text = `${lead}Today's meeting followed a video call with Dong on April 16.\n`;
    const found = engagementsOf(text, "2024-05-31");
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", date: "2024-04-16" }));
  });

  it("proposes nothing more when the sentence names no other engagement", () => {
    const text = `${lead}Today's meeting lasted more than an hour.\n`;
    expect(engagementsOf(text, "2024-05-31")).toHaveLength(1);
  });
});

describe("people named with 'during the meeting'", () => {
  const lead = "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Madrid on Sunday.\n";

  it("places someone at the engagement when the sentence opens with it", () => {
    const text = `${lead}During the talks, Commerce Secretary Howard Lutnick raised export controls.\n`;
    const [main] = engagementsOf(text, "2025-09-16");
    expect(main?.participants).toContain("Howard Lutnick");
  });

  it("does not place someone whose own trip the sentence ends on", () => {
    const text = `${lead}Bessent then flies to London, where he will join President Donald Trump during his state visit.\n`;
    const [main] = engagementsOf(text, "2025-09-16");
    expect(main?.participants).not.toContain("Donald Trump");
  });
});
