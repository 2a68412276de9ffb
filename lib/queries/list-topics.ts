import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { REJECTED } from "./visibility";

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
 * outcomes filed under it or under a subtopic. The engagements are counted by one GROUP BY in the
 * database (each link counted for its topic and for that topic's parent, as buildTimelineWhere's topic filter reads the tree):
 * reading every visible link into JavaScript took seconds at 100,000 engagements. Outcomes are
 * counted by a GROUP BY too: Prisma's relation count ran one correlated count per topic.
 */
export async function listTopics(db: Db): Promise<TopicSummary[]> {
  // Hidden engagements are few and read from the (origin, …) index: excluding them costs less
  // than a primary-key read of the engagement behind every link and outcome.
  const rejectedEngagements = Prisma.sql`SELECT "hidden"."id" FROM "Engagement" "hidden" WHERE "hidden"."origin" = ${REJECTED}`;
  const [topics, engagementCounts, outcomeCounts] = await Promise.all([
    db.topic.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, description: true, parentId: true } }),
    db.$queryRaw<{ topicId: number | bigint; engagements: number | bigint }[]>`
      SELECT "rollup"."topicId" AS "topicId", COUNT(DISTINCT "rollup"."engagementId") AS "engagements"
      FROM (
        SELECT "link"."topicId" AS "topicId", "link"."engagementId" AS "engagementId"
        FROM "EngagementTopic" "link" WHERE "link"."origin" <> ${REJECTED}
        UNION ALL
        SELECT "member"."parentId" AS "topicId", "link"."engagementId" AS "engagementId"
        FROM "EngagementTopic" "link" JOIN "Topic" "member" ON "member"."id" = "link"."topicId"
        WHERE "link"."origin" <> ${REJECTED} AND "member"."parentId" IS NOT NULL
      ) "rollup"
      WHERE "rollup"."engagementId" NOT IN (${rejectedEngagements})
      GROUP BY "rollup"."topicId"`,
    db.$queryRaw<{ topicId: number | bigint; outcomes: number | bigint }[]>`
      SELECT "outcome"."topicId" AS "topicId", COUNT(*) AS "outcomes"
      FROM "Outcome" "outcome"
      WHERE "outcome"."topicId" IS NOT NULL AND "outcome"."origin" <> ${REJECTED} AND "outcome"."engagementId" NOT IN (${rejectedEngagements})
      GROUP BY "outcome"."topicId"`,
  ]);
  const outcomeCountOf = new Map(outcomeCounts.map((row) => [Number(row.topicId), Number(row.outcomes)]));
  const engagementCountOf = new Map(engagementCounts.map((row) => [Number(row.topicId), Number(row.engagements)]));
  const summarize = (topic: (typeof topics)[number]): TopicSummary => {
    const children = topics.filter((child) => child.parentId === topic.id).map(summarize);
    return {
      slug: topic.slug,
      name: topic.name,
      description: topic.description,
      engagementCount: engagementCountOf.get(topic.id) ?? 0,
      outcomeCount: (outcomeCountOf.get(topic.id) ?? 0) + children.reduce((total, child) => total + child.outcomeCount, 0),
      children,
    };
  };
  return topics.filter((topic) => topic.parentId === null).map(summarize);
}
