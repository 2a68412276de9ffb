import Link from "next/link";
import type { ThreadOutcome } from "@/lib/queries/get-topic-thread";
import { DateText } from "@/components/facts/date-text";
import { EvidenceList, SourceCount } from "@/components/facts/evidence";
import { OriginBadge } from "@/components/facts/origin-badge";
import { OutcomeStatusBadge } from "@/components/facts/status-badge";

/** A topic's outcomes in date order: how the issue moved from one engagement to the next. */
export function OutcomeLedger({ outcomes, topicSlug }: { outcomes: ThreadOutcome[]; topicSlug: string }) {
  if (outcomes.length === 0) return <p className="text-muted">No outcome on this topic has been recorded yet.</p>;
  return (
    <ol className="relative space-y-6 border-l border-line pl-6">
      {outcomes.map((outcome) => (
        <li key={outcome.id} className="relative">
          <span aria-hidden="true" className="absolute top-1.5 -left-[calc(1.5rem+5px)] size-2.5 rounded-full border-2 border-accent bg-page" />
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <DateText date={outcome.engagement.date} className="font-semibold" />
            <Link href={`/engagements/${outcome.engagement.slug}`}>{outcome.engagement.title}</Link>
          </p>
          <div className="mt-2 flex flex-wrap items-start gap-x-3 gap-y-2">
            <OutcomeStatusBadge status={outcome.status} />
            <p className="min-w-0 flex-1 basis-64 font-medium">{outcome.statement}</p>
          </div>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
            <span>{outcome.side ? `Stated by: ${outcome.side.label}` : "Side not stated"}</span>
            {outcome.topic.slug !== topicSlug ? (
              <span>
                Filed under <Link href={`/topics/${outcome.topic.slug}`}>{outcome.topic.name}</Link>
              </span>
            ) : null}
            <OriginBadge origin={outcome.origin} confidence={outcome.confidence} />
            <SourceCount count={outcome.sourceCount} />
          </p>
          <EvidenceList support={outcome} />
        </li>
      ))}
    </ol>
  );
}
