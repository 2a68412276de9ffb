import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * "The two sides" stands for the nearest meeting of both sides told before it. When that meeting names no one ("Beijing and
 * Washington wrapped up talks in Lima"), the officials of an older engagement are not its sides. Invented sentences only.
 */

function engagements(text: string) {
  return extractText(text, "2024-11-12").engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name).sort(),
    place: engagement.place?.name ?? null,
  }));
}

const EARLIER = "President Joe Biden and President Xi Jinping spoke by phone in April. The call was described as candid. ";

describe("the two sides after a meeting of unnamed sides", () => {
  it("does not give the talks of unnamed sides the leaders of an older call", () => {
    const found = engagements(`${EARLIER}Beijing and Washington on Monday wrapped up two days of trade talks in Lima. Wang Yi said the two sides used the Lima talks to narrow their differences.`);
    expect(found).toContainEqual({ people: [], place: "Lima" });
    expect(found).not.toContainEqual(expect.objectContaining({ people: expect.arrayContaining(["Joe Biden"]), place: "Lima" }));
  });

  it("still gives the two sides the officials named just before when no meeting of unnamed sides stands between", () => {
    const found = engagements("Secretary of State Antony Blinken met Foreign Minister Wang Yi in Lima on Monday. Trade was high on the agenda. The two sides held talks for three hours.");
    expect(found).toEqual([{ people: ["Antony Blinken", "Wang Yi"], place: "Lima" }]);
  });
});
