import { describe, expect, it } from "vitest";
import { findCues } from "@/lib/extract/steps/find-cues";
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

  it("is at the contact when the clause is about the contact itself", () => {
    expect(participantsOf("The phone call with President Xi Jinping that President Joe Biden said was productive lasted two hours on Tuesday.")).toEqual([["Xi Jinping", "Joe Biden"]]);
    expect(relativeRemarks("The talks which Secretary of State Antony Blinken called useful ended on Friday.")).toEqual([]);
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

describe("the one whose aide or deputy someone is", () => {
  const aside = (text: string) => stateAfter([segmentStep, findPeopleStep], text).people.filter((person) => person.possessiveOther).map((person) => person.name);

  it("is named through the aide, not at the aide's meeting", () => {
    const text = "Li Chenggang, the top aide to Beijing's lead negotiator, He Lifeng, will meet Trade Representative Jamieson Greer this week.";
    expect(participantsOf(text, "2025-08-18")).toEqual([["Li Chenggang", "Jamieson Greer"]]);
    expect(aside("A senior aide to Vice Premier He Lifeng met Treasury Secretary Scott Bessent.")).toEqual(["He Lifeng"]);
    expect(aside("Li Chenggang, the deputy to China's chief negotiator, Vice Premier He Lifeng, met Scott Bessent.")).toEqual(["He Lifeng"]);
  });

  it("is not the negotiator named by an appositive of their own", () => {
    expect(aside("Li Chenggang met He Lifeng, China's chief negotiator.")).toEqual([]);
    expect(participantsOf("Vice Premier He Lifeng, China's lead negotiator, met Treasury Secretary Scott Bessent in Geneva.", "2025-05-12")).toEqual([["He Lifeng", "Scott Bessent"]]);
  });
});

describe("a meeting the visitor is not expected to have", () => {
  const nonEvents = (text: string) => {
    const state = stateAfter([segmentStep], text);
    return findCues(state.text, state.sentences).filter((cue) => cue.kind === "non-event").map((cue) => cue.text);
  };

  it("does not add the one not to be met to the visit", () => {
    const text = "Treasury Secretary Janet Yellen arrived in Beijing on Thursday for talks with Chinese officials. Yellen was not expected to meet President Xi Jinping.";
    expect(participantsOf(text, "2023-07-07")).toEqual([["Janet Yellen"]]);
    expect(nonEvents("She isn't scheduled to meet the premier.")).toEqual(["isn't scheduled to meet"]);
  });

  it("leaves a meeting that is expected to the engagement", () => {
    expect(nonEvents("He was expected to meet the premier a day later.")).toEqual([]);
    const text = "Secretary of State Antony Blinken met Foreign Minister Wang Yi on Monday, and he was expected to meet President Xi Jinping a day later.";
    expect(participantsOf(text, "2023-07-07")).toEqual([["Antony Blinken", "Wang Yi", "Xi Jinping"]]);
  });
});
