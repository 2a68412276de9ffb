import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** A step to come, put out by one side's speaker, against one both sides state. Sentences invented. */

const TALKS = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.";
const CALL = "President Donald Trump held a phone call with Chinese President Xi Jinping on Tuesday.";

function statusesOf(text: string): string[] {
  return extractText(`${text}\n`, "2024-06-03").engagements.flatMap((engagement) => engagement.outcomes.map((outcome) => outcome.status));
}

describe("a step to come, told by one side's speaker", () => {
  it.each([
    ["added by a minister", `${TALKS} Austin added that the two countries would restore their military hotline before the autumn.`],
    ["announced by a leader", `${CALL} Trump announced on Wednesday that the trade talks would resume in Geneva.`],
  ])("is an announcement: %s", (_, text) => {
    expect(statusesOf(text)).toEqual(["announced"]);
  });
});

describe("what both sides state", () => {
  it.each([
    ["a readout's plain future", `${TALKS} The two countries would restore their military hotline before the autumn.`],
    ["a future told to reporters", `${TALKS} Dong told reporters that close communication would continue.`],
    ["an agreement announced", `${CALL} Trump announced that the two sides agreed to resume the trade talks in Geneva.`],
  ])("stays agreed: %s", (_, text) => {
    expect(statusesOf(text)).toEqual(["agreed"]);
  });
});
