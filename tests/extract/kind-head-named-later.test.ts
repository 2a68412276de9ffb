import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * The kind of a contact is read from those at the table in the sentence that first told it:
 * a president of the other side named only in a later sentence (a message passed on, a hope
 * to meet) does not make a minister's visit a summit. Invented sentences only.
 */

function kindsOf(text: string, published: string) {
  return extractText(text, published).engagements.map((engagement) => engagement.kind);
}

describe("a president named only after the contact was told", () => {
  it("keeps a minister received by the host president on a visit", () => {
    const text =
      "President Joe Biden met Foreign Minister Wang Yi in Washington on Friday. " +
      "During the meeting, Wang and Biden talked about President Xi Jinping, who Biden said he hoped to see soon.";
    expect(kindsOf(text, "2023-10-28")).toEqual(["ministerial-visit"]);
  });
});

describe("summits the rule leaves alone", () => {
  it("keeps a meeting of the two presidents, told first, a summit when ministers join later", () => {
    const text =
      "President Joe Biden met President Xi Jinping in Woodside on Wednesday. " +
      "Foreign Minister Wang Yi and Secretary of State Antony Blinken joined the two presidents.";
    expect(kindsOf(text, "2023-11-16")).toEqual(["leader-summit"]);
  });
});
