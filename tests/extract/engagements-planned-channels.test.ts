import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A contact of both sides' regional military commands planned in a readout ("planned to hold a theater commander video call",
 * "agreed to arrange a call between theater commanders"): a planned engagement of its own, with nobody named at it, and not
 * one of the officials who agreed on it. Invented sentences only.
 */

const LEAD = "National Security Adviser Jake Sullivan met Foreign Minister Wang Yi in Beijing on Tuesday. ";

function engagements(text: string) {
  return extractText(text, "2025-09-18").engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name),
    kind: engagement.kind,
    status: engagement.status,
    date: engagement.date,
    place: engagement.place?.name ?? null,
  }));
}

describe("a planned contact of the two militaries' theater commands", () => {
  it("reads a theater commander call the two sides planned as a planned military contact, unplaced and undated", () => {
    expect(engagements(`${LEAD}The two sides also planned to hold a theater commander video call soon.`)).toEqual([
      expect.objectContaining({ people: ["Jake Sullivan", "Wang Yi"], status: "held", place: "Beijing" }),
      { people: [], kind: "military-talks", status: "planned", date: null, place: null },
    ]);
  });

  it("does not put the officials who agreed on a call between theater commanders at it", () => {
    expect(engagements(`${LEAD}Sullivan and Wang agreed to arrange a phone call between theater commanders of the two militaries.`)).toEqual([
      expect.objectContaining({ people: ["Jake Sullivan", "Wang Yi"], status: "held", place: "Beijing" }),
      { people: [], kind: "military-talks", status: "planned", date: null, place: null },
    ]);
  });

  it("reads no contact in a channel said to resume, nor in delegations meeting about nothing said", () => {
    expect(engagements(`${LEAD}The two ministers agreed to resume talks between theater commanders.`)).toHaveLength(1);
    expect(engagements(`${LEAD}The White House would say later where and when the two countries' delegations will meet.`)).toHaveLength(1);
  });
});
