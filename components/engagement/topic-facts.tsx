import type { TopicFact } from "@/lib/queries/get-engagement";
import { EvidenceList } from "@/components/facts/evidence";
import { FactHistory } from "./fact-history";
import { FactMeta } from "./fact-header";

export function TopicFacts({ topics }: { topics: TopicFact[] }) {
  if (topics.length === 0) return <p className="text-muted">No topic is recorded for this engagement.</p>;
  return (
    <ul className="grid gap-x-6 gap-y-4 md:grid-cols-2">
      {topics.map((topic) => (
        <li key={topic.slug}>
          <a href={`/topics/${topic.slug}`} className="font-semibold">
            {topic.name}
          </a>
          <FactMeta fact={topic} />
          <EvidenceList support={topic} open={false} />
          <FactHistory history={topic.history} />
        </li>
      ))}
    </ul>
  );
}
