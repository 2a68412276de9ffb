import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * Who takes part in an earlier engagement a clause names in passing, when the clause opens on
 * a pronoun: "he"/"she" stands for the sentence's subject, "our"/"my" inside a quotation for the
 * one quoted. Invented sentences only.
 */

interface Seen {
  people: string[];
  kind: string;
  date: string | null;
  place: string | null;
}

function engagements(text: string, published = "2025-03-14"): Seen[] {
  return extractText(text, published).engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name).sort(),
    kind: engagement.kind,
    date: engagement.date,
    place: engagement.place?.name ?? null,
  }));
}

const YELLEN_TALKS =
  "Treasury Secretary Janet Yellen held a video call with Vice Premier He Lifeng on Thursday. " +
  "Earlier this year, in April, Yellen paid a visit to China, during which she held talks with He Lifeng in Guangzhou and Beijing.";

function aprilVisit(text: string): Seen | undefined {
  return engagements(text, "2024-10-25").find((engagement) => engagement.date === "2024-04");
}

function withPeople(text: string, people: string[], published?: string): Seen | undefined {
  const wanted = [...people].sort().join("|");
  return engagements(text, published).find((engagement) => engagement.people.join("|") === wanted);
}

describe("a clause opening on he or she", () => {
  it("puts the sentence's subject on the talks the clause names with someone of the other side", () => {
    expect(aprilVisit(YELLEN_TALKS)?.people).toEqual(["He Lifeng", "Janet Yellen"]);
  });

  it("does not add the subject when the clause already names both sides", () => {
    const text = "Blinken flew home on Friday, a week after he sat in on talks between Biden and Xi in Lima on November 16, 2024.";
    expect(engagements(text, "2024-11-23").some((engagement) => engagement.people.includes("Antony Blinken") && engagement.people.includes("Xi Jinping") && engagement.people.length === 3)).toBe(false);
  });

  it("leaves the subject alone when the clause names someone of the subject's own side", () => {
    const text = "Defense Secretary Lloyd Austin spoke to reporters in Manila on Monday, days after he met Secretary of State Antony Blinken in Tokyo.";
    expect(engagements(text, "2024-07-30").some((engagement) => engagement.people.includes("Lloyd Austin") && engagement.people.includes("Antony Blinken"))).toBe(false);
  });
});

describe("a quotation opening a clause on our or my", () => {
  it("puts the one quoted on the earlier call, the quotation running over two sentences", () => {
    const text =
      "Defense Secretary Pete Hegseth met Admiral Dong Jun in Singapore on Friday.\n\n" +
      "“This meeting followed our February 3 video call with Admiral Dong. We will keep talking,” Hegseth said.";
    const earlier = engagements(text).find((engagement) => engagement.date === "2025-02-03");
    expect(earlier?.people).toEqual(["Dong Jun", "Pete Hegseth"]);
  });

  it("puts the one quoted on it when the quotation closes in the same sentence", () => {
    const text =
      "Defense Secretary Pete Hegseth met Admiral Dong Jun in Singapore on Friday.\n\n" +
      "“This meeting followed our February 3 video call with Admiral Dong,” Hegseth said.";
    const earlier = engagements(text).find((engagement) => engagement.date === "2025-02-03");
    expect(earlier?.people).toEqual(["Dong Jun", "Pete Hegseth"]);
  });

  it("does not take a speaker for 'our' written outside any quotation", () => {
    const text =
      "Defense Secretary Pete Hegseth met Admiral Dong Jun in Singapore on Friday.\n\n" +
      "This meeting followed our February 3 video call with Admiral Dong, a Pentagon official wrote.";
    const earlier = engagements(text).find((engagement) => engagement.date === "2025-02-03");
    expect(earlier?.people ?? ["Dong Jun"]).toEqual(["Dong Jun"]);
  });
});

describe("two places joined by 'and'", () => {
  it("names no one city for talks held in both", () => {
    expect(aprilVisit(YELLEN_TALKS)?.place).toBe("China");
  });

  it("keeps the one city of talks held there", () => {
    const text = YELLEN_TALKS.replace(" in Guangzhou and Beijing", " in Guangzhou");
    expect(aprilVisit(text)?.place).toBe("Guangzhou");
  });

  it("keeps a city and its own country", () => {
    const text = "Treasury Secretary Janet Yellen held talks with Vice Premier He Lifeng in Guangzhou, China, on April 6.";
    expect(withPeople(text, ["He Lifeng", "Janet Yellen"], "2024-04-08")?.place).toBe("Guangzhou");
  });
});
