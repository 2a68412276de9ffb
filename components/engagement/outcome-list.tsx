import type { OutcomeFact } from "@/lib/queries/get-engagement";
import { EvidenceList } from "@/components/facts/evidence";
import { OutcomeStatusBadge } from "@/components/facts/status-badge";
import { FactHistory } from "./fact-history";
import { FactMeta } from "./fact-header";

export function OutcomeList({ outcomes }: { outcomes: OutcomeFact[] }) {
  if (outcomes.length === 0) return <p className="text-muted">No outcome was reported for this engagement.</p>;
  return (
    <ul className="space-y-6">
      {outcomes.map((outcome) => (
        <li key={outcome.id} className="rounded-md border border-line bg-surface p-4">
          <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
            <OutcomeStatusBadge status={outcome.status} />
            <p className="min-w-0 flex-1 basis-64 font-medium">{outcome.statement}</p>
          </div>
          <div className="mt-1 text-sm text-muted">
            <FactMeta fact={outcome}>
              {outcome.side ? <span>Stated by: {outcome.side.label}</span> : <span>Side not stated</span>}
              {outcome.topic ? (
                <span>
                  Topic: <a href={`/topics/${outcome.topic.slug}`}>{outcome.topic.name}</a>
                </span>
              ) : null}
            </FactMeta>
          </div>
          <EvidenceList support={outcome} />
          <FactHistory history={outcome.history} />
        </li>
      ))}
    </ul>
  );
}
