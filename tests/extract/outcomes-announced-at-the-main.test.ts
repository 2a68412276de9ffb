import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A trip announced in a sentence that speaks of no engagement but the trip itself was announced
 * at an engagement spoken of before: the one the article reports, when that is one of them.
 * Sentences invented.
 */

function outcomesByRole(text: string, published: string) {
  return extractText(`${text}\n`, published).engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => ({ role: engagement.role, status: engagement.status, outcome: outcome.status })));
}

describe("a trip announced after an earlier meeting is recalled", () => {
  it.each([
    [
      "a leaders' call",
      "President Joe Biden spoke by phone with Chinese President Xi Jinping on Tuesday. It was their first contact since the two leaders met in Woodside last November and talked about fentanyl. The White House said Biden would travel to Beijing in the spring.",
    ],
    [
      "a ministers' call",
      "Secretary of State Antony Blinken spoke by phone with Chinese Foreign Minister Wang Yi on Friday. It was their first contact since the two ministers met in Munich in February and talked about the balloon. A spokesman said Blinken would travel to Beijing after the summer.",
    ],
  ])("goes to the engagement the article reports: %s", (_, text) => {
    expect(outcomesByRole(text, "2024-04-03")).toEqual([{ role: "main", status: "held", outcome: "announced" }]);
  });
});

describe("where the reported engagement is still ahead", () => {
  it("leaves the announcement with the meeting recalled", () => {
    const text =
      "Secretary of State Antony Blinken will meet Chinese Foreign Minister Wang Yi in Jakarta on Thursday. The two last met in Munich in February, where they discussed the balloon. A spokesman said Blinken would travel to Beijing after the summer.";
    expect(outcomesByRole(text, "2023-07-10")).toEqual([{ role: "mentioned", status: "held", outcome: "announced" }]);
  });
});
