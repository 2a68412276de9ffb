import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * An earlier meeting named only as the origin of what is being carried out ("to implement the
 * consensus reached during their call") is not the meeting the sentence reports: its people stay
 * out of it. Every sentence here is written for the test.
 */

function engagementsOf(text: string, published: string) {
  return extractText(text, published).engagements.map((engagement) => ({
    role: engagement.role, date: engagement.date, place: engagement.place?.name ?? null,
    participants: engagement.participants.map((participant) => participant.name).sort(),
  }));
}

describe("a meeting named as the origin of what is carried out", () => {
  it("keeps the leaders who reached the consensus out of the ministers' call", () => {
    const text =
      "Commerce Secretary Gina Raimondo held a video call on Tuesday with Chinese Commerce Minister Wang Wentao.\n" +
      "On the call, Raimondo and Wang had frank exchanges on implementing the consensus reached by President Xi Jinping and President Joe Biden during their phone talks this spring.\n";
    const found = engagementsOf(text, "2024-06-12");
    const call = found.find((engagement) => engagement.participants.includes("Gina Raimondo"));
    expect(call?.participants).toEqual(["Gina Raimondo", "Wang Wentao"]);
  });

  it("leaves the ministers out of the summit whose commitments they carry out, which keeps its own place and date", () => {
    const text =
      "Secretary of State Antony Blinken spoke by phone with Chinese Foreign Minister Wang Yi on Friday.\n" +
      "The call is a first step toward carrying out commitments made last November by President Joe Biden and President Xi Jinping, who met in Woodside, California, and agreed to keep talking.\n";
    const found = engagementsOf(text, "2024-05-20");
    expect(found).toContainEqual(expect.objectContaining({ role: "main", participants: ["Antony Blinken", "Wang Yi"] }));
    const leaders = found.filter((engagement) => engagement.participants.includes("Joe Biden"));
    expect(leaders).toEqual([expect.objectContaining({ role: "mentioned", date: "2023-11", place: expect.stringContaining("Woodside"), participants: ["Joe Biden", "Xi Jinping"] })]);
  });

  it("still reads a meeting the sentence reports when it names no other one", () => {
    const text = "President Joe Biden and President Xi Jinping held a summit in Woodside on Wednesday to implement the agreements of their teams.\n";
    const found = engagementsOf(text, "2023-11-17");
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual(expect.objectContaining({ place: expect.stringContaining("Woodside"), participants: ["Joe Biden", "Xi Jinping"] }));
  });

  it("does not take a meeting whose outcomes are only reported, not carried out", () => {
    const text = "Treasury Secretary Janet Yellen held talks with Vice Premier He Lifeng in Guangzhou on Saturday, and the outcomes of the talks were praised by both sides.\n";
    const found = engagementsOf(text, "2024-04-08");
    expect(found).toHaveLength(1);
    expect(found[0]?.participants).toEqual(["He Lifeng", "Janet Yellen"]);
  });
});
