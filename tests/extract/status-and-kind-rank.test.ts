import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/extract";
import { statusOf } from "@/lib/extract/engagement-status";
import type { Cue, Sentence } from "@/lib/extract/types";
import { extractText, preparedFrom } from "./helpers";

/** Status, kind and role of an engagement, read from the grammar around its trigger. */

/** The status one sentence gives the engagement named by `trigger` (its first occurrence). */
function statusIn(text: string, trigger: string) {
  const sentence: Sentence = { start: 0, end: text.length, text, index: 0, paragraph: 0 };
  const start = text.indexOf(trigger);
  const cue: Cue = { kind: "trigger", mode: "meeting", sentence: 0, start, end: start + trigger.length, text: trigger };
  return statusOf(text, sentence, cue);
}

describe("status from the words around the trigger", () => {
  it("a contact after which something else happened was held", () => {
    expect(statusIn("The envoy cautioned on Friday after talks with his hosts that coal remained the sticking point.", "talks")).toBe("held");
    expect(statusIn("Following their meeting, both ministers thanked the hosts.", "meeting")).toBe("held");
    // negative: a contact still ahead of what the sentence tells is not
    expect(statusIn("The envoy cautioned on Friday before talks with his hosts that coal remained the sticking point.", "talks")).toBeNull();
  });

  it("a contact some other contact is the first since was held", () => {
    expect(statusIn("It was their first phone call since the summit in Lima last year.", "summit")).toBe("held");
    // negative: a contact told after the connective's clause is not what it points back to
    expect(statusIn("Since the tariffs rose, the envoys will hold a summit in Lima.", "summit")).toBe("planned");
    // negative: opening the sentence, "since" may mean "because"
    expect(statusIn("Since their summit is only days away, the aides are busy.", "summit")).toBeNull();
  });

  it("a sentence opening on the subject's own contact tells what went on in its course", () => {
    expect(statusIn("During their talks in Oslo, the two envoys went over the shipping rules.", "talks")).toBe("held");
    expect(statusIn("During her three-day trip, the secretary is due to see the premier.", "trip")).toBe("held");
    // negative: a contact still ahead says so before the trigger, "the meeting" points back to another one, "during" mid-sentence says nothing
    expect(statusIn("During her upcoming trip, the secretary is due to see the premier.", "trip")).toBe("planned");
    expect(statusIn("During their next meeting, the leaders will sign a trade deal.", "meeting")).toBe("planned");
    expect(statusIn("During her forthcoming trip, the secretary will see the premier.", "trip")).toBe("planned");
    expect(statusIn("During the meeting, the envoy stressed the value of trade.", "meeting")).toBeNull();
    expect(statusIn("The envoy went over the shipping rules during their talks in Oslo.", "talks")).toBeNull();
  });

  it("more of a contact already under way says nothing of whether it was held", () => {
    expect(statusIn("The two navies will continue discussions on safe encounters at sea.", "discussions")).toBeNull();
    expect(statusIn("Both sides pledged to keep up their regular talks.", "talks")).toBeNull();
    // negative: a contact still to come, and talks that go on next week, are planned
    expect(statusIn("The two navies will hold discussions on safe encounters at sea.", "discussions")).toBe("planned");
    expect(statusIn("The talks will continue next week in Hanoi.", "talks")).toBe("planned");
    expect(statusIn("The two sides will continue the talks next week in Hanoi.", "talks")).toBe("planned");
  });

  it("a meeting told only in passing is not made planned by a pledge to go on talking", () => {
    const text =
      "Defense Secretary Pete Hegseth pressed Chinese Defense Minister Dong Jun on shipping lanes during a meeting in Hanoi.\n\n" +
      '"We will continue discussions with the Chinese military on these matters," Hegseth wrote on social media.\n';
    expect(extractText(text, "2025-03-14").engagements[0]?.status).toBe("held");
  });

  it("the trigger as subject, past an aside, of 'was expected to' is still to come", () => {
    expect(statusIn("The negotiations, chaired by the two finance chiefs, were expected to cover export curbs.", "negotiations")).toBe("planned");
    expect(statusIn("The summit was set to open with a dinner.", "summit")).toBe("planned");
    // negative: what the aside says does not reach past a full stop, and a plain past verb says nothing of the future
    expect(statusIn("The negotiations, chaired by the two finance chiefs, covered export curbs.", "negotiations")).toBeNull();
  });
});

describe("called off", () => {
  it("any form of the verb says the contact will not take place", () => {
    expect(statusIn("The secretary is postponing his trip to the Chinese capital over the incident.", "trip")).toBe("cancelled");
    expect(statusIn("Washington scraps the visit by the defence chief.", "visit")).toBe("cancelled");
    // negative: a noun built on the verb is about something else
    expect(statusIn("The two envoys held talks on the cancellation of export licences.", "talks")).toBe("held");
  });

  it("the day a trip is called off, when it is the day of publication, is not the day of the trip", () => {
    const [called] = extractText("On Friday, Secretary of State Antony Blinken postponed his trip to Beijing.\n", "2023-02-03").engagements;
    expect(called?.status).toBe("cancelled");
    expect(called?.date).toBeNull();
    // negative: a trip called off for a day still ahead keeps that day
    const [ahead] = extractText("Secretary of State Antony Blinken postponed his trip to Beijing, which had been set for February 5, 2023.\n", "2023-02-03").engagements;
    expect(ahead?.date).toBe("2023-02-05");
  });
});

/** The kind of the first engagement of a one-sentence report published 2023-05-26. */
const kindOf = (text: string) => extractText(`${text}\n`, "2023-05-26").engagements[0]?.kind;

describe("kind from where the officials met and what rank they hold", () => {
  it("a cabinet member meeting on the other side's soil is on a visit, with no word of travel", () => {
    expect(kindOf("Commerce Secretary Gina Raimondo sat down with Commerce Minister Wang Wentao in Beijing on Monday.")).toBe("ministerial-visit");
    // negative: a trade negotiator sent for a round of talks holds the economic dialogue
    expect(kindOf("Trade Representative Jamieson Greer met trade negotiator Li Chenggang in Washington on Monday.")).toBe("economic-dialogue");
  });

  it("a meeting on the sidelines of another occasion is not a visit, even on the other side's soil", () => {
    expect(kindOf("Commerce Minister Wang Wentao met Commerce Secretary Gina Raimondo in Washington on the sidelines of his trip to attend a gathering of trade ministers.")).toBe("ministerial-meeting");
    expect(kindOf("Commerce Minister Wang Wentao met Commerce Secretary Gina Raimondo in Washington during his trip to the United States.")).toBe("ministerial-visit");
  });

  it("commerce or treasury heads who met are a ministers' meeting; talks, or a vice-premier, make the economic dialogue", () => {
    expect(kindOf("Commerce Secretary Gina Raimondo sat down with Commerce Minister Wang Wentao in Geneva on Monday.")).toBe("ministerial-meeting");
    expect(kindOf("Treasury Secretary Scott Bessent held trade talks with Chinese officials in Geneva on Saturday.")).toBe("economic-dialogue");
    expect(kindOf("Treasury Secretary Janet Yellen met Vice Premier He Lifeng in Zurich on Friday.")).toBe("economic-dialogue");
  });
});

describe("visits that went elsewhere", () => {
  it("a trip to a third country named beside a meeting does not make the meeting a visit", () => {
    expect(kindOf("Secretary of State Antony Blinken and National Security Adviser Jake Sullivan met Wang Yi in Anchorage on Thursday, fresh from Blinken's visits to Japan and South Korea.")).toBe("security-dialogue");
    // negative: a trip to the other side's country still makes it a visit
    expect(kindOf("Secretary of State Antony Blinken and National Security Adviser Jake Sullivan met Wang Yi in Anchorage on Thursday, during Wang's visit to the United States.")).toBe("ministerial-visit");
  });
});

describe("main engagement", () => {
  function mainOf(title: string, lines: string[], published: string | null) {
    const prepared = { ...preparedFrom(`${lines.join("\n")}\n`, published), title };
    return extractArticle(prepared).engagements.find((engagement) => engagement.role === "main");
  }
  const body = ["Marco Rubio met Wang Yi in Kuala Lumpur on Friday.", "Marco Rubio will visit Beijing in the autumn for talks with Wang Yi, aides said."];

  it("a headline whose subject plans the contact makes the planned one the news", () => {
    expect(mainOf("Rubio plans autumn visit to Beijing", body, "2025-07-12")?.status).toBe("planned");
    // negative: a headline that looks back on a visit does not
    expect(mainOf("Rubio recalls autumn visit to Beijing", body, "2025-07-12")?.status).toBe("held");
  });
});
