import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A meeting of the same people recalled with only a year before the report's ("they met in
 * 2019") is an engagement of its own, not more of the one the report is about (issue 7, the
 * real development part). Every sentence here is written for the test.
 */

function engagementsOf(text: string, published: string) {
  return extractText(text, published).engagements.map((engagement) => ({
    role: engagement.role, date: engagement.date, participants: engagement.participants.map((participant) => participant.name).sort(),
  }));
}

describe("a meeting recalled with a year before the report's", () => {
  it("keeps 'met … in 2022' apart from the meeting reported", () => {
    const text = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.\n\nAustin had also met Dong's predecessor, Wei Fenghe, in 2022 at the same forum.\n";
    const found = engagementsOf(text, "2024-06-01");
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(expect.objectContaining({ date: "2024-05-31", participants: ["Dong Jun", "Lloyd Austin"] }));
    expect(found).toContainEqual(expect.objectContaining({ date: null, participants: expect.arrayContaining(["Lloyd Austin", "Wei Fenghe"]) }));
  });

  it("reads 'the 2021 edition' of a forum as a year", () => {
    const text = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.\n\nAt the 2021 edition of the forum, Austin held talks with Wei Fenghe.\n";
    const found = engagementsOf(text, "2024-06-01");
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(expect.objectContaining({ date: null, participants: ["Lloyd Austin", "Wei Fenghe"] }));
  });

  it("keeps a picture caption recalled from 2019 apart, and the report's own summit whole", () => {
    const text = [
      "President Donald Trump and Chinese President Xi Jinping meet again as a trade truce holds.",
      "An archive photo shows Trump and Xi in 2019, shortly before a meeting in Osaka, Japan.",
      "During the talks on Thursday, the two leaders agreed to lower tariffs.",
      "",
    ].join("\n");
    const found = extractText(text, "2025-10-31").engagements.map((engagement) => ({ role: engagement.role, date: engagement.date, place: engagement.place?.name ?? null }));
    expect(found).toHaveLength(2);
    expect(found).toContainEqual({ role: "main", date: "2025-10-30", place: null });
    expect(found).toContainEqual({ role: "mentioned", date: null, place: "Osaka" });
  });
});

describe("a year that recalls no other meeting", () => {
  it("does not split off the report's year", () => {
    const text = "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Monday.\n\nBlinken and Wang held their third meeting in 2024 there, aides said.\n";
    expect(engagementsOf(text, "2024-04-30")).toHaveLength(1);
  });

  it("does not split off a trip still to come next year", () => {
    const text = "President Donald Trump said on Friday he would travel to China next year.\n\nBeijing gave no date for Trump's visit to China.\n";
    expect(engagementsOf(text, "2025-09-19")).toHaveLength(1);
  });

  it("does not split off the meeting named as the one spoken of", () => {
    const text = "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Stockholm on Monday.\n\nThe Stockholm talks, aides noted, were already the pair's third in 2023.\n";
    expect(engagementsOf(text, "2025-09-16")).toHaveLength(1);
  });
});
