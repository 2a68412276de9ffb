import type { Db } from "@/lib/db/client";
import { shownFactSql } from "./visibility";

export interface TopicSummary {
  slug: string;
  name: string;
  description: string | null;
  engagementCount: number;
  outcomeCount: number;
  children: TopicSummary[];
}

/**
 * The topic tree (parents with their children) with how often each topic occurs. A parent
 * counts its subtopics too, as its page and the timeline filter do: distinct engagements, and
 * outcomes filed under it or under a subtopic. Everything is counted by GROUP BYs read from the
 * (topicId, engagementId, origin) indexes alone: each topic's own links (an engagement links a
 * topic once), then distinct engagements over each family of a parent and its children, the
 * only place one engagement can count twice; and outcomes per topic.
 */
export async function listTopics(db: Db): Promise<TopicSummary[]> {
  type CountRow = { topicId: number | bigint; total: number | bigint };
  const [topics, linkCounts, familyCounts, outcomeCounts] = await Promise.all([
    db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, description: true, parentId: true } }),
    db.$queryRaw<CountRow[]>`
      SELECT "link"."topicId" AS "topicId", COUNT(*) AS "total" FROM "EngagementTopic" "link"
      WHERE ${shownFactSql("link")} GROUP BY "link"."topicId"`,
    db.$queryRaw<CountRow[]>`
      SELECT "family"."id" AS "topicId", COUNT(DISTINCT "link"."engagementId") AS "total"
      FROM "Topic" "family"
      JOIN "Topic" "member" ON "member"."id" = "family"."id" OR "member"."parentId" = "family"."id"
      JOIN "EngagementTopic" "link" ON "link"."topicId" = "member"."id"
      WHERE "family"."id" IN (SELECT "child"."parentId" FROM "Topic" "child" WHERE "child"."parentId" IS NOT NULL) AND ${shownFactSql("link")}
      GROUP BY "family"."id"`,
    db.$queryRaw<CountRow[]>`
      SELECT "outcome"."topicId" AS "topicId", COUNT(*) AS "total" FROM "Outcome" "outcome"
      WHERE "outcome"."topicId" IS NOT NULL AND ${shownFactSql("outcome")} GROUP BY "outcome"."topicId"`,
  ]);
  const byTopic = (rows: CountRow[]) => new Map(rows.map((row) => [Number(row.topicId), Number(row.total)]));
  const outcomeCountOf = byTopic(outcomeCounts);
  const linkCountOf = byTopic(linkCounts);
  const familyCountOf = byTopic(familyCounts);
  const summarize = (topic: (typeof topics)[number]): TopicSummary => {
    const children = topics.filter((child) => child.parentId === topic.id).map(summarize);
    return {
      slug: topic.slug,
      name: topic.name,
      description: topic.description,
      engagementCount: familyCountOf.get(topic.id) ?? linkCountOf.get(topic.id) ?? 0,
      outcomeCount: (outcomeCountOf.get(topic.id) ?? 0) + children.reduce((total, child) => total + child.outcomeCount, 0),
      children,
    };
  };
  return topics.filter((topic) => topic.parentId === null).map(summarize);
}
