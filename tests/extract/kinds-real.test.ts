import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/extract";
import { extractText, preparedFrom } from "./helpers";

/** Kind conventions of the real-reporting gold: who is at the table decides the kind, and presidents only when the account is theirs. */

function kinds(text: string, published: string | null) {
  return extractText(`${text}\n`, published).engagements.map((engagement) => engagement.kind);
}

describe("kind from offices held", () => {
  it("with no date anywhere, a former president is known by the last office held", () => {
    expect(kinds("Joe Biden and Xi Jinping held a long and frank summit at a country estate on Wednesday.", null)).toEqual(["leader-summit"]);
    // the vice-president with a president is neither a summit nor a ministers' meeting
    expect(kinds("Kamala Harris and Xi Jinping spoke briefly at the regional forum on Saturday.", null)).toEqual(["other"]);
  });

  it("presidents named only after two officials' meeting was told do not make it a summit", () => {
    const text = "Secretary of State Antony Blinken will meet Wang Yi in Munich on Friday. Their previous meeting paved the way for the talks between Joe Biden and Xi Jinping.";
    expect(kinds(text, "2024-02-14")[0]).toBe("ministerial-meeting");
    // negative: presidents named in the sentence that tells the meeting keep it a summit
    expect(kinds("Joe Biden met Xi Jinping in Lima on Saturday, with Antony Blinken and Wang Yi at the table.", "2024-11-17")[0]).toBe("leader-summit");
  });

  it("an official received by the host's president is on a visit, even with no word of travel", () => {
    const received = "Chinese President Xi Jinping met National Security Adviser Jake Sullivan in Beijing on Thursday.";
    expect(kinds(received, "2024-08-30")[0]).toBe("ministerial-visit");
    // negative: the adviser with his counterpart in a third country is the security channel
    expect(kinds("National Security Adviser Jake Sullivan met Wang Yi in Bangkok on Thursday.", "2024-08-30")[0]).toBe("security-dialogue");
  });

  it("a minister received by the host's premier is on a visit", () => {
    expect(kinds("Treasury Secretary Janet Yellen met Premier Li Qiang in Beijing on Friday.", "2023-07-08")[0]).toBe("ministerial-visit");
    // negative: the same officials in a third country hold talks
    expect(kinds("Treasury Secretary Janet Yellen met Vice Premier He Lifeng in Zurich on Friday.", "2023-07-08")[0]).toBe("economic-dialogue");
  });

  it("a deputy or an ambassador across the table is below a ministers' meeting", () => {
    expect(kinds("Deputy Secretary of State Kurt Campbell spoke by phone with Executive Vice Foreign Minister Ma Zhaoxu on Tuesday.", "2024-06-12")[0]).toBe("other");
    expect(kinds("Secretary of State Antony Blinken spoke by phone with Foreign Minister Wang Yi on Tuesday.", "2024-06-12")[0]).toBe("ministerial-meeting");
  });
});

describe("main engagement from the headline's tense", () => {
  function mainOf(title: string, text: string, published: string | null) {
    const prepared = { ...preparedFrom(`${text}\n`, published), title };
    return extractArticle(prepared).engagements.find((engagement) => engagement.role === "main");
  }
  const body = [
    "Donald Trump and Xi Jinping met at an airport in Busan on October 30 last year.",
    "Trump will travel to Beijing in April for a meeting with Xi Jinping, officials said.",
  ].join("\n");

  it("a headline saying the contact is to come makes the planned one the news", () => {
    expect(mainOf("Trump will meet Xi in Beijing", body, null)?.status).toBe("planned");
    expect(mainOf("China's trade envoy to head to Washington for talks", "Trade envoy Li Chenggang met Jamieson Greer in Stockholm last month. Li Chenggang will meet Jamieson Greer in Washington this week.", null)?.status).toBe("planned");
  });

  it("a headline on what was held, or one that only returns to talks, does not", () => {
    expect(mainOf("Trump met Xi in Busan", body, null)?.status).toBe("held");
    expect(mainOf("Trump and Xi return to talks", body, null)?.status).toBe("held");
  });
});

describe("talks named in passing", () => {
  const filler = [
    "Stocks in Tokyo fell by half a percent in early trade.",
    "Oil prices held steady after a volatile week.",
    "The dollar gained against the yen and the euro.",
    "Traders pointed to weak factory data from Europe.",
    "Bond yields edged lower in Asian hours.",
    "Shares of chipmakers led the decline in Seoul.",
    "Gold was little changed at midday.",
    "Analysts expect more swings before the central bank meets.",
    "Copper slipped on worries about demand from builders.",
    "Volumes were thin ahead of a holiday in Japan.",
  ];

  function roles(lines: string[]) {
    return extractText(`${lines.join("\n")}\n`, "2021-11-17").engagements.map((engagement) => engagement.role);
  }

  it("a market report that names the talks once, past its first sentence, has no main engagement", () => {
    const text = [filler[0]!, "Investors weighed the virtual talks between Joe Biden and Xi Jinping on Monday.", ...filler.slice(1)];
    expect(roles(text)).toEqual(["mentioned"]);
  });

  it("a sentence that tells the contact itself keeps it the main one, even in a long report", () => {
    const text = [filler[0]!, "Joe Biden held a video call with Xi Jinping on Monday.", ...filler.slice(1)];
    expect(roles(text)).toEqual(["main"]);
  });
});
