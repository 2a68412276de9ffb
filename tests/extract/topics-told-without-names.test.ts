import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * Sentences tied to no engagement that still tell of one without naming anyone: the talks
 * themselves as subject ("The conversation also touched on …"), a participant named by title
 * alone ("The Chinese minister told his counterpart …"), or the two parties together ("both
 * leaders discussed …").
 */

function topicsByRole(text: string, published = "2024-06-18"): Record<string, string[]> {
  const byRole: Record<string, string[]> = {};
  for (const engagement of extractText(`${text}\n`, published).engagements) byRole[engagement.role] = [...(byRole[engagement.role] ?? []), ...engagement.topics.map((topic) => topic.slug)];
  return byRole;
}

const TALKS = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta on Friday. Blinken stressed the need to keep lines of communication open.";

describe("the talks as the subject of a sentence naming no one", () => {
  it("counts the subjects the discussion is said to have touched on", () => {
    expect(topicsByRole(`${TALKS}\n\nThe discussion also touched on fentanyl and the Red Sea.`).main).toEqual(expect.arrayContaining(["fentanyl", "middle-east"]));
  });

  it("counts the subjects the discussion is said to have covered", () => {
    expect(topicsByRole(`${TALKS}\n\nThe discussion covered chip curbs as well.`).main).toContain("export-controls");
  });

  it("does not count such a sentence far from the talks", () => {
    const text = `${TALKS}\n\nThe hotel stood near the harbour.\n\nCrowds gathered outside.\n\nTraffic was heavy all day.\n\nThe discussion also touched on fentanyl.`;
    expect(topicsByRole(text).main).not.toContain("fentanyl");
  });
});

const DEFENSE_TALKS = "Defense Secretary Lloyd Austin held talks with Chinese Defense Minister Dong Jun in Singapore on Friday.";

describe("a participant named by title alone, between sentences about the talks", () => {
  it("counts what the Pentagon chief, named by title alone, raised", () => {
    const text = `${DEFENSE_TALKS}\n\nThe Pentagon chief raised concerns about the Second Thomas Shoal.\n\nAustin said afterwards that the meeting had been useful.`;
    expect(topicsByRole(text).main).toContain("south-china-sea");
  });

  it("counts what a minister named by country and title told his counterpart", () => {
    const text = `${DEFENSE_TALKS}\n\nChina's defense minister told his counterpart that Beijing sends no weapons to Moscow.\n\nDong said afterwards that the meeting had been useful.`;
    expect(topicsByRole(text).main).toContain("russia-ukraine");
  });

  it("does not count an official by title who is not followed by the talks' account", () => {
    const text = `${DEFENSE_TALKS}\n\nThe hotel stood near the harbour.\n\nCrowds gathered outside.\n\nThe Pentagon chief raised concerns about the Second Thomas Shoal.`;
    expect(topicsByRole(text).main ?? []).not.toContain("south-china-sea");
  });

  it("does not count a sentence by title that also names someone else", () => {
    const text = `${DEFENSE_TALKS}\n\nThe Japanese defense minister, Minoru Kihara, raised concerns about the Second Thomas Shoal.\n\nAustin said afterwards that the meeting had been useful.`;
    expect(topicsByRole(text).main ?? []).not.toContain("south-china-sea");
  });
});

const CALL = "President Joe Biden spoke with Chinese President Xi Jinping by phone on Friday.";
const FILLER = "The app has millions of users.\n\nIts owner has long resisted a sale.\n\nLawmakers remain wary of the deal.";

describe("the two parties together, telling what they discussed", () => {
  it("counts their subjects for the held lead, however far from its account", () => {
    const topics = topicsByRole(`${CALL}\n\n${FILLER}\n\nBeyond the app, both leaders discussed soybeans and fentanyl.`).main;
    expect(topics).toEqual(expect.arrayContaining(["trade-tariffs", "fentanyl"]));
  });

  it("does not count a sentence that dates the discussion itself", () => {
    const topics = topicsByRole(`${CALL}\n\n${FILLER}\n\nBack in 2019, the two leaders discussed soybeans and fentanyl.`).main ?? [];
    expect(topics).not.toContain("fentanyl");
  });

  it("does not count a sentence that names an engagement of its own", () => {
    const topics = topicsByRole(`${CALL}\n\n${FILLER}\n\nYears ago, both leaders discussed soybeans and fentanyl at a summit in Osaka.`).main ?? [];
    expect(topics).not.toContain("fentanyl");
  });
});
