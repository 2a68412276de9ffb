import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A commerce minister sitting down with the U.S. trade representative holds a meeting of ministers,
 * even when the news says they "will hold talks": the trade representative leads the economic
 * channel only while the other side is unnamed or is led by a vice-premier or a negotiator.
 * Invented sentences only.
 */

function kindsOf(text: string, published: string) {
  return extractText(text, published).engagements.map((engagement) => engagement.kind);
}

describe("a trade representative facing a commerce minister", () => {
  it("makes a ministers' meeting of 'will hold talks with' the commerce minister", () => {
    const text =
      "Commerce Minister Wang Wentao will hold talks with U.S. Trade Representative Katherine Tai in Bangkok next week, " +
      "the ministry said on Tuesday. The two are expected to discuss export rules.";
    expect(kindsOf(text, "2023-05-16")).toEqual(["ministerial-meeting"]);
  });

  it("makes a ministers' meeting when both U.S. economic heads held talks with him", () => {
    const text =
      "Wang Wentao held talks with Gina Raimondo and Katherine Tai in Bangkok on Friday, " +
      "the first meeting of their kind this year.";
    expect(kindsOf(text, "2023-05-27")).toEqual(["ministerial-meeting"]);
  });
});

describe("economic dialogues the rule leaves alone", () => {
  it("keeps trade talks a dialogue when they are told as talks, not as holding them", () => {
    const text = "The trade talks between Katherine Tai and Wang Wentao resumed in Singapore on Monday.";
    expect(kindsOf(text, "2023-06-13")).toEqual(["economic-dialogue"]);
  });

  it("keeps the trade representative's meetings a dialogue while the Chinese side is unnamed", () => {
    const text = "Trade Representative Jamieson Greer will travel to Geneva on Friday for meetings with Chinese economic officials.";
    expect(kindsOf(text, "2025-05-06")).toEqual(["economic-dialogue"]);
  });

  it("keeps a vice-premier's talks with the trade representative a dialogue", () => {
    const text = "Vice Premier He Lifeng will hold talks with Trade Representative Jamieson Greer in Geneva on Saturday.";
    expect(kindsOf(text, "2025-05-06")).toEqual(["economic-dialogue"]);
  });
});
