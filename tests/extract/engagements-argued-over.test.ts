import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * Someone's trip named as what is argued over ("tensions over the senator's planned trip") is not the engagement the
 * sentence reports: its people and its date stay with it. A call awaited for long but told in a past clause ("a
 * long-awaited call that lasted an hour") was held. Invented sentences only.
 */

function engagements(text: string) {
  return extractText(text, "2022-03-11").engagements.map((engagement) => ({
    people: engagement.participants.map((participant) => participant.name),
    status: engagement.status,
    date: engagement.date,
  }));
}

describe("a trip argued over", () => {
  it("leaves the trip's traveller and its date out of the call the sentence reports", () => {
    expect(engagements("President Joe Biden and President Xi Jinping held a phone call on Thursday amid friction over Speaker Nancy Pelosi's possible trip to the region next month.")).toContainEqual(
      expect.objectContaining({ people: ["Joe Biden", "Xi Jinping"], date: "2022-03-10" }),
    );
  });

  it("still reads a trip that is the subject of the sentence", () => {
    expect(engagements("Secretary of State Antony Blinken's trip to Beijing next month will include talks with Foreign Minister Wang Yi.")).toContainEqual(
      expect.objectContaining({ people: expect.arrayContaining(["Antony Blinken", "Wang Yi"]) }),
    );
  });
});

describe("an awaited call told in a past clause", () => {
  it("reads the call as held", () => {
    expect(engagements("President Joe Biden and President Xi Jinping had a long-anticipated call that lasted ninety minutes on Thursday.")[0]).toEqual(
      expect.objectContaining({ status: "held" }),
    );
  });

  it("keeps a summit delayed in a past clause as planned", () => {
    expect(engagements("President Joe Biden and President Xi Jinping are expected to hold a summit, which was held up by a dispute over the venue, next month.")[0]).toEqual(
      expect.objectContaining({ status: "planned" }),
    );
  });

  it("keeps an anticipated call with no past clause as planned", () => {
    expect(engagements("President Joe Biden and President Xi Jinping are preparing for an anticipated call next week.")[0]).toEqual(
      expect.objectContaining({ status: "planned" }),
    );
  });
});
