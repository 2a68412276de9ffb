import type { ThreadOutcome } from "@/lib/queries/get-topic-thread";
import { DateText } from "@/components/facts/date-text";
import { EvidenceList, SourceCount } from "@/components/facts/evidence";
import { OriginBadge } from "@/components/facts/origin-badge";
import { OutcomeStatusBadge } from "@/components/facts/status-badge";

/**
 * A topic's outcomes as a ledger of steps in date order: when, what status, where it was
 * said, what was said, and the words behind it. How the issue moved from one engagement to
 * the next reads straight down the left column.
 */
export function OutcomeLedger({ outcomes, topicSlug }: { outcomes: ThreadOutcome[]; topicSlug: string }) {
  if (outcomes.length === 0) return <p className="text-muted">No outcome on this topic has been recorded yet.</p>;
  return (
    <ol aria-label="Steps, in date order" className="divide-y divide-line border-y border-line">
      {outcomes.map((outcome, index) => (
        <li key={outcome.id} className="grid gap-x-6 gap-y-2 py-5 sm:grid-cols-[9rem_1fr]">
          <p className="flex items-baseline gap-2 text-sm sm:flex-col sm:gap-0.5">
            <span className="text-xs font-semibold tracking-wide text-muted uppercase">Step {index + 1}</span>
            <DateText date={outcome.engagement.date} className="font-semibold" />
          </p>
          <div className="min-w-0">
            <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
              <OutcomeStatusBadge status={outcome.status} />
              <p className="min-w-0 flex-1 basis-56 font-medium">{outcome.statement}</p>
            </div>
            <p className="mt-1 text-sm">
              <span className="text-muted">At </span>
              <a href={`/engagements/${outcome.engagement.slug}`}>{outcome.engagement.title}</a>
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
              <span>{outcome.side ? `Stated by: ${outcome.side.label}` : "Side not stated"}</span>
              {outcome.topic.slug !== topicSlug ? (
                <span>
                  Filed under <a href={`/topics/${outcome.topic.slug}`}>{outcome.topic.name}</a>
                </span>
              ) : null}
              <OriginBadge origin={outcome.origin} confidence={outcome.confidence} />
              <SourceCount count={outcome.sourceCount} />
            </p>
            <EvidenceList support={outcome} />
          </div>
        </li>
      ))}
    </ol>
  );
}
