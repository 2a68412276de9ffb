import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * The account of an engagement after the sentence naming it: a readout reports, sentence by
 * sentence, what each speaker raised. Those sentences are read for topics and outcomes;
 * background, third parties and other people's quotations are not.
 */

const CALL = "Secretary of Defense Lloyd Austin held a video call with Chinese Defense Minister Dong Jun on Tuesday.";

function mainOf(text: string, published = "2024-04-17") {
  return extractText(`${text}\n`, published).engagements.find((engagement) => engagement.role === "main");
}

const topicsOf = (text: string) => mainOf(text)?.topics.map((topic) => topic.slug) ?? [];
const outcomesOf = (text: string) => mainOf(text)?.outcomes.map((outcome) => `${outcome.status} ${outcome.topic}`) ?? [];

describe("sentences that carry the account on", () => {
  it.each([
    [`${CALL}\n\nThe Secretary raised the situation on the Korean Peninsula.`, "north-korea"],
    [`${CALL}\n\nSecretary Austin also stressed the value of crisis communications between the two militaries.`, "military-communication"],
    [`${CALL}\n\nHe voiced concern over coercive moves near the Second Thomas Shoal.`, "south-china-sea"],
    [`${CALL}\n\nAs the conversation drew to a close, the minister warned about arms sales to Taiwan.`, "taiwan"],
    [`${CALL}\n\nThe Chinese side set out its position on Taiwan.`, "taiwan"],
    [`${CALL}\n\nAccording to the Pentagon readout, Austin pressed Dong on Beijing's backing for Moscow.`, "russia-ukraine"],
  ])("%s → %s", (text, slug) => {
    expect(topicsOf(text)).toContain(slug);
  });

  it("a side named alone carries the account on only as the one committing", () => {
    expect(outcomesOf(`${CALL}\n\nChina also pledged to resume the maritime consultative talks.`)).toContain("agreed military-communication");
  });

  it("an official reporting it carries it on", () => {
    expect(topicsOf(`${CALL}\n\nNational Security Adviser Jake Sullivan said the ministers had gone over unsafe intercepts at sea.`)).toContain("military-communication");
  });

  it("so does a quotation attributed to a participant", () => {
    expect(topicsOf(`${CALL}\n\n"We went over the missile threats from Pyongyang," the Secretary told reporters.`)).toContain("north-korea");
  });
});

describe("sentences that do not", () => {
  it.each([
    ["background opened by a bare side name", `${CALL}\n\nChina, the biggest emitter of greenhouse gases, has set a goal for carbon neutrality.`],
    ["a third party", `${CALL}\n\nHe later met his Japanese counterpart to discuss the Senkaku Islands.`],
    ["an analyst's quotation", `${CALL}\n\n"Markets will watch the tariffs most," said Ola Brandt, an economist at a Zurich bank.`],
    ["an official of either side acting in a matter of their own", `${CALL}\n\nTreasury Secretary Janet Yellen will raise tariffs on solar panels next month.`],
    ["a sentence that does not follow the account", `${CALL}\n\nMarkets rose on Wednesday.\n\nHe had earlier described tariffs as a blunt tool.`],
  ])("%s", (_name, text) => {
    const main = mainOf(text);
    expect(main).toBeDefined();
    expect(main?.topics.map((topic) => topic.slug)).toEqual([]);
  });
});
