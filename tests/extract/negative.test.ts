import { describe, expect, it } from "vitest";
import { extractText, preparedFrom } from "./helpers";
import { extractArticle } from "@/lib/extract";

/** Text that must not yield an engagement, a topic or an outcome. */

describe("no engagement", () => {
  it.each([
    ["a US–Japan meeting", "Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Tuesday to discuss China's military buildup."],
    ["a US–Japan 2+2", "Blinken and Defense Secretary Lloyd Austin held two-plus-two talks with their Japanese counterparts on Sunday, voicing concern about Beijing."],
    ["talks with South Korea", "Blinken and Austin headed to Seoul on Wednesday for talks with their South Korean counterparts about North Korea and China."],
    ["a trilateral with allies", "President Joe Biden hosted a trilateral summit with the leaders of Japan and South Korea at Camp David, where they discussed China."],
    ["a Quad meeting", "Biden joined a virtual meeting of the Quad leaders on Friday, days before talks with China were due."],
    ["a press briefing", "Foreign Ministry spokesperson Mao Ning told a regular briefing on Monday that China opposed the new U.S. export rules."],
    ["leaders who have not met", "Biden and Chinese President Xi Jinping have not met face-to-face in a year."],
    ["a pending request", "The Pentagon requested a meeting between Defense Secretary Lloyd Austin and a senior Chinese official, but Beijing has not responded."],
    ["a refused request", "China refused a U.S. request for talks between Austin and Chinese Defense Minister Li Shangfu in Singapore."],
    ["speculation", "Austin may also receive a conversation with his Chinese counterpart, officials said."],
    ["a visit to Taiwan", "Former House Speaker Nancy Pelosi visited Taiwan in August, angering Beijing."],
    ["an interview about China", "Secretary of State Antony Blinken told CBS News on Thursday that China is one of the most consequential relationships for the U.S."],
    ["an invitation", "Xi Jinping invited Donald Trump to visit China, the Chinese foreign ministry said."],
  ])("%s", (_name, text) => {
    expect(extractText(`${text}\n`, "2023-11-08").engagements).toEqual([]);
  });

  it("reads only English", () => {
    const prepared = preparedFrom("Ο Μπλίνκεν συναντήθηκε με τον Ουάνγκ Γι στο Πεκίνο.", "2023-06-19", "el");
    expect(extractArticle(prepared)).toMatchObject({ article: { language: "el" }, engagements: [] });
  });
});

const MEETING = "Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing on Sunday.";

function topicsOf(text: string): string[] {
  return extractText(text, "2023-06-20").engagements.flatMap((engagement) => engagement.topics.map((topic) => topic.slug));
}

function outcomesOf(text: string) {
  return extractText(text, "2023-06-20").engagements.flatMap((engagement) => engagement.outcomes);
}

describe("no topic", () => {
  it("ignores a background paragraph about the relationship", () => {
    const text = `${MEETING}\n\nRelations have been strained by disputes over Taiwan, tariffs and the origins of the coronavirus pandemic.\n`;
    expect(topicsOf(text)).toEqual([]);
  });

  it("ignores what the text says was not discussed", () => {
    expect(topicsOf(`${MEETING} Blinken did not discuss Taiwan, officials said.\n`)).toEqual([]);
    expect(topicsOf(`${MEETING} Blinken failed to address the origins of COVID-19.\n`)).toEqual([]);
    expect(topicsOf(`${MEETING} Fentanyl was not on the agenda.\n`)).toEqual([]);
  });

  it("ignores office names and words describing the meeting itself", () => {
    const text = "U.S. Trade Representative Katherine Tai held a face-to-face meeting with Chinese Vice Premier Liu He on the sidelines of the G20 summit in Bali on Monday.\n";
    expect(topicsOf(text)).toEqual([]);
  });
});

describe("no outcome", () => {
  it("reports discussion, not agreement", () => {
    const text = `${MEETING} They discussed fentanyl and the flow of precursor chemicals.\n`;
    expect(topicsOf(text)).toEqual(["fentanyl"]);
    expect(outcomesOf(text)).toEqual([]);
  });

  it("does not read a vague proposal with no subject as an outcome", () => {
    expect(outcomesOf(`${MEETING} Blinken urged patience.\n`)).toEqual([]);
  });

  it("does not read 'expected to meet' as an expected outcome", () => {
    expect(outcomesOf("Biden is expected to meet Xi Jinping next week in San Francisco.\n")).toEqual([]);
  });
});

describe("no engagement from a wish", () => {
  it("does not read 'wants to speak with' as a meeting", () => {
    const text = "Gen. Charles Q. Brown, who took over as chairman in October, has said he wants to speak with Chinese Gen. Liu Zhenli regularly.\n";
    expect(extractText(text, "2023-12-21").engagements).toEqual([]);
  });
});

describe("a question is not an engagement", () => {
  it("'asked whether he would travel to China' proposes no trip", () => {
    const text = "President Joe Biden met Chinese President Xi Jinping in Lima on Saturday.\nBiden, asked by reporters whether he would travel to China next year, said he had no plans.\n";
    expect(extractText(text, "2024-11-17").engagements).toHaveLength(1);
  });
});

describe("dialogue as a means is not an engagement", () => {
  it("'solve problems through dialogue and consultation' proposes no talks", () => {
    const text = "President Joe Biden met Chinese President Xi Jinping in Lima on Saturday.\n\nXi said the two countries can resolve their differences through dialogue and consultation.\n";
    expect(extractText(text, "2024-11-17").engagements).toHaveLength(1);
  });
});
