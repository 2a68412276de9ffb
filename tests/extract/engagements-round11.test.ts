import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Engagements and their participants, round 11. Invented sentences. */

const summary = (text: string, published = "2024-05-20") =>
  extractText(text, published).engagements.map((engagement) => ({
    date: engagement.date,
    people: engagement.participants.map((participant) => participant.name).sort(),
  }));

const HELD = "Secretary of State Antony Blinken met Foreign Minister Wang Yi for long hours in Lisbon.";

describe("a dated sentence about the same held meeting", () => {
  it("dates the undated meeting it follows instead of starting a twin", () => {
    const engagements = summary(`${HELD} On Wednesday, before the formal talks began, the two sides traded sharp words in an opening session.`);
    expect(engagements).toEqual([{ date: "2024-05-15", people: ["Antony Blinken", "Wang Yi"] }]);
  });

  it("keeps apart a session still to come", () => {
    const engagements = summary(`${HELD} On June 12, before the formal talks begin, the two sides will trade views in an opening session.`);
    expect(engagements).toHaveLength(2);
    expect(engagements.map((engagement) => engagement.date)).toContain(null);
  });

  it("keeps apart a dated session that brings in someone the held meeting lacked", () => {
    const engagements = summary(`${HELD} On Wednesday, before the formal talks began, Treasury Secretary Janet Yellen and Wang traded sharp words in an opening session.`);
    expect(engagements).toHaveLength(2);
    expect(engagements.find((engagement) => engagement.people.includes("Antony Blinken"))?.date).toBeNull();
  });
});
