import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A side said to be willing to talk ("Beijing is willing to hold talks with Washington") offers a contact; it is no engagement,
 * as "wants to talk" is none. Invented sentences only.
 */

const LEAD = "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Madrid on Monday. ";

function engagements(text: string) {
  return extractText(text, "2025-09-17").engagements.map((engagement) => engagement.participants.map((participant) => participant.name));
}

describe("a side willing to talk", () => {
  it("reads no engagement in a willingness to hold talks", () => {
    expect(engagements(`${LEAD}On Tuesday, President Donald Trump remarked in Washington that the Chinese side is willing to engage in talks with the U.S. because its factories are hurting.`)).toEqual([["Scott Bessent", "He Lifeng"]]);
  });

  it("still reads talks that were held", () => {
    expect(engagements(`${LEAD}On Tuesday, President Donald Trump held talks with President Xi Jinping by phone.`)).toHaveLength(2);
  });

  it("still reads a meeting told in a clause of its own after the willingness", () => {
    expect(engagements(`${LEAD}Xi said China was willing to work with Washington, as Rubio met Wang Yi in Kuala Lumpur on Friday.`)).toContainEqual(["Marco Rubio", "Wang Yi"]);
    expect(engagements(`${LEAD}China may buy more soybeans; Rubio met Wang Yi in Kuala Lumpur on Friday.`)).toContainEqual(["Marco Rubio", "Wang Yi"]);
  });
});
