import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** A verb that refers back to a settlement and names none. Sentences invented. */

const CALL = "President Joe Biden held a video call with Chinese President Xi Jinping on Thursday.";

function outcomesOf(text: string) {
  return extractText(`${text}\n`, "2024-05-10").engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => ({ status: outcome.status, statement: outcome.statement })));
}

describe("a verb that only refers back", () => {
  it.each([
    ["a pro-form for its object", `${CALL} They talked about keeping ships safe at sea. Washington is committed to doing that.`],
    ["only the meeting it was said at", `${CALL} The call sought to keep military channels open, as the two presidents agreed at their summit last year.`],
  ])("states no outcome: %s", (_, text) => {
    expect(outcomesOf(text)).toEqual([]);
  });
});

describe("a verb with its object", () => {
  it.each([
    ["a settlement at a meeting, with what was settled", `${CALL} The two presidents agreed at their summit last year to reopen military channels.`],
    ["an object that opens with a pronoun", `${CALL} The two leaders agreed that it was time to reopen military channels.`],
  ])("states an outcome: %s", (_, text) => {
    expect(outcomesOf(text)).toContainEqual(expect.objectContaining({ status: "agreed" }));
  });
});
