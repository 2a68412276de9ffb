import type { PersonEngagement } from "@/lib/queries/get-person";
import { DateText } from "@/components/facts/date-text";
import { EvidenceList, SourceCount } from "@/components/facts/evidence";
import { OriginBadge } from "@/components/facts/origin-badge";

/** A person's engagements in date order, each with the title they held at it. */
export function PersonEngagements({ engagements }: { engagements: PersonEngagement[] }) {
  if (engagements.length === 0) return <p className="text-muted">No engagement with this person is recorded yet.</p>;
  return (
    <ol className="space-y-5">
      {engagements.map((engagement) => (
        <li key={engagement.slug} className="grid gap-1 sm:grid-cols-[9.5rem_1fr] sm:gap-6">
          <DateText date={engagement.date} className="text-sm font-medium text-muted sm:text-right" />
          <div>
            <a href={`/engagements/${engagement.slug}`} className="font-semibold">
              {engagement.title}
            </a>
            <p className="text-sm">
              <span className="text-muted">{engagement.kind.label} · as </span>
              {engagement.titleHeld ?? <span className="text-muted">title not recorded</span>}
            </p>
            <p className="mt-0.5 flex flex-wrap items-center gap-x-3">
              <OriginBadge origin={engagement.origin} confidence={engagement.confidence} />
              <SourceCount count={engagement.sourceCount} />
            </p>
            <EvidenceList support={engagement} open={false} />
          </div>
        </li>
      ))}
    </ol>
  );
}
