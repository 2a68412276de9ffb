import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { listTopics } from "@/lib/queries/list-topics";
import { TopicIndex } from "@/components/topics/topic-index";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage() {
  const topics = await listTopics(db());
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">Topics</h1>
      <p className="mt-2 max-w-[65ch] text-muted">
        Each topic is a thread: follow one to see what was said and agreed about it, meeting after meeting.
      </p>
      <div className="mt-6">
        <TopicIndex topics={topics} />
      </div>
    </>
  );
}
