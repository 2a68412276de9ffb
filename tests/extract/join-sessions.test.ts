import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * The sessions of one engagement of several days are one engagement, dated by its first day;
 * meetings on other days that nothing ties into one span stay apart. Invented sentences only.
 */

function seen(text: string, published: string) {
  return extractText(text, published).engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name).sort(),
    date: engagement.date,
    place: engagement.place?.name ?? null,
    kind: engagement.kind,
  }));
}

describe("sessions of one engagement", () => {
  it("joins a session on the second day of talks the text says lasted two days", () => {
    const text =
      "Secretary of State Antony Blinken and Foreign Minister Wang Yi met for hours over two days in Oslo. " +
      "On Thursday, before the formal talks began, the two men traded sharp remarks in front of cameras. " +
      "Blinken and Wang Yi issued no joint statement after Friday's talks.";
    const found = seen(text, "2023-06-17");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ people: ["Antony Blinken", "Wang Yi"], date: "2023-06-15", place: "Oslo" });
  });

  it("joins a meeting during a visit of three days, dated by the day the visitor arrived", () => {
    const text = "President Joe Biden met Foreign Minister Wang Yi at the White House on Friday. Wang arrived in Washington on Thursday for three days of talks.";
    const found = seen(text, "2023-06-17");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ people: ["Joe Biden", "Wang Yi"], date: "2023-06-15", place: "Washington" });
  });
});

describe("meetings that are not sessions of one", () => {
  it("keeps the same pair on consecutive days apart when nothing says the talks lasted days", () => {
    const text =
      "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Oslo on Thursday. " +
      "Blinken met Wang Yi again in Oslo on Friday, this time over a working dinner.";
    expect(seen(text, "2023-06-17").map((engagement) => engagement.date)).toEqual(["2023-06-15", "2023-06-16"]);
  });

  it("keeps a meeting apart from an arrival the day after it, which starts no visit the meeting belongs to", () => {
    const text = "President Joe Biden met Foreign Minister Wang Yi at the White House on Thursday. Wang arrived in Washington on Friday for talks.";
    expect(seen(text, "2023-06-17")).toHaveLength(2);
  });

  it("keeps a meeting in another city apart from a visit of three days", () => {
    const text = "President Joe Biden met Foreign Minister Wang Yi in Washington on Friday. Wang arrived in New York on Thursday for three days of talks.";
    expect(seen(text, "2023-06-17").map((engagement) => engagement.place).sort()).toEqual(["New York", "Washington"]);
  });
});
