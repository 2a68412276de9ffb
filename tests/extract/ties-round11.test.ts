import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * Which sentences speak of which engagement, round 11 (issue 7): references by the name an
 * engagement goes by ("the talks"). Every sentence here is written for the test.
 */

function topicsOf(text: string, published = "2025-03-04") {
  const extraction = extractText(text, published);
  for (const engagement of extraction.engagements) {
    for (const topic of engagement.topics) for (const span of topic.evidence) expect(text.slice(span.start, span.end)).toBe(span.exact);
  }
  const of = (role: string) => extraction.engagements.filter((engagement) => engagement.role === role).flatMap((engagement) => engagement.topics.map((topic) => topic.slug));
  return { main: of("main"), mentioned: of("mentioned") };
}

const TALKS_THEN_CALL =
  "Vice Premier He Lifeng held talks with Treasury Secretary Scott Bessent in Oslo on Monday.\n" +
  "The economies of both countries have slowed this year.\n" +
  "President Donald Trump spoke with Chinese leader Xi Jinping by phone last week to calm relations.\n";

describe("a reference by the name of talks", () => {
  it("speaks of the engagement held in person, not of a phone call reported after it", () => {
    const { main, mentioned } = topicsOf(`${TALKS_THEN_CALL}Chip export controls were expected to dominate the talks.\n`);
    expect(main).toContain("export-controls");
    expect(mentioned).not.toContain("export-controls");
  });

  it("speaks of a meeting that was not called talks either", () => {
    const text =
      "Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Jakarta on Monday.\n" +
      "The two ministers had spoken by video call in March.\n" +
      "The talks also touched on patrols in the South China Sea.\n";
    const { main, mentioned } = topicsOf(text);
    expect(main).toContain("south-china-sea");
    expect(mentioned).not.toContain("south-china-sea");
  });

  it("leaves a reference to the call with the call", () => {
    const { main, mentioned } = topicsOf(`${TALKS_THEN_CALL}Chip export controls were expected to dominate the call.\n`);
    expect(mentioned).toContain("export-controls");
    expect(main).not.toContain("export-controls");
  });

  it("still speaks of a call the text itself calls phone talks", () => {
    const text =
      "Vice Premier He Lifeng met Treasury Secretary Scott Bessent in Oslo on Monday.\n" +
      "The economies of both countries have slowed this year.\n" +
      "President Donald Trump held phone talks with Chinese leader Xi Jinping last week to calm relations.\n" +
      "Chip export controls were expected to dominate the talks.\n";
    const { main, mentioned } = topicsOf(text);
    expect(mentioned).toContain("export-controls");
    expect(main).not.toContain("export-controls");
  });
});
