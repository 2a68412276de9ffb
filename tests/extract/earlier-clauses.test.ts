import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * Earlier engagements named inside a clause of a sentence about another one (issue 7, the
 * real development part): each is an engagement of its own, role "mentioned", with the
 * clause's date and place. Every sentence here is written for the test.
 */

function engagementsOf(text: string, published: string | null = "2024-05-10") {
  return extractText(text, published).engagements.map((engagement) => ({
    role: engagement.role, status: engagement.status, date: engagement.date, place: engagement.place?.name ?? null,
    participants: engagement.participants.map((participant) => participant.name).sort(),
  }));
}

function evidenceHolds(text: string, published: string | null = "2024-05-10") {
  const extraction = extractText(text, published);
  for (const engagement of extraction.engagements) {
    for (const span of [...(engagement.dateEvidence ?? []), ...engagement.participants.flatMap((participant) => participant.evidence)]) {
      expect(text.slice(span.start, span.end)).toBe(span.exact);
    }
  }
}

describe("an engagement called the first since an earlier one", () => {
  it("reads 'their first talks since a call in March' as an earlier call of the same pair", () => {
    const text = "President Joe Biden met Chinese President Xi Jinping in Lima on Saturday.\nIt was their first sit-down since a long phone call in March.\n";
    const found = engagementsOf(text, "2024-11-17");
    expect(found).toContainEqual(expect.objectContaining({ role: "main", date: "2024-11-16", participants: ["Joe Biden", "Xi Jinping"] }));
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", status: "held", date: "2024-03", participants: ["Joe Biden", "Xi Jinping"] }));
    evidenceHolds(text, "2024-11-17");
  });

  it("reads 'for the first time since October' as an earlier engagement of the pair named", () => {
    const text = "Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi talked on Monday for the first time since October.\n";
    const found = engagementsOf(text, "2024-02-14");
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", status: "held", date: "2023-10", participants: ["Antony Blinken", "Wang Yi"] }));
    evidenceHolds(text, "2024-02-14");
  });

  it.each([
    ["'the first since taking office'", "Treasury Secretary Janet Yellen met Vice Premier He Lifeng on Friday, her first trip abroad since taking office.\n"],
    ["a first since an event that is no meeting, however dated", "Commerce Secretary Gina Raimondo met Commerce Minister Wang Wentao on Tuesday, the first meeting since the export rules took effect in January.\n"],
    ["a first since a bare year", "Defense Secretary Lloyd Austin held talks with Chinese Defense Minister Dong Jun on Friday, the first such talks since 2022.\n"],
    ["a first since a summit no one and no 'their' ties to a pair", "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Rome on Friday.\nTrade slowed sharply, the first fall since a summit in March.\n"],
  ])("proposes nothing more for %s", (_case, text) => {
    expect(engagementsOf(text)).toHaveLength(1);
  });
});

describe("an earlier engagement in a relative clause", () => {
  it("reads the meeting of an 'in which' clause as its own engagement, dated by its own full date", () => {
    const text = "Defense Secretary Lloyd Austin held a video call with Defense Minister Dong Jun on April 16, in which Dong recalled the words of President Joe Biden at his Nov. 15, 2023 summit with President Xi Jinping.\n";
    const found = engagementsOf(text, "2024-04-17");
    expect(found).toContainEqual(expect.objectContaining({ role: "main", date: "2024-04-16", participants: ["Dong Jun", "Lloyd Austin"] }));
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", date: "2023-11-15", participants: ["Joe Biden", "Xi Jinping"] }));
    evidenceHolds(text, "2024-04-17");
  });

  it("adds nothing for an 'in which' clause about no meeting", () => {
    const text = "Secretary of State Antony Blinken met Foreign Minister Wang Yi on Friday, in which both restated positions set out in a 2019 paper.\n";
    expect(engagementsOf(text)).toHaveLength(1);
  });
});

describe("two clauses about other times in one sentence", () => {
  it("dates each earlier engagement by its own clause", () => {
    const text = "Friday's meeting was the first since the task force was set up in February and the first since Secretary of State Antony Blinken raised the issue with President Xi Jinping at an April meeting in Beijing.\n";
    const found = engagementsOf(text, "2024-08-03");
    expect(found).toContainEqual(expect.objectContaining({ date: "2024-04", participants: ["Antony Blinken", "Xi Jinping"] }));
    expect(found.some((engagement) => engagement.date === "2024-02")).toBe(false);
  });
});

describe("an earlier engagement the text already reported", () => {
  it("joins 'the first time since November' to the November call reported before, whatever its mode", () => {
    const text = "President Joe Biden spoke by phone with Chinese President Xi Jinping on November 12.\nThe two leaders met in Lima on Saturday for the first time since November.\n";
    const found = engagementsOf(text, "2025-02-16");
    expect(found).toHaveLength(2);
    expect(found.filter((engagement) => engagement.date === "2024-11-12")).toHaveLength(1);
  });
});

describe("clauses about other times that name no meeting", () => {
  it("adds nothing for 'months after the pandemic' or 'since taking office in January'", () => {
    const text = "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Rome on Friday, months after the border reopened in March and a year since taking office in January.\n";
    expect(engagementsOf(text)).toHaveLength(1);
  });
});

describe("people named only in a clause about an earlier meeting", () => {
  it("gives them to that meeting, not to the one the sentence is about", () => {
    const text = "Deputy Secretary of State Kurt Campbell met Chinese Vice Foreign Minister Ma Zhaoxu in Vienna on Tuesday.\nPresident Joe Biden met President Xi Jinping in San Francisco in November.\nThe Vienna meeting was the first senior meeting since the task force was set up in February and the first since Secretary of State Antony Blinken discussed the issue with Xi in an April meeting.\n";
    const found = engagementsOf(text, "2024-06-12");
    expect(found).toHaveLength(3);
    expect(found).toContainEqual(expect.objectContaining({ role: "main", participants: ["Kurt Campbell", "Ma Zhaoxu"] }));
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", date: "2023-11", participants: ["Joe Biden", "Xi Jinping"] }));
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", status: "held", date: "2024-04", place: null, participants: ["Antony Blinken", "Xi Jinping"] }));
    evidenceHolds(text, "2024-06-12");
  });

  it("still reads a sentence opening with the clause as reporting it", () => {
    const text = "After Secretary of State Antony Blinken met Foreign Minister Wang Yi in Rome on Friday, both sides described the talks as candid.\n";
    expect(engagementsOf(text, "2024-06-16")).toEqual([expect.objectContaining({ date: "2024-06-14", place: "Rome", participants: ["Antony Blinken", "Wang Yi"] })]);
  });
});
