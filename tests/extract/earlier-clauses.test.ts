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

  it("proposes nothing for 'the first since taking office'", () => {
    const text = "Treasury Secretary Janet Yellen met Vice Premier He Lifeng on Friday, her first trip abroad since taking office.\n";
    expect(engagementsOf(text)).toHaveLength(1);
  });

  it("proposes nothing for a first since an event that is no meeting, however dated", () => {
    const text = "Commerce Secretary Gina Raimondo met Commerce Minister Wang Wentao on Tuesday, the first meeting since the export rules took effect in January.\n";
    expect(engagementsOf(text)).toHaveLength(1);
  });

  it("proposes nothing for a bare year", () => {
    const text = "Defense Secretary Lloyd Austin held talks with Chinese Defense Minister Dong Jun on Friday, the first such talks since 2022.\n";
    expect(engagementsOf(text)).toHaveLength(1);
  });

  it("does not guess the pair when no one and no 'their' points at it", () => {
    const text = "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Rome on Friday.\nTrade slowed sharply, the first fall since a summit in March.\n";
    expect(engagementsOf(text)).toHaveLength(1);
  });
});
