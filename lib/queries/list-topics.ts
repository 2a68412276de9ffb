import type { Db } from "@/lib/db/client";
import { VISIBLE_FACT } from "./visibility";

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
 * outcomes filed under it or under a subtopic.
 */
export async function listTopics(db: Db): Promise<TopicSummary[]> {
  const [topics, links] = await Promise.all([
    db.topic.findMany({
      orderBy: { name: "asc" },
      select: { id: true, slug: true, name: true, description: true, parentId: true, _count: { select: { outcomes: { where: VISIBLE_FACT } } } },
    }),
    db.engagementTopic.findMany({ where: VISIBLE_FACT, select: { topicId: true, engagementId: true } }),
  ]);
  const engagementsOf = (topicId: number) => links.filter((link) => link.topicId === topicId).map((link) => link.engagementId);
  const summarize = (topic: (typeof topics)[number]): { summary: TopicSummary; engagementIds: Set<number> } => {
    const children = topics.filter((child) => child.parentId === topic.id).map(summarize);
    const engagementIds = new Set([...engagementsOf(topic.id), ...children.flatMap((child) => [...child.engagementIds])]);
    return {
      engagementIds,
      summary: {
        slug: topic.slug,
        name: topic.name,
        description: topic.description,
        engagementCount: engagementIds.size,
        outcomeCount: topic._count.outcomes + children.reduce((total, child) => total + child.summary.outcomeCount, 0),
        children: children.map((child) => child.summary),
      },
    };
  };
  return topics.filter((topic) => topic.parentId === null).map((topic) => summarize(topic).summary);
}
