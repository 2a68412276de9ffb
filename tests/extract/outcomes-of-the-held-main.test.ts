import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A sentence tied to an engagement still ahead that tells what one already held produced: a
 * settlement in the past tense, an announcement. Sentences invented.
 */

const CALL = "President Donald Trump held a phone call with Chinese President Xi Jinping on Monday.";
const VISIT_AHEAD = "Xi will make a state visit to the United States later in the year.";

function outcomesByRole(text: string) {
  return extractText(`${text}\n`, "2025-11-26").engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => ({ role: engagement.role, status: engagement.status, outcome: outcome.status })));
}

describe("what an engagement ahead cannot have produced", () => {
  it.each([
    ["a settlement in the past tense", `${CALL} ${VISIT_AHEAD} "We agreed that it is important that we speak often," Trump wrote afterwards.`, "agreed"],
    ["an announcement", `${CALL} Xi will make a state visit to the United States in the spring, and Trump announced that tariffs on Chinese toys would be cut to zero.`, "announced"],
  ])("goes to the call the article reports: %s", (_, text, outcome) => {
    // the state visit announced at the call is one of its outcomes too
    const outcomes = outcomesByRole(text);
    expect(outcomes).toContainEqual({ role: "main", status: "held", outcome });
    expect(outcomes.every((found) => found.role === "main" && found.status === "held")).toBe(true);
  });
});

describe("what stays with the engagement ahead", () => {
  it("keeps a settlement where no engagement held is reported", () => {
    const text = `${VISIT_AHEAD} "We agreed that it is important that we speak often," Trump wrote afterwards.`;
    expect(outcomesByRole(text)).toEqual([{ role: "main", status: "planned", outcome: "agreed" }]);
  });

  it("keeps an expectation of the visit with the visit", () => {
    const text = `${CALL} ${VISIT_AHEAD} The two sides are expected to sign a trade accord during the visit.`;
    expect(outcomesByRole(text)).not.toContainEqual(expect.objectContaining({ role: "main", outcome: "expected" }));
  });
});
