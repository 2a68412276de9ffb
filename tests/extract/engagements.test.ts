import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/** Structural rules of engagements: which is main, calls, third-country venues, clauses about other meetings. */

function engagementsOf(text: string, published = "2024-03-15") {
  return extractText(text, published).engagements.map((engagement) => ({
    role: engagement.role, kind: engagement.kind, status: engagement.status, date: engagement.date, place: engagement.place?.name ?? null,
    participants: engagement.participants.map((participant) => participant.name),
  }));
}

describe("calls", () => {
  it("gives a call no place, even with a city in the next clause", () => {
    const text = "President Joe Biden and Chinese President Xi Jinping spoke by phone on Tuesday, a call that set the stage for trade talks in Geneva.\n";
    expect(engagementsOf(text)).toEqual([expect.objectContaining({ kind: "leader-call", place: null, date: "2024-03-12" })]);
  });
});

describe("calls in other words", () => {
  it.each([
    "President Joe Biden and Chinese President Xi Jinping spoke via phone on Tuesday about trade.",
    "President Joe Biden talked over the phone with Chinese President Xi Jinping on Tuesday about trade.",
    "President Joe Biden and Chinese President Xi Jinping held talks via telephone on Tuesday about trade.",
  ])("%s is a leaders' call", (sentence) => {
    expect(engagementsOf(`${sentence}\n`)[0]).toMatchObject({ kind: "leader-call", date: "2024-03-12" });
  });

  it("a call 'ahead of' another event next week was held, on its own day", () => {
    const text = "President Joe Biden and Chinese President Xi Jinping spoke via phone on Tuesday, in advance of a trade ministers' gathering next week.\n";
    expect(engagementsOf(text)[0]).toMatchObject({ kind: "leader-call", status: "held", date: "2024-03-12" });
  });

  it("a phone mentioned beside a meeting does not make it a call", () => {
    expect(engagementsOf("President Joe Biden met Chinese President Xi Jinping in Lima on Tuesday; aides later briefed reporters who had followed it on their phones.\n")[0]).toMatchObject({ kind: "leader-summit" });
  });
});

describe("venues", () => {
  it("calls a meeting in a third country a meeting, not a visit", () => {
    const text = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on the sidelines of a conference in Munich on Thursday, weeks after he shelved a trip to Beijing.\n";
    const [main] = engagementsOf(text);
    expect(main).toMatchObject({ place: "Munich", kind: "ministerial-meeting" });
  });
});

describe("main engagement", () => {
  it("is the one the article reports, dated by a weekday, not an older one with a full date", () => {
    const text = [
      "Treasury Secretary Janet Yellen met Chinese Vice Premier He Lifeng in Beijing on Wednesday.",
      "Yellen had last met He Lifeng on Nov. 9, 2023, in San Francisco, where they discussed tariffs and held long talks about the economy.",
      "",
    ].join("\n");
    const found = engagementsOf(text);
    expect(found.find((engagement) => engagement.role === "main")).toMatchObject({ date: "2024-03-13", place: "Beijing" });
  });
});

describe("clauses about another time", () => {
  it("keeps people of a clause about another event out of the meeting", () => {
    const text = "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday, two days after President Joe Biden and Chinese President Xi Jinping signed a climate pact in Lima, and said the talks were useful.\n";
    const main = engagementsOf(text, "2024-06-01").find((engagement) => engagement.role === "main");
    expect(main).toMatchObject({ participants: ["Lloyd Austin", "Dong Jun"], place: "Singapore", kind: "military-talks" });
  });

  it("reads a cancelled trip in a clause as its own engagement, leaving the meeting held", () => {
    const text = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Munich on Thursday, weeks after he shelved a trip to Beijing.\n";
    const found = engagementsOf(text);
    expect(found).toContainEqual(expect.objectContaining({ role: "main", status: "held", place: "Munich", date: "2024-03-14" }));
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", status: "cancelled", place: "Beijing", participants: ["Antony Blinken"] }));
  });
});

describe("sides named later", () => {
  it("completes an engagement between unnamed delegations with the officials who led them", () => {
    const text = [
      "A senior U.S. delegation met Chinese law enforcement officials in Shanghai on Monday, opening a dialogue promised by President Joe Biden and Chinese President Xi Jinping.",
      "The U.S. side was led by Liz Sherwood-Randall, the homeland security adviser.",
      "China's Minister of State Security, Chen Yixin, hosted the American officials at a dinner meeting.",
      "",
    ].join("\n");
    const [main, ...others] = engagementsOf(text);
    expect(main).toMatchObject({ role: "main", date: "2024-03-11", place: "Shanghai", kind: "security-dialogue", participants: ["Liz Sherwood-Randall", "Chen Yixin"] });
    expect(others).toEqual([]);
  });

  it("does not create an engagement from unnamed sides deep in an article", () => {
    const text = ["Officials said little.", "Analysts were cautious.", "Markets were calm.", "Trade was slow.", "Later, U.S. officials met Chinese officials in Geneva.", ""].join("\n");
    expect(engagementsOf(text)).toEqual([]);
  });
});

describe("separate trips", () => {
  it("splits two officials who each made a trip of their own", () => {
    const text = "Commerce Secretary Gina Raimondo visited Shanghai in January, and Treasury Secretary Janet Yellen followed with her own trip to Beijing in February.\n";
    const found = engagementsOf(text);
    expect(found.map((engagement) => engagement.participants)).toEqual([["Gina Raimondo"], ["Janet Yellen"]]);
    expect(found.map((engagement) => engagement.date)).toEqual(["2024-01", "2024-02"]);
  });

  it("keeps the officials met on one trip in one engagement", () => {
    const text = "Treasury Secretary Janet Yellen visited Beijing on Monday and met Premier Li Qiang and Vice Premier He Lifeng during the trip.\n";
    const found = engagementsOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.participants).toEqual(["Janet Yellen", "Li Qiang", "He Lifeng"]);
  });
});

describe("threads across paragraphs", () => {
  it("keeps reading the call's topics past an aside and a clause about an earlier summit", () => {
    const text = [
      "President Joe Biden and Chinese President Xi Jinping spoke by phone on Tuesday.",
      "Xi warned Biden about Taiwan. The call came days before Taiwan's president Lai Ching-te gave a speech.",
      "The Chinese leader also complained about export controls.",
      "The two leaders reviewed counternarcotics cooperation, which resumed after their summit in Woodside in November.",
      "",
    ].join("\n");
    const call = extractText(text, "2024-04-03").engagements.find((engagement) => engagement.role === "main");
    expect(call?.topics.map((topic) => topic.slug)).toEqual(["taiwan", "export-controls", "fentanyl"]);
  });
});

describe("dates far from the trigger", () => {
  it("dates a summit by the sentence's only day", () => {
    const text = "President Joe Biden and Chinese President Xi Jinping agreed on Wednesday to restore military hotlines and curb fentanyl exports, with both sides promising more cooperation, after the two leaders sat down for four hours.\n";
    expect(engagementsOf(text, "2023-11-16")[0]).toMatchObject({ date: "2023-11-15", kind: "leader-summit" });
  });

  it("puts negotiations that ended in an agreement on the days before it", () => {
    const text = "The two countries agreed on Monday to lower tariffs, after two days of negotiations in London between Treasury Secretary Scott Bessent and Chinese Vice Premier He Lifeng.\n";
    expect(engagementsOf(text, "2025-06-10")[0]).toMatchObject({ date: "2025-06-07", place: "London" });
  });
});

describe("the two presidents", () => {
  it("borrows the leaders, not the negotiators named just before", () => {
    const text = [
      "President Donald Trump met Chinese President Xi Jinping in Busan on Thursday.",
      "The summit followed talks in Kuala Lumpur between Treasury Secretary Scott Bessent and Vice Premier He Lifeng.",
      "The two presidents last met in person in Osaka in June 2019.",
      "",
    ].join("\n");
    const osaka = engagementsOf(text, "2025-10-31").find((engagement) => engagement.date === "2019-06");
    expect(osaka).toMatchObject({ participants: ["Donald Trump", "Xi Jinping"], place: "Osaka" });
  });
});

describe("what is not a US–China engagement, and presidents' trips", () => {
  it("does not read a congressional visit to Taiwan as one", () => {
    const text = "House Speaker Kevin McCarthy visited Taiwan in April, and Chinese President Xi Jinping condemned the trip.\n";
    expect(engagementsOf(text)).toEqual([]);
  });

  it("calls a president's announced trip to China a summit", () => {
    const text = "President Donald Trump said he would travel to China in April for talks with Chinese President Xi Jinping.\n";
    expect(engagementsOf(text, "2025-10-31")[0]).toMatchObject({ kind: "leader-summit", status: "planned" });
  });
});

describe("a later trip does not hijack the meeting", () => {
  it("keeps the talks held, dated and placed by their own words, and the next leg apart", () => {
    const text = [
      "Commerce Secretary Gina Raimondo and Chinese Commerce Minister Wang Wentao agreed to set up a new working group.",
      "The agreement came after two days of meetings between the pair in the eastern city of Shanghai on Monday and Tuesday.",
      "The White House said Raimondo would travel to China again in the coming months.",
      "Raimondo is due in Beijing on Friday for the rest of her trip.",
      "",
    ].join("\n");
    const found = engagementsOf(text, "2024-03-13");
    expect(found.find((engagement) => engagement.role === "main")).toMatchObject({ status: "held", date: "2024-03-11", place: "Shanghai", participants: ["Gina Raimondo", "Wang Wentao"] });
    expect(found).toContainEqual(expect.objectContaining({ role: "mentioned", status: "planned", date: "2024-03-15", place: "Beijing" }));
  });
});

describe("people and topics of a clause about another event stay out of later sentences", () => {
  it("does not lend a clause's people to 'They' in the next sentence, nor its topic to the meeting", () => {
    const text = [
      "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday, a day after President Joe Biden and Chinese President Xi Jinping struck a tariff truce in Lima, and said the talks were useful.",
      "They had spoken by video call in April.",
      "",
    ].join("\n");
    const found = extractText(text, "2024-06-01").engagements;
    expect(found.map((engagement) => engagement.participants.map((participant) => participant.name))).toEqual([["Lloyd Austin", "Dong Jun"], ["Lloyd Austin", "Dong Jun"]]);
    expect(found[0]?.topics.map((topic) => topic.slug)).not.toContain("trade-tariffs");
  });
});

describe("background trips", () => {
  it("reads 'the Beijing trip he scrapped' as a cancelled visit apart from the meeting, which said no new date was agreed", () => {
    const text = [
      "Secretary of State Antony Blinken met China's top diplomat Wang Yi on the sidelines of the Munich Security Conference on Saturday.",
      "No new date had been agreed for the Beijing trip Blinken scrapped earlier this month.",
      "",
    ].join("\n");
    const found = engagementsOf(text, "2023-02-19");
    expect(found[0]).toMatchObject({ role: "main", place: "Munich", kind: "ministerial-meeting", participants: ["Antony Blinken", "Wang Yi"] });
    expect(found[1]).toMatchObject({ role: "mentioned", status: "cancelled", place: "Beijing", participants: ["Antony Blinken"] });
    expect(extractText(text, "2023-02-19").engagements[0]?.outcomes.map((outcome) => outcome.status)).toEqual(["no-agreement"]);
  });
});

describe("institutions as sides", () => {
  it("reads 'Pentagon and People's Liberation Army officials' as both sides, named by who led them", () => {
    const text = [
      "Pentagon and People's Liberation Army officials wrapped up two days of maritime safety talks in Honolulu on Wednesday.",
      "The U.S. delegation was led by Karen Holt, deputy assistant secretary of defense for East Asia.",
      "The Chinese side was headed by Maj. Gen. Tan Weimin, an official of the Central Military Commission.",
      "",
    ].join("\n");
    expect(engagementsOf(text, "2024-03-15")[0]).toMatchObject({ date: "2024-03-12", place: "Honolulu", participants: ["Karen Holt", "Tan Weimin"] });
  });
});

describe("several engagements in one sentence", () => {
  it("splits coordinate clauses with both sides each, dated in the year written before them", () => {
    const text = "Contacts resumed in 2024, when Defense Secretary Lloyd Austin and Chinese Defense Minister Dong Jun held talks in Singapore in May, and Adm. Sam Porter, the head of U.S. Indo-Pacific Command, held video talks with Gen. Zhou Minghua, commander of China's Eastern Theater, in September.\n";
    const found = engagementsOf(text, "2025-10-31");
    expect(found.map((engagement) => [engagement.participants, engagement.date])).toEqual([
      [["Lloyd Austin", "Dong Jun"], "2024-05"],
      [["Sam Porter", "Zhou Minghua"], "2024-09"],
    ]);
  });

  it("does not make someone a participant who is named only to name another ('Hegseth's predecessor')", () => {
    const text = "Lloyd Austin, Hegseth's predecessor, met Chinese Defense Minister Dong Jun in Singapore in May.\n";
    expect(engagementsOf(text, "2025-10-31")[0]?.participants).toEqual(["Lloyd Austin", "Dong Jun"]);
  });
});

describe("background meetings in a clause next to a non-event", () => {
  it("keeps 'when they met briefly in Munich' although the next clause speaks of an invitation, apart from the Vienna talks", () => {
    const text = [
      "National Security Adviser Jake Sullivan met Chinese Foreign Minister Wang Yi in Vienna on Wednesday.",
      "Earlier, Secretary of State Antony Blinken and Wang exchanged sharp words when they met briefly in Munich in February, and Chinese Defense Minister Li Shangfu has yet to accept an invitation to speak with his U.S. counterpart.",
      "",
    ].join("\n");
    const found = engagementsOf(text, "2023-05-11");
    expect(found.map((engagement) => [engagement.participants, engagement.place])).toEqual([
      [["Jake Sullivan", "Wang Yi"], "Vienna"],
      [["Antony Blinken", "Wang Yi"], "Munich"],
    ]);
  });
});

describe("the headline's engagement is main", () => {
  it("prefers the call the headline names over a trip the article announces", async () => {
    const { extractArticle } = await import("@/lib/extract");
    const { preparedFrom } = await import("./helpers");
    const text = [
      "President Joe Biden spoke with Chinese President Xi Jinping by phone, the White House said.",
      "Biden said he would travel to China next spring, and Xi would visit the United States later.",
      "",
    ].join("\n");
    const prepared = { ...preparedFrom(text, "2024-03-15"), title: "Biden and Xi hold call, plan visits" };
    const main = extractArticle(prepared).engagements.find((engagement) => engagement.role === "main");
    expect(main?.kind).toBe("leader-call");
  });
});

describe("places of the engagement spoken of", () => {
  it("places the meeting from 'The meeting, held … near X', and not where a call led to", () => {
    const text = [
      "President Donald Trump and Chinese President Xi Jinping agreed on Thursday to extend their truce after they sat down for talks.",
      "The meeting, held at an air base near Busan, lasted about two hours.",
      "It was their first since they spoke by phone on June 5, a call that paved the way for trade talks in London.",
      "",
    ].join("\n");
    const found = engagementsOf(text, "2025-10-30");
    expect(found[0]).toMatchObject({ role: "main", place: "Busan", date: "2025-10-30" });
    expect(found.find((engagement) => engagement.date === "2025-06-05")).toMatchObject({ kind: "leader-call", place: null });
  });
});

describe("datelines", () => {
  it("places the main engagement at a foreign dateline when the text names no other place", () => {
    const text = "HANOI, Vietnam — Secretary of State Marco Rubio and Chinese Foreign Minister Wang Yi held talks on Friday on the sidelines of a regional forum.\n";
    expect(engagementsOf(text, "2025-07-12")[0]).toMatchObject({ place: "Hanoi" });
  });

  it("does not place a call, nor read a Washington dateline as where officials met", () => {
    expect(engagementsOf("WASHINGTON — President Joe Biden and Chinese President Xi Jinping spoke by phone on Tuesday.\n")[0]).toMatchObject({ place: null });
  });
});

describe("both sides in one phrase", () => {
  it("reads 'U.S. and Chinese negotiators' as both sides, and 'with X saying … Trump' as an aside", () => {
    const text = "U.S. and Chinese negotiators ended two days of talks in Geneva on Tuesday without a deal, with Treasury Secretary Scott Bessent saying any decision would rest with President Donald Trump.\nBessent met Chinese Vice Premier He Lifeng twice.\n";
    const main = engagementsOf(text, "2025-07-30")[0];
    expect(main).toMatchObject({ date: "2025-07-28", place: "Geneva" });
    expect(main?.participants).not.toContain("Donald Trump");
  });
});

describe("the account of a summit across paragraphs", () => {
  it("keeps reading outcomes through 'he said' and the other side's ministry", () => {
    const text = [
      "President Donald Trump met Chinese President Xi Jinping in Busan on Thursday.",
      "Trump said he would cut the tariff on Chinese goods because Xi had promised action on fentanyl.",
      "China, he said, would start buying American soybeans.",
      "China's Commerce Ministry confirmed that Beijing would suspend its export controls on rare earths for a year.",
      "",
    ].join("\n");
    const main = extractText(text, "2025-10-30").engagements[0];
    expect(main?.topics.map((topic) => topic.slug)).toEqual(expect.arrayContaining(["trade-tariffs", "fentanyl", "export-controls"]));
    // the tariff cut and the soybean purchases are two items of one deal, as the gold lists them, not two wordings of one
    expect(main?.outcomes.filter((outcome) => outcome.status === "announced").map((outcome) => outcome.topic)).toEqual(["trade-tariffs", "trade-tariffs", "export-controls"]);
  });
});

describe("headlines", () => {
  it("join the engagement the body reports, whatever tense they are written in", () => {
    const text = [
      "Rubio, Wang Yi will meet again as both sides review ties",
      "",
      "Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Vientiane on Thursday, their second meeting this year.",
      "",
    ].join("\n");
    expect(engagementsOf(text)).toEqual([expect.objectContaining({ status: "held", date: "2024-03-14", participants: ["Marco Rubio", "Wang Yi"] })]);
  });

  it("lend the engagement no topic of their own", () => {
    const text = [
      "Rubio, Wang Yi meet as tariff fight simmers",
      "",
      "Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi in Vientiane on Thursday and raised Taiwan.",
      "",
    ].join("\n");
    expect(extractText(text, "2024-03-15").engagements.map((engagement) => engagement.topics.map((topic) => topic.slug))).toEqual([["taiwan"]]);
  });

  it("lend the engagement no place of their own", () => {
    const text = [
      "U.S. turns to China on export rules as Rubio and Wang Yi prepare to meet",
      "",
      "Secretary of State Marco Rubio will meet Chinese Foreign Minister Wang Yi next week, officials said.",
      "",
    ].join("\n");
    expect(engagementsOf(text)).toEqual([expect.objectContaining({ status: "planned", place: null, participants: ["Marco Rubio", "Wang Yi"] })]);
  });

  it("still give an engagement the body names nowhere else", () => {
    const text = ["Blinken and Wang Yi hold talks in Jakarta", "", "The two diplomats discussed the South China Sea and Taiwan.", ""].join("\n");
    expect(engagementsOf(text)).toEqual([expect.objectContaining({ participants: ["Antony Blinken", "Wang Yi"] })]);
  });
});

