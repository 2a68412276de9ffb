import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A future contact of the presidents told inside the account of a held engagement, in a
 * sentence the tie step gave only to that future contact: it was arranged at the engagement.
 */

function topicsOfMain(text: string): string[] {
  const main = extractText(`${text}\n`, "2025-11-25").engagements.find((engagement) => engagement.role === "main");
  return main?.topics.map((topic) => topic.slug) ?? [];
}

const CALL = "President Donald Trump spoke with Chinese President Xi Jinping by phone on Monday.";
const CALL_GOES_ON = "During the call, the two leaders also talked about farm purchases.";

describe("a future contact of the presidents inside the account of an engagement", () => {
  it("is leader-level diplomacy raised at it", () => {
    expect(topicsOfMain(`${CALL} Trump said Xi would pay a state visit to Washington in the autumn. ${CALL_GOES_ON}`)).toContain("leader-diplomacy");
  });

  it("not when the contact is only said to be possible", () => {
    expect(topicsOfMain(`${CALL} Analysts said a state visit by Xi to Washington might follow in the autumn. ${CALL_GOES_ON}`)).not.toContain("leader-diplomacy");
  });
});
