import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A paragraph of one sentence that names no one and only says which subjects were talked
 * about ("X and Y were also discussed"), right after the lead engagement's own account.
 */

function topicsByRole(text: string): Record<string, string[]> {
  const byRole: Record<string, string[]> = {};
  for (const engagement of extractText(`${text}\n`, "2024-06-18").engagements) byRole[engagement.role] = [...(byRole[engagement.role] ?? []), ...engagement.topics.map((topic) => topic.slug)];
  return byRole;
}

const TALKS = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta on Friday. Blinken stressed the need to keep lines of communication open.";

describe("subjects told right after the lead talks", () => {
  it("counts subjects said to have been discussed, in the passive", () => {
    expect(topicsByRole(`${TALKS}\n\nFentanyl and the Houthi attacks were also discussed.`).main).toEqual(expect.arrayContaining(["fentanyl", "middle-east"]));
  });

  it("counts subjects of a sentence opening with the discussions about them", () => {
    expect(topicsByRole(`${TALKS}\n\nDiscussions over chip curbs ran late into the evening.`).main).toContain("export-controls");
  });

  it("does not count a sentence that says nothing of what was discussed", () => {
    expect(topicsByRole(`${TALKS}\n\nFentanyl deaths have risen across the country.`).main).not.toContain("fentanyl");
  });

  it("does not count such a sentence far from the talks", () => {
    const text = `${TALKS}\n\nThe hotel stood near the harbour.\n\nCrowds gathered outside.\n\nTraffic was heavy all day.\n\nFentanyl and the Houthi attacks were also discussed.`;
    expect(topicsByRole(text).main).not.toContain("fentanyl");
  });

  it("gives nothing when the paragraph before closes on another engagement", () => {
    const text = `Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta on Friday. It came after President Joe Biden and Xi Jinping held a phone call in April.\n\nFentanyl and the Houthi attacks were also discussed.`;
    const topics = topicsByRole(text);
    expect([...(topics.main ?? []), ...(topics.mentioned ?? [])]).not.toContain("fentanyl");
  });
});
