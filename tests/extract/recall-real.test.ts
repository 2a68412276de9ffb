import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * Engagements that real reporting states in ways the synthetic sets rarely use (issue 7,
 * recall on the real development part). Every sentence here is written for the test.
 */

function engagementsOf(text: string, published: string | null = "2024-05-10") {
  return extractText(text, published).engagements.map((engagement) => ({
    role: engagement.role, status: engagement.status, date: engagement.date, place: engagement.place?.name ?? null,
    participants: engagement.participants.map((participant) => participant.name).sort(),
  }));
}

describe("nouns that name the meeting", () => {
  it("reads 'the discussions, led by A and B' as an engagement", () => {
    const text = "The discussions, led by Treasury Secretary Janet Yellen and Chinese Vice Premier He Lifeng, were expected to cover currency policy.\n";
    expect(engagementsOf(text)).toEqual([expect.objectContaining({ participants: ["He Lifeng", "Janet Yellen"] })]);
  });

  it("reads 'a conference between A and B' as an engagement", () => {
    const text = "A conference between Defense Secretary Lloyd Austin and Chinese Defense Minister Dong Jun took place on Friday in Singapore.\n";
    expect(engagementsOf(text, "2024-05-12")).toEqual([expect.objectContaining({ participants: ["Dong Jun", "Lloyd Austin"], date: "2024-05-10", place: "Singapore" })]);
  });

  it("does not read a news conference as a meeting", () => {
    const text = "Secretary of State Antony Blinken criticised Chinese Foreign Minister Wang Yi at a news conference with reporters on Friday.\n";
    expect(engagementsOf(text)).toEqual([]);
  });

  it("does not read 'people familiar with the discussions' as a meeting of the officials named", () => {
    const text = "Commerce Secretary Gina Raimondo and Chinese Commerce Minister Wang Wentao disagree on chip rules, said two people familiar with the discussions.\n";
    expect(engagementsOf(text)).toEqual([]);
  });
});

describe("sides named by a group noun", () => {
  it("takes 'Chinese representatives' as the Chinese side of talks", () => {
    const text = "Trade Representative Katherine Tai held talks with Chinese representatives in Geneva on Tuesday.\n";
    expect(engagementsOf(text)).toEqual([expect.objectContaining({ participants: ["Katherine Tai"], place: "Geneva" })]);
  });

  it("does not make an engagement of one side's representatives alone", () => {
    const text = "Trade Representative Katherine Tai held talks with European representatives in Geneva on Tuesday.\n";
    expect(engagementsOf(text)).toEqual([]);
  });
});

describe("status words before the trigger noun", () => {
  it("takes 'expected visits … in the coming weeks' as planned", () => {
    const text = "President Joe Biden spoke with Chinese President Xi Jinping on Tuesday. The call comes before an expected visit to China by Secretary of State Antony Blinken.\n";
    const visit = engagementsOf(text).find((engagement) => engagement.participants.includes("Antony Blinken"));
    expect(visit).toMatchObject({ status: "planned", place: "China" });
  });

  it("keeps a visit that went 'as expected' held", () => {
    const text = "Secretary of State Antony Blinken visited Beijing on Monday, as expected, and met Foreign Minister Wang Yi.\n";
    expect(engagementsOf(text)).toEqual([expect.objectContaining({ status: "held", participants: ["Antony Blinken", "Wang Yi"] })]);
  });
});

describe("a trip named in a clause of its own", () => {
  it("keeps a trip after ', noting that' when the main clause speaks of dialogue as a means", () => {
    const text = [
      "President Joe Biden and Chinese President Xi Jinping spoke by phone on Tuesday.",
      "The two leaders backed managing ties through senior diplomacy and working-level consultations, the White House said, noting that Treasury Secretary Janet Yellen will travel to China.",
      "",
    ].join("\n");
    const found = engagementsOf(text);
    expect(found).toContainEqual(expect.objectContaining({ participants: ["Janet Yellen"], status: "planned", place: "China" }));
    expect(found.find((engagement) => engagement.participants.includes("Joe Biden"))?.participants).toEqual(["Joe Biden", "Xi Jinping"]);
  });

  it("still drops dialogue named only as a means in the same clause", () => {
    const text = "The two governments hope to settle the dispute through regular dialogue, Secretary of State Antony Blinken and Foreign Minister Wang Yi said in separate statements.\n";
    expect(engagementsOf(text)).toEqual([]);
  });
});

describe("a speaker who announces trips", () => {
  it("makes one trip per traveller when the speaker is one of them", () => {
    const text = "President Donald Trump said he plans to travel to China in April, and that Chinese President Xi Jinping will make a state visit to the United States later.\n";
    const found = engagementsOf(text, "2025-11-01");
    expect(found).toContainEqual(expect.objectContaining({ participants: ["Donald Trump"], place: "China", status: "planned" }));
    expect(found).toContainEqual(expect.objectContaining({ participants: ["Xi Jinping"], place: "United States", status: "planned" }));
  });
});

describe("sides left unnamed, then named", () => {
  it("completes an unnamed meeting with the officials who speak of the talks, not with a president named in a quotation", () => {
    const text = [
      "Chinese and American officials held the first meeting of a new working group on drug trafficking.",
      "China's Minister of Public Security Wang Xiaohong said on Tuesday that the talks in Beijing had been practical.",
      "“President Biden sent a senior team because this matters,” Deputy Homeland Security Advisor Jen Daskal said at the meeting.",
      "",
    ].join("\n");
    const found = engagementsOf(text, "2024-01-31");
    expect(found).toEqual([expect.objectContaining({ participants: ["Jen Daskal", "Wang Xiaohong"] })]);
  });

  it("takes 'X, <title>, led the Chinese delegation' as the leader of that side", () => {
    const text = [
      "U.S. and Chinese delegations held a first meeting on counternarcotics in Washington this week.",
      "The U.S. delegation was led by Jen Daskal, a deputy homeland security adviser.",
      "Wei Xiaojun, head of China's narcotics control office, led the Chinese delegation.",
      "",
    ].join("\n");
    expect(engagementsOf(text, "2024-08-02")).toEqual([expect.objectContaining({ participants: ["Jen Daskal", "Wei Xiaojun"] })]);
  });

  it("does not let a meeting that names both its sides complete an earlier unnamed one", () => {
    const text = [
      "U.S. and Chinese delegations held a first meeting on counternarcotics in Washington this week.",
      "President Joe Biden met Chinese President Xi Jinping in November last year near San Francisco.",
      "The U.S. delegation this week was led by Jen Daskal, a deputy homeland security adviser.",
      "",
    ].join("\n");
    const found = engagementsOf(text, "2024-08-02");
    expect(found.find((engagement) => engagement.participants.includes("Joe Biden"))).toMatchObject({ participants: ["Joe Biden", "Xi Jinping"], date: "2023-11", role: "mentioned" });
    expect(found).toContainEqual(expect.objectContaining({ participants: ["Jen Daskal"], role: "main" }));
  });

  it("reads 'the meeting between A and B' as that meeting, not the one spoken of before", () => {
    const text = [
      "Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao in Beijing on Monday.",
      "Raimondo recalled the meeting between President Joe Biden and Chinese President Xi Jinping in Bali in 2022.",
      "",
    ].join("\n");
    const found = engagementsOf(text, "2023-08-30");
    expect(found.find((engagement) => engagement.participants.includes("Gina Raimondo"))?.participants).toEqual(["Gina Raimondo", "Wang Wentao"]);
    expect(found).toContainEqual(expect.objectContaining({ participants: ["Joe Biden", "Xi Jinping"], place: "Bali" }));
  });
});

describe("verb forms of a meeting", () => {
  it("reads a caption's present tense 'speaks virtually with' as the call it shows", () => {
    const text = "President Joe Biden speaks virtually with Chinese President Xi Jinping on Monday evening, Washington time.\n";
    expect(engagementsOf(text, "2021-11-16")).toEqual([expect.objectContaining({ participants: ["Joe Biden", "Xi Jinping"], date: "2021-11-15" })]);
  });

  it("reads 'discussed the issue with X' as a meeting of the two", () => {
    const text = "Secretary of State Antony Blinken discussed the fentanyl issue with Chinese Foreign Minister Wang Yi on Friday in Vientiane.\n";
    expect(engagementsOf(text, "2024-07-28")).toEqual([expect.objectContaining({ participants: ["Antony Blinken", "Wang Yi"], date: "2024-07-26", place: "Vientiane" })]);
  });

  it("does not read 'discussed the issue' without a counterpart as a meeting", () => {
    const text = "Secretary of State Antony Blinken discussed the fentanyl issue at length on Friday, while Chinese Foreign Minister Wang Yi stayed in Beijing.\n";
    expect(engagementsOf(text, "2024-07-28")).toEqual([]);
  });
});

describe("an official named by title alone", () => {
  it("takes 'the Republican President' as the US side of a call with a named Chinese leader", () => {
    const text = "On June 5, the Republican President finally discussed tariffs with Chinese President Xi Jinping by phone.\n";
    expect(engagementsOf(text, "2025-06-07")).toEqual([expect.objectContaining({ participants: ["Xi Jinping"], date: "2025-06-05" })]);
  });

  it("makes no engagement of a title alone talking with reporters", () => {
    const text = "On June 5, the Republican President discussed tariffs with reporters at the White House.\n";
    expect(engagementsOf(text, "2025-06-07")).toEqual([]);
  });
});

describe("a phrase before a titled name", () => {
  it("does not make a person of 'On Friday' before ', U.S. climate envoy …'", () => {
    const text = "On Friday, U.S. climate envoy John Kerry held talks with Chinese climate envoy Xie Zhenhua in Tianjin.\n";
    const [engagement] = engagementsOf(text, "2023-07-20");
    expect(engagement?.participants).toEqual(["John Kerry", "Xie Zhenhua"]);
  });

  it("still reads an official named before his title", () => {
    const text = "Nicholas Burns, the U.S. ambassador to China, met Chinese Vice Foreign Minister Ma Zhaoxu in Beijing on Friday.\n";
    const [engagement] = engagementsOf(text, "2023-07-20");
    expect(engagement?.participants).toEqual(expect.arrayContaining(["Nicholas Burns"]));
  });
});
