import { describe, expect, it } from "vitest";
import { extractText } from "./helpers";

/**
 * A sentence the tie step gives both to the lead and to an earlier meeting of the same people,
 * told in sentences of its own, tells of the lead: its subjects are not the earlier meeting's.
 */

function topicsByRole(text: string): Record<string, string[]> {
  const byRole: Record<string, string[]> = {};
  for (const engagement of extractText(`${text}\n`, "2025-10-31").engagements) byRole[engagement.role] = [...(byRole[engagement.role] ?? []), ...engagement.topics.map((topic) => topic.slug)];
  return byRole;
}

const LEAD = "President Donald Trump met Chinese President Xi Jinping in Busan on Thursday.";
const EARLIER = "A 2019 summit in Osaka was the last time the pair sat down together. It ended with handshakes.";

describe("a sentence shared by the lead and an earlier meeting of the same people", () => {
  it("gives its subjects to the lead alone", () => {
    const topics = topicsByRole(`${LEAD}\n\n${EARLIER}\n\nTrump and Xi agreed at Thursday's meeting to cut tariffs and to curb fentanyl.`);
    expect(topics.main).toEqual(expect.arrayContaining(["trade-tariffs", "fentanyl"]));
    expect(topics.mentioned ?? []).toEqual([]);
  });

  it("still gives the earlier meeting the subjects of its own sentences", () => {
    const topics = topicsByRole(`${LEAD} Trump and Xi agreed to cut tariffs and to curb fentanyl.\n\n${EARLIER} Trump and Xi also agreed to expand soybean purchases.`);
    expect(topics.mentioned).toContain("trade-tariffs");
    expect(topics.mentioned ?? []).not.toContain("fentanyl");
  });
});
