import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTopics } from "@/lib/queries/list-topics";
import { writeTopics } from "@/lib/store/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/database";

let test: TestDatabase;
beforeAll(async () => {
  test = createTestDatabase("list-topics");
  await test.db.$transaction((tx) => writeTopics(tx));
  const topicId = async (slug: string) => (await test.db.topic.findUniqueOrThrow({ where: { slug } })).id;
  const engagement = async (slug: string, topics: string[], outcomeTopic: string | null) => {
    const created = await test.db.engagement.create({ data: { slug, title: slug, kind: "other", startDate: "2024-01-01" } });
    for (const topic of topics) await test.db.engagementTopic.create({ data: { engagementId: created.id, topicId: await topicId(topic) } });
    if (outcomeTopic) await test.db.outcome.create({ data: { engagementId: created.id, statement: `${slug} outcome`, status: "agreed", topicId: await topicId(outcomeTopic) } });
  };
  await engagement("both-levels", ["human-rights", "xinjiang"], "human-rights");
  await engagement("subtopics-only", ["tibet", "hong-kong"], "tibet");
  await engagement("elsewhere", ["climate"], null);
});
afterAll(() => test.close());

describe("listTopics", () => {
  it("counts a parent's distinct engagements and outcomes across its subtopics", async () => {
    const humanRights = (await listTopics(test.db)).find((topic) => topic.slug === "human-rights")!;
    expect(humanRights.engagementCount).toBe(2);
    expect(humanRights.outcomeCount).toBe(2);
    expect(Object.fromEntries(humanRights.children.map((child) => [child.slug, child.engagementCount]))).toEqual({ "hong-kong": 1, tibet: 1, xinjiang: 1 });
  });

  it("counts a topic without subtopics by its own links", async () => {
    const climate = (await listTopics(test.db)).find((topic) => topic.slug === "climate")!;
    expect([climate.engagementCount, climate.outcomeCount, climate.children]).toEqual([1, 0, []]);
  });
});
