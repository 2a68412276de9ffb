import type { TopicSummary } from "@/lib/queries/list-topics";
import { countLabel } from "@/components/format";

/** Topics never raised yet stay listed (the taxonomy is the map) but read quieter. */
function TopicEntry({ topic }: { topic: TopicSummary }) {
  const quiet = topic.engagementCount === 0 && topic.outcomeCount === 0;
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <a href={`/topics/${topic.slug}`} className={quiet ? "font-normal" : "font-semibold"}>
          {topic.name}
        </a>
        <span className="text-sm text-muted">
          {countLabel(topic.engagementCount, "engagement")} · {countLabel(topic.outcomeCount, "outcome")}
        </span>
      </div>
      {topic.description ? <p className="text-sm text-muted">{topic.description}</p> : null}
      {topic.children.length > 0 ? (
        <ul aria-label={`Subtopics of ${topic.name}`} className="mt-1 ml-5 border-l border-line pl-4">
          {topic.children.map((child) => (
            <TopicEntry key={child.slug} topic={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function TopicIndex({ topics }: { topics: TopicSummary[] }) {
  return (
    <ul className="max-w-3xl divide-y divide-line">
      {topics.map((topic) => (
        <TopicEntry key={topic.slug} topic={topic} />
      ))}
    </ul>
  );
}
