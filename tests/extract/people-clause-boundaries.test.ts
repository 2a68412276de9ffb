import { describe, expect, it } from "vitest";
import { findPeopleStep } from "@/lib/extract/steps/find-people";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** Where a name ends and who a sentence puts at an engagement (session 8b); every sentence is written for the test. */

function namesIn(text: string): string[] {
  return stateAfter([segmentStep, findPeopleStep], text).people.map((person) => person.name);
}

function participantSets(text: string, published: string): string[][] {
  return extractText(text, published).engagements.map((engagement) => engagement.participants.map((participant) => participant.name).sort());
}

describe("a line break ends a name", () => {
  it("reads a short name closing a headline line as that person, whatever capital opens the next line", () => {
    expect(namesIn("Envoy heads to Asia as president prepares to see Xi\n\nChinese negotiators arrive in Geneva on Monday\n")).toContain("Xi Jinping");
  });

  it("still reads a short name run into a longer name on the same line as someone else", () => {
    expect(namesIn("The envoy later prepared to see Xi Wenhao in Geneva.\n")).not.toContain("Xi Jinping");
  });
});

describe("a person named only in a clause describing a thing", () => {
  it("leaves out the one whose policy a clause after a comma describes", () => {
    const text = "Chinese Vice Premier He Lifeng met US Treasury Secretary Scott Bessent in Geneva on Saturday.\nChinese trade envoy Li Chenggang said the two sides talked about chips and soybeans, a crop Trump has promoted for years.\n";
    const sets = participantSets(text, "2025-05-11");
    expect(sets.some((names) => names.includes("Donald Trump"))).toBe(false);
  });

  it("keeps a person named in the sentence's own clause", () => {
    const text = "Chinese Vice Premier He Lifeng met US Treasury Secretary Scott Bessent in Geneva on Saturday.\nThe two sides discussed chips, and Trump met He Lifeng the next day.\n";
    const sets = participantSets(text, "2025-05-11");
    expect(sets.some((names) => names.includes("Donald Trump"))).toBe(true);
  });
});

describe("a speaker reporting what the teams did", () => {
  it("does not put a speaker across from teams he names as the subject of the talks", () => {
    const text = "Chinese Vice Premier He Lifeng met US Treasury Secretary Scott Bessent in Geneva on Saturday.\nPlanning talks went well, officials said.\nSeparately, Chinese trade envoy Li Chenggang said that the China and US teams held frank discussions.\n";
    const sets = participantSets(text, "2025-05-11");
    expect(sets.filter((names) => names.includes("Li Chenggang") && !names.includes("He Lifeng"))).toHaveLength(0);
  });

  it("keeps a speaker who says he met the other side's counterpart", () => {
    const text = "Chinese trade envoy Li Chenggang said that he held frank discussions with his US counterpart on Friday.\n";
    const sets = participantSets(text, "2025-05-11");
    expect(sets.some((names) => names.includes("Li Chenggang"))).toBe(true);
  });
});
