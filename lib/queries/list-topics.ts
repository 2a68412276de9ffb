import type { Db } from "@/lib/db/client";

export interface TopicSummary {
  slug: string;
  name: string;
  description: string | null;
  engagementCount: number;
  outcomeCount: number;
  children: TopicSummary[];
}

/** The topic tree (parents with their children) with how often each topic occurs. */
export async function listTopics(db: Db): Promise<TopicSummary[]> {
  const topics = await db.topic.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      parentId: true,
      _count: { select: { engagements: true, outcomes: true } },
    },
  });
  const summarize = (topic: (typeof topics)[number]): TopicSummary => ({
    slug: topic.slug,
    name: topic.name,
    description: topic.description,
    engagementCount: topic._count.engagements,
    outcomeCount: topic._count.outcomes,
    children: topics.filter((child) => child.parentId === topic.id).map(summarize),
  });
  return topics.filter((topic) => topic.parentId === null).map(summarize);
}
