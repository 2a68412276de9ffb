import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** The kind of an engagement from the form of contact, who travelled, and the offices of those present. */

function kindsOf(text: string, published: string | null) {
  return extractText(`${text}\n`, published).engagements.map((engagement) => `${engagement.role} ${engagement.kind}`);
}

describe("kind", () => {
  it("reads officials' offices from the gazetteer when neither the text nor a date says when", () => {
    expect(kindsOf("Defense Secretary Lloyd Austin met Chinese Defense Minister Wei Fenghe on Tuesday.", null)).toContain("main military-talks");
    expect(kindsOf("Donald Trump and Xi Jinping met for ninety minutes on Thursday.", null)).toContain("main leader-summit");
  });

  it("a meeting the account later calls 'the call' was a call", () => {
    const text = "Joe Biden and Xi Jinping spoke on Tuesday about Taiwan and trade.\nThe call lasted almost two hours, according to the White House.";
    expect(kindsOf(text, "2024-04-03")).toContain("main leader-call");
  });

  it("a meeting held in a named city is not made a call by a call mentioned later", () => {
    const text = "Joe Biden met Xi Jinping in Lima on Saturday.\nThe two leaders last spoke in a call in April.";
    expect(kindsOf(text, "2024-11-17")).toContain("main leader-summit");
  });

  it("a round of a standing channel is that dialogue, even when one side travelled", () => {
    const text = "National Security Adviser Jake Sullivan, visiting Beijing, held a new round of strategic communication with Wang Yi on Tuesday.";
    expect(kindsOf(text, "2024-08-28")).toContain("main security-dialogue");
  });

  it("a channel set up before a visit does not make the visit a dialogue", () => {
    const text = "Treasury Secretary Janet Yellen arrived in Beijing on Thursday for talks with Vice Premier He Lifeng. The two economies set up a working group on finance after a visit by Yellen last year.";
    expect(kindsOf(text, "2024-04-05")).not.toContain("main economic-dialogue");
  });

  it("a minister received by the other side's president is on a visit, not at a summit", () => {
    const text = "Secretary of State Antony Blinken visited Beijing on Friday and met President Xi Jinping at the Great Hall of the People.";
    expect(kindsOf(text, "2024-04-27")).toContain("main ministerial-visit");
  });
});

describe("kind from the medium and the office", () => {
  it("two presidents meeting by video hold a summit; on the phone, a call", () => {
    expect(kindsOf("Joe Biden and Xi Jinping held a video conference on Monday evening about Taiwan.", "2022-03-15")).toContain("main leader-summit");
    expect(kindsOf("Joe Biden and Xi Jinping held a virtual meeting on Monday evening about Taiwan.", "2022-03-15")).toContain("main leader-summit");
    expect(kindsOf("Joe Biden and Xi Jinping held a phone call on Monday evening about Taiwan.", "2022-03-15")).toContain("main leader-call");
  });

  it("a video call below the leaders is not a summit", () => {
    expect(kindsOf("Defense Secretary Lloyd Austin held a video call with Chinese Defense Minister Wei Fenghe on Monday.", "2022-03-15")).toContain("main military-talks");
  });

  it("cabinet-rank envoys meet as ministers, not as 'other'", () => {
    expect(kindsOf("John Kerry met Xie Zhenhua in Glasgow on Tuesday to talk about methane.", "2021-11-03")).toContain("main ministerial-meeting");
  });
});
