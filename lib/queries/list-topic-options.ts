import type { Db } from "@/lib/db/client";

/** Topics for the desk's selects, parents before children; the taxonomy is small and fixed. */
export async function listTopicOptions(db: Db): Promise<{ value: string; label: string }[]> {
  const topics = await db.topic.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
  return topics.map((topic) => ({ value: topic.slug, label: topic.name }));
}
