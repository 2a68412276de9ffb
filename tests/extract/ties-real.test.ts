import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * Which sentences speak of which engagement (issue 7, the real development parts): the
 * paragraphs after the lead that give a participant's account, and references that name the
 * form of an engagement ("the call"). Every sentence here is written for the test.
 */

function topicsByRole(text: string, published = "2024-06-08") {
  const extraction = extractText(text, published);
  for (const engagement of extraction.engagements) {
    for (const topic of engagement.topics) for (const span of topic.evidence) expect(text.slice(span.start, span.end)).toBe(span.exact);
  }
  const of = (role: string) => extraction.engagements.filter((engagement) => engagement.role === role).flatMap((engagement) => engagement.topics.map((topic) => topic.slug));
  return { main: of("main"), mentioned: of("mentioned") };
}

const LEAD = "Defense Secretary Lloyd Austin said on Friday that he had met Chinese Defense Minister Dong Jun in Singapore.\n";

describe("the paragraphs after the lead", () => {
  it("gives an unattributed quotation right after the participant's account to the engagement", () => {
    const text = `${LEAD}"It was a frank exchange. I pressed our concerns about the South China Sea and about pressure on Taiwan."\n`;
    expect(topicsByRole(text).main).toEqual(expect.arrayContaining(["south-china-sea", "taiwan"]));
  });

  it("gives a paragraph where a participant speaks to the engagement, across a paragraph that did not", () => {
    const text = `${LEAD}"It was a frank exchange."\nThe mood in the hall was calm.\nOn the island, Dong stressed that the Taiwan question was a red line.\n`;
    expect(topicsByRole(text).main).toContain("taiwan");
  });

  it.each([
    ["background about the relationship", `${LEAD}Relations soured in 2018 when Washington raised tariffs on Chinese goods.\n`, "trade-tariffs"],
    ["a commentator's quotation", `${LEAD}"Chip sales to Taiwan will keep growing," said Mary Holt, an analyst at a research group in Washington.\n`, "taiwan"],
    ["a quotation of someone else", `${LEAD}"Tariffs will stay," Senator Paul Grady told a radio station.\n`, "trade-tariffs"],
  ])("keeps %s off the engagement", (_case, text, slug) => {
    expect(topicsByRole(text).main).not.toContain(slug);
  });

  it("gives a quotation with a stray closing mark to the participant named before it", () => {
    const text = `${LEAD}The mood in the hall was calm.\nLater, Austin added that as Beijing praised the” steadier” ties, the two militaries would restore their hotline soon.\n`;
    expect(topicsByRole(text).main).toContain("military-communication");
  });

  it.each([
    ["a participant named only inside someone else's quotation", `${LEAD}"It was a frank exchange."\nA senior official said "power in Beijing now sits with Admiral Dong Jun and his circle, and tariffs are his lever."\n`, "trade-tariffs"],
    ["a participant's words dated before the engagement", `Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday, May 31.\nThe mood in the hall was calm.\n"Export controls on chips will stay," Austin told reporters on Wednesday.\n`, "export-controls"],
  ])("keeps %s off the engagement", (_case, text, slug) => {
    expect(topicsByRole(text, "2024-06-01").main).not.toContain(slug);
  });

  it("ends the lead's thread where a paragraph names another engagement", () => {
    const text = `${LEAD}"It was a frank exchange."\nSecretary of State Antony Blinken visited Beijing in April.\n"We raised fentanyl."\n`;
    expect(topicsByRole(text).main).not.toContain("fentanyl");
  });
});

describe("a reference that names the form of an engagement", () => {
  it("ties 'the call' to the call, not to a visit named after it", () => {
    const text = "President Donald Trump said he held a long phone call with Chinese President Xi Jinping on Friday.\nTrump added that he plans to visit China next spring.\nThe call also covered fentanyl.\n";
    const found = topicsByRole(text, "2025-09-20");
    expect(found.main).toContain("fentanyl");
  });

  it("still ties 'the trip' to the visit", () => {
    const text = "President Donald Trump said he held a long phone call with Chinese President Xi Jinping on Friday.\nTrump added that he plans to visit China next spring.\nThe trip is expected to center on fentanyl.\n";
    const found = topicsByRole(text, "2025-09-20");
    expect(found.main).not.toContain("fentanyl");
  });
});
