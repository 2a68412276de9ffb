import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * People of a mentioned engagement do not leak into the engagement the sentence reports
 * (issue 7, real development parts): a consensus two leaders reached, a second meeting word
 * with its own "between …" pair. Every sentence here is written for the test.
 */

function engagementsOf(text: string, published: string | null = "2024-05-10") {
  return extractText(text, published).engagements.map((engagement) => ({
    role: engagement.role, status: engagement.status, date: engagement.date, place: engagement.place?.name ?? null,
    participants: engagement.participants.map((participant) => participant.name).sort(),
  }));
}

function evidenceHolds(text: string, published: string | null = "2024-05-10") {
  for (const engagement of extractText(text, published).engagements) {
    for (const span of engagement.participants.flatMap((participant) => participant.evidence)) expect(text.slice(span.start, span.end)).toBe(span.exact);
  }
}

describe("a consensus reached between two people", () => {
  const text =
    "US Secretary of Defense Lloyd Austin held talks with Chinese Defense Minister Dong Jun in Singapore on Friday.\n" +
    "A Chinese spokesman called the talks a step to carry out the consensus reached between President Xi Jinping and President Joe Biden.\n";

  it("keeps the two who reached it out of the talks and names their earlier meeting", () => {
    const found = engagementsOf(text, "2024-06-01");
    expect(found).toContainEqual(expect.objectContaining({ role: "main", participants: ["Dong Jun", "Lloyd Austin"] }));
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", status: "held", participants: ["Joe Biden", "Xi Jinping"] }));
    expect(found).toHaveLength(2);
    evidenceHolds(text, "2024-06-01");
  });

  it("leaves a consensus reached through a meeting word of its own to that meeting", () => {
    const own = "Both ministers vowed to honour the consensus reached by President Xi Jinping and President Joe Biden at their summit in Woodside last November.\n";
    const found = engagementsOf(own, "2024-06-01");
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual(expect.objectContaining({ date: "2023-11", participants: ["Joe Biden", "Xi Jinping"] }));
  });

  it("proposes nothing for a consensus with one side only", () => {
    const oneSide = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Rome on Monday.\nThe talks followed a consensus reached by Chinese officials and President Xi Jinping.\n";
    const found = engagementsOf(oneSide, "2024-06-01");
    expect(found).toHaveLength(1);
    expect(found[0]?.participants).toEqual(["Antony Blinken", "Wang Yi"]);
  });
});

describe("a second meeting word with its own 'between' pair", () => {
  it("is an engagement of its own, not more people at the sentence's first one", () => {
    const text =
      "Secretary of State Antony Blinken will meet Chinese Foreign Minister Wang Yi in Geneva on Friday.\n" +
      "Officials expect the two to plan a video call between President Joe Biden and President Xi Jinping, as agreed last month at the meeting in Lima between Wang Yi and Jake Sullivan.\n";
    const found = engagementsOf(text, "2024-05-08");
    expect(found).toContainEqual(expect.objectContaining({ participants: ["Joe Biden", "Xi Jinping"] }));
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", place: "Lima", participants: ["Jake Sullivan", "Wang Yi"] }));
    expect(found.filter((engagement) => engagement.participants.includes("Jake Sullivan"))).toHaveLength(1);
    evidenceHolds(text, "2024-05-08");
  });

  it("takes its pair out of a meeting the sentence refers back to", () => {
    const text =
      "National Security Adviser Jake Sullivan met Chinese Foreign Minister Wang Yi in Bangkok on Saturday.\n" +
      "This meeting comes after talks between Sullivan and Wang in Vienna in May, as well as meetings between Treasury Secretary Janet Yellen and Vice Premier He Lifeng.\n";
    const found = engagementsOf(text, "2024-01-29");
    const main = found.find((engagement) => engagement.role === "main");
    expect(main?.participants).toEqual(["Jake Sullivan", "Wang Yi"]);
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", participants: ["He Lifeng", "Janet Yellen"] }));
    evidenceHolds(text, "2024-01-29");
  });

  it("dates the other engagement by the words before its meeting word", () => {
    const text =
      "Secretary of State Antony Blinken arrived in Beijing on Tuesday.\n" +
      "The visit was planned to build on the November meeting between President Joe Biden and President Xi Jinping in Woodside.\n";
    const found = engagementsOf(text, "2024-04-24");
    expect(found).toContainEqual(expect.objectContaining({ date: "2023-11", participants: ["Joe Biden", "Xi Jinping"] }));
    expect(found.find((engagement) => engagement.participants.includes("Antony Blinken"))?.participants).toEqual(["Antony Blinken"]);
  });

  it("keeps a pair named as the sentence's own engagement again ('would be the first meeting between …')", () => {
    const text = "Leaders gather in Gyeongju at the end of October. A sit-down there would be the first meeting between President Donald Trump and President Xi Jinping since January.\n";
    const found = engagementsOf(text, "2025-09-20");
    expect(found.filter((engagement) => engagement.status === "planned")).toContainEqual(expect.objectContaining({ participants: ["Donald Trump", "Xi Jinping"] }));
  });

  it("keeps the people of a 'between' phrase that names those the sentence already names", () => {
    const text = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Rome on Monday for talks between Blinken and Wang on trade.\n";
    const found = engagementsOf(text, "2024-05-08");
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual(expect.objectContaining({ place: "Rome", participants: ["Antony Blinken", "Wang Yi"] }));
  });
});

describe("one engagement per official of a plural engagement word", () => {
  it("splits 'visits to China by Yellen and Blinken' into one trip each", () => {
    const text = "President Joe Biden and President Xi Jinping spoke by phone on Tuesday.\nSeparate visits to China by Treasury Secretary Janet Yellen and Secretary of State Antony Blinken are expected in the coming weeks.\n";
    const trips = engagementsOf(text, "2024-04-03").filter((engagement) => !engagement.participants.includes("Joe Biden"));
    expect(trips).toContainEqual(expect.objectContaining({ participants: ["Janet Yellen"] }));
    expect(trips).toContainEqual(expect.objectContaining({ participants: ["Antony Blinken"] }));
    evidenceHolds(text, "2024-04-03");
  });

  it("splits 'meetings between Yellen, Raimondo and their Chinese counterparts', each unplaced by another clause's city", () => {
    const text =
      "National Security Adviser Jake Sullivan met Chinese Foreign Minister Wang Yi in Bangkok on Saturday.\n" +
      "This meeting comes after talks between Sullivan and Wang in Vienna in May, as well as meetings between Treasury Secretary Janet Yellen, Commerce Secretary Gina Raimondo and their Chinese counterparts.\n";
    const found = engagementsOf(text, "2024-01-29");
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", place: null, participants: ["Janet Yellen"] }));
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", place: null, participants: ["Gina Raimondo"] }));
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", place: "Vienna", participants: ["Jake Sullivan", "Wang Yi"] }));
  });

  it("keeps 'meetings with Wang' of two officials of one side together with the other side", () => {
    const text = "Secretary of State Antony Blinken and Treasury Secretary Janet Yellen held meetings with Chinese Foreign Minister Wang Yi in Beijing on Monday.\n";
    const found = engagementsOf(text, "2024-04-30");
    expect(found).toHaveLength(1);
    expect(found[0]?.participants).toEqual(["Antony Blinken", "Janet Yellen", "Wang Yi"]);
  });
});

describe("a trip of one side to the other's country named in a clause", () => {
  it("is an engagement even when the sentence's own subject is only a pronoun", () => {
    const text =
      "Treasury Secretary Janet Yellen met Chinese Premier Li Qiang in Beijing on Friday.\n" +
      "Her visit, which runs through Sunday, follows Secretary of State Antony Blinken's trip to Beijing last month.\n";
    const found = engagementsOf(text, "2023-07-08");
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", date: "2023-06", participants: ["Antony Blinken"] }));
  });

  it("is none when the trip goes to a third country", () => {
    const text =
      "Treasury Secretary Janet Yellen met Chinese Premier Li Qiang in Beijing on Friday.\n" +
      "Her visit, which runs through Sunday, follows Secretary of State Antony Blinken's trip to Paris last month.\n";
    const found = engagementsOf(text, "2023-07-08");
    expect(found.filter((engagement) => engagement.participants.includes("Antony Blinken"))).toHaveLength(0);
  });
});
