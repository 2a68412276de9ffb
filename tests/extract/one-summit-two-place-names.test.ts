import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * One summit named by two places, a city and an estate near it: one engagement, dated by the
 * mention that gives its month (session 17). Every sentence here is written for the test.
 */

const LEAD = "Jake Sullivan will meet Chinese Foreign Minister Wang Yi in Vienna next week.\nThe talks come two months after President Joe Biden and President Xi Jinping met on the sidelines of a regional summit in San Francisco.\n";

function leadersMeetings(text: string, published = "2024-01-20") {
  return extractText(text, published)
    .engagements.filter((engagement) => engagement.participants.some((participant) => participant.name === "Joe Biden"))
    .map((engagement) => ({ date: engagement.date, place: engagement.place?.name ?? null, kind: engagement.kind }));
}

describe("a summit told in a city and at an estate near it", () => {
  it("reads the undated meeting in the city and the dated summit at the estate as one", () => {
    const found = leadersMeetings(`${LEAD}The meeting builds on pledges made at the November 2023 Woodside summit between President Biden and President Xi, an aide said.\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ date: "2023-11", place: "Filoli estate, Woodside" });
  });
});

describe("meetings of the same leaders that stay apart", () => {
  it("keeps a dated summit in a far city of the same country apart", () => {
    const found = leadersMeetings(`${LEAD}The meeting builds on pledges made at the November 2023 Washington summit between President Biden and President Xi, an aide said.\n`);
    expect(found).toHaveLength(2);
  });

  it("keeps a later phone call of the two apart", () => {
    const found = leadersMeetings(`${LEAD}Biden and Xi held a phone call in December.\n`);
    expect(found).toHaveLength(2);
  });

  it("keeps two meetings near one city on different days apart", () => {
    const text = "President Joe Biden met President Xi Jinping in San Francisco on November 15.\nBiden met Xi again at Woodside on November 20, an aide said.\n";
    expect(leadersMeetings(text, "2023-11-25")).toHaveLength(2);
  });

  it("keeps a summit still to come at the estate apart from the one held in the city", () => {
    const found = leadersMeetings(`${LEAD}Biden and Xi will meet again at Woodside in March, an aide said.\n`);
    expect(found).toHaveLength(2);
  });
});
