import type { TopicRef } from "@/lib/queries/view";

/** A topic as a chip linking to the timeline filtered by it. */
export function TopicChip({ topic }: { topic: TopicRef }) {
  return (
    <a href={`/?topic=${encodeURIComponent(topic.slug)}`} className="chip">
      {topic.name}
    </a>
  );
}

export function TopicChips({ topics, label = "Topics" }: { topics: TopicRef[]; label?: string }) {
  if (topics.length === 0) return null;
  return (
    <ul aria-label={label} className="chips">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <TopicChip topic={topic} />
        </li>
      ))}
    </ul>
  );
}
