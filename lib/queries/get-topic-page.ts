import type { Db } from "@/lib/db/client";
import type { EngagementPosition } from "./engagement-keyset";
import { countTopicQuarters, type QuarterCount } from "./count-topic-quarters";
import { getTopicThread, type TopicThread } from "./get-topic-thread";

export interface TopicPage {
  thread: TopicThread;
  /** engagements on the topic per quarter, gaps included */
  quarters: QuarterCount[];
}

/** Everything a topic's page shows; null when the slug is unknown. */
export async function getTopicPage(db: Db, slug: string, position: EngagementPosition = null): Promise<TopicPage | null> {
  const [thread, quarters] = await Promise.all([getTopicThread(db, slug, position), countTopicQuarters(db, slug)]);
  return thread === null ? null : { thread, quarters };
}
