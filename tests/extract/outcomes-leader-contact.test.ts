import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** What an engagement arranged about the leaders' own future contact. Sentences invented. */

const CALL = "President Donald Trump held a phone call with Chinese President Xi Jinping on Tuesday.";
const PUBLISHED = "2025-03-12";

function outcomesOf(text: string, published = PUBLISHED) {
  return extractText(`${text}\n`, published).engagements.flatMap((engagement) =>
    engagement.outcomes.map((outcome) => ({ role: engagement.role, status: outcome.status, topic: outcome.topic, statement: outcome.statement })),
  );
}

describe("a contact of the leaders arranged at an engagement", () => {
  it.each([
    ["the pair agreeing to meet", "The two presidents agreed to meet in person at a regional forum in the autumn.", "agreed"],
    ["the pair agreeing to a call", "The two sides agreed to work toward a Trump-Xi video call before the summer.", "agreed"],
    ["one leader inviting the other", "Xi invited Trump to visit Beijing at a time convenient to both.", "proposed"],
    ["a trip the leader plans", "Trump said he plans to travel to China before the end of the year.", "announced"],
    ["a trip announced with its traveller as the subject", "Afterwards Trump announced plans to visit Shanghai in the spring.", "announced"],
  ])("is leader-level diplomacy: %s", (_, sentence, status) => {
    const found = outcomesOf(`${CALL} ${sentence}`);
    expect(found).toContainEqual(expect.objectContaining({ status, topic: "leader-diplomacy" }));
  });

  it("reads a 'he' opening the sentence as the one the sentence before opened with", () => {
    const found = outcomesOf(`${CALL} Trump said the talks had gone well. He also confirmed plans to visit China in the autumn.`);
    expect(found).toContainEqual(expect.objectContaining({ status: "announced", topic: "leader-diplomacy" }));
  });

  it("does not take the country's initials for a party", () => {
    const found = outcomesOf(`${CALL} Xi invited Trump and US envoys to visit China in the spring.`);
    expect(found).toContainEqual(expect.objectContaining({ status: "proposed", topic: "leader-diplomacy" }));
  });

  it("keeps in touch when the leaders are the ones who will", () => {
    const found = outcomesOf(`${CALL} The two leaders agreed to stay in touch by various means.`);
    expect(found).toContainEqual(expect.objectContaining({ status: "agreed", topic: "leader-diplomacy" }));
  });

  it("keeps two arrangements of the leaders apart, in one sentence or two", () => {
    const found = outcomesOf(`${CALL} The two presidents agreed to meet at the autumn forum. They also agreed to stay in touch by phone.`).filter((outcome) => outcome.topic === "leader-diplomacy");
    expect(found.map((outcome) => outcome.status)).toEqual(["agreed", "agreed"]);
  });

  it("still counts one arrangement told twice once", () => {
    const found = outcomesOf(`${CALL} The two presidents agreed to meet at the autumn forum in Seoul. Officials said the two presidents agreed to meet at the Seoul forum.`).filter((outcome) => outcome.topic === "leader-diplomacy");
    expect(found).toHaveLength(1);
  });
});

describe("what is not the leaders' own contact", () => {
  it("leaves a minister's trip the leaders agreed on without the topic", () => {
    const found = outcomesOf(`${CALL} Trump and Xi agreed that Secretary of State Marco Rubio would visit China next month.`);
    expect(found.map((outcome) => outcome.topic)).not.toContain("leader-diplomacy");
  });

  it("leaves talks of the teams, announced by a leader, without the topic", () => {
    const found = outcomesOf(`${CALL} Trump announced a day later that the trade talks would resume in Geneva.`);
    expect(found.map((outcome) => outcome.topic)).not.toContain("leader-diplomacy");
  });

  it("leaves the teams' better communication without the topic", () => {
    const text = "Treasury Secretary Scott Bessent met Vice Premier He Lifeng in Geneva on Sunday. They agreed to improve communication between the teams.";
    expect(outcomesOf(text).map((outcome) => outcome.topic)).not.toContain("leader-diplomacy");
  });

  it("says nothing of a question put to a leader", () => {
    const found = outcomesOf(`${CALL} Trump, asked by reporters whether he would travel to China soon, said only "maybe."`);
    expect(found).toEqual([]);
  });

  it("does not read a verdict on the call as an arrangement", () => {
    const found = outcomesOf(`${CALL} The two heads of state agreed that the phone call was frank and useful.`);
    expect(found).toEqual([]);
  });

  it("does not take a call named far from the verb as what was arranged", () => {
    const found = outcomesOf(`${CALL} The two sides agreed on a plan to carry out the understanding the leaders had reached in their January call.`);
    expect(found.map((outcome) => outcome.topic)).not.toContain("leader-diplomacy");
  });
});

describe("a wish for a contact", () => {
  it("is a proposal when its object is a meeting", () => {
    const found = outcomesOf(`${CALL} Trump expressed interest in meeting Xi in person before long.`);
    expect(found).toContainEqual(expect.objectContaining({ role: "main", status: "proposed", topic: "leader-diplomacy" }));
  });

  it("is a proposal of the engagement reported, though a second clause names the meeting wished for", () => {
    const text = "National Security Adviser Mike Waltz met Chinese President Xi Jinping in Beijing on Monday. Both sides agreed to work toward a Trump-Xi phone call soon, and Waltz said the White House is ready for a face-to-face meeting at the autumn summit.";
    const found = outcomesOf(text);
    expect(found.filter((outcome) => outcome.status === "proposed").map((outcome) => outcome.role)).toEqual(["main"]);
    expect(found.filter((outcome) => outcome.status === "agreed").map((outcome) => outcome.role)).toEqual(["main"]);
  });

  it.each([
    ["readiness to work together", "China stands ready to work with the United States for steady ties."],
    ["openness to ideas", "Xi said Beijing is open to new ideas from Washington."],
  ])("is courtesy when its object is no contact: %s", (_, sentence) => {
    expect(outcomesOf(`${CALL} ${sentence}`).filter((outcome) => outcome.status === "proposed")).toEqual([]);
  });
});

describe("the topic of an engagement that arranged the leaders' contact", () => {
  function topicsOf(text: string) {
    return extractText(`${text}\n`, PUBLISHED).engagements.map((engagement) => ({ role: engagement.role, status: engagement.status, topics: engagement.topics.map((topic) => topic.slug) }));
  }

  it("is leader-level diplomacy where the contact was arranged", () => {
    const text = "National Security Adviser Mike Waltz met Chinese President Xi Jinping in Beijing on Monday. Waltz said afterwards that Trump is ready for a meeting with Xi in the autumn.";
    expect(topicsOf(text).find((engagement) => engagement.role === "main")?.topics).toContain("leader-diplomacy");
  });

  it("is not given to an engagement still ahead", () => {
    const text = "President Donald Trump will hold a phone call with Chinese President Xi Jinping next week. The two presidents are expected to agree to meet in the autumn.";
    for (const engagement of topicsOf(text).filter((candidate) => candidate.status !== "held")) expect(engagement.topics).not.toContain("leader-diplomacy");
  });
});
