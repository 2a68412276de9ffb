import { describe, expect, it } from "vitest";
import { findPeopleStep } from "@/lib/extract/steps/find-people";
import { segmentStep } from "@/lib/extract/steps/segment-sentences";
import { extractText, stateAfter } from "./helpers";

/** Who was at an engagement when a sentence holds more than one clause (session 16). */

function participantsOf(text: string, published = "2024-05-16"): string[][] {
  return extractText(text, published).engagements.map((engagement) => engagement.participants.map((participant) => participant.name));
}

function relativeRemarks(text: string): string[] {
  return stateAfter([segmentStep, findPeopleStep], text).people.filter((person) => person.relativeRemark).map((person) => person.name);
}

describe("one who speaks only inside a clause about a thing", () => {
  it("is not at the talks the sentence reports", () => {
    const text = "Treasury Secretary Janet Yellen said after talks with Vice Premier He Lifeng that she wants to avoid levies that President Joe Biden said were unavoidable.";
    expect(participantsOf(text)).toEqual([["Janet Yellen", "He Lifeng"]]);
  });

  it("is read where the verb of the clause comes after the speech verb", () => {
    expect(relativeRemarks("Both sides want to ease the duties which President Xi Jinping says are unfair.")).toEqual(["Xi Jinping"]);
  });

  it("is not one said to do something in a complement, nor the subject of a clause's own verb", () => {
    expect(relativeRemarks("Secretary of State Antony Blinken said that President Joe Biden would meet President Xi Jinping in November.")).toEqual([]);
    expect(relativeRemarks("They discussed the rules that President Joe Biden signed last year.")).toEqual([]);
    expect(participantsOf("Secretary of State Antony Blinken said that President Joe Biden would meet President Xi Jinping in November.")).toEqual([["Joe Biden", "Xi Jinping"]]);
  });
});
