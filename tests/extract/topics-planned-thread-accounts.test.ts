import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A planned engagement's thread that runs on over an account of the held talks where it was
 * arranged: the sentences telling in the past what was said count for the held lead.
 */

function topicsByRole(text: string): Record<string, string[]> {
  const byRole: Record<string, string[]> = {};
  for (const engagement of extractText(`${text}\n`, "2024-06-18").engagements) byRole[engagement.role] = [...(byRole[engagement.role] ?? []), ...engagement.topics.map((topic) => topic.slug)];
  return byRole;
}

const HELD = "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta on Friday. They agreed that Blinken would travel to Beijing in the autumn.";

describe("an account of held talks inside a planned engagement's thread", () => {
  it("gives its subjects to the held lead, not to the planned trip", () => {
    const topics = topicsByRole(`${HELD} Blinken also stressed concerns about Taiwan and the South China Sea.`);
    expect(topics.main).toEqual(expect.arrayContaining(["taiwan", "south-china-sea"]));
    expect(topics.mentioned ?? []).not.toContain("taiwan");
  });

  it("leaves what will be raised on the trip with the trip", () => {
    const topics = topicsByRole(`${HELD} Blinken will raise Taiwan and the South China Sea during the trip.`);
    expect(topics.main ?? []).not.toContain("taiwan");
  });

  it("moves nothing when the lead itself has not been held", () => {
    const text = "Secretary of State Antony Blinken will meet Chinese Foreign Minister Wang Yi in Jakarta next week. They are expected to agree that Blinken would travel to Beijing in the autumn. Aides noted concerns about Taiwan.";
    expect(topicsByRole(text).main ?? []).not.toContain("taiwan");
  });
});
