import type { EngagementDetail } from "@/lib/queries/get-engagement";
import { countLabel, placeLabel } from "@/components/format";
import { DateText } from "@/components/facts/date-text";
import { EvidenceList } from "@/components/facts/evidence";
import { OriginBadge } from "@/components/facts/origin-badge";
import { EngagementStatusBadge } from "@/components/facts/status-badge";
import { FactMeta } from "./fact-header";

/** Title, kind and status, then the date and place facts each with their evidence. */
export function EngagementHeader({ engagement }: { engagement: EngagementDetail }) {
  return (
    <header>
      <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
        <span className="font-semibold tracking-wide uppercase">{engagement.kind.label}</span>
        <EngagementStatusBadge status={engagement.status} />
        {engagement.origin === "extracted" ? <OriginBadge origin={engagement.origin} confidence={engagement.confidence} /> : null}
      </p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight">{engagement.title}</h1>
      {engagement.summary ? <p className="mt-3 max-w-[65ch] text-lg leading-relaxed">{engagement.summary}</p> : null}
      <p className="mt-2 text-sm text-muted">
        Drawn from {countLabel(engagement.sourceCount, "source article")}. Every fact below shows the words behind it.
      </p>

      <dl className="mt-6 grid gap-6 md:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold tracking-wide text-muted uppercase">Date</dt>
          <dd className="mt-1">
            <DateText date={engagement.date} className="font-medium" />
            {engagement.status.value !== "held" ? <span className="text-muted"> ({engagement.status.label.toLowerCase()})</span> : null}
            <FactMeta fact={{ ...engagement.date, origin: engagement.origin, confidence: engagement.confidence }} />
            <EvidenceList support={engagement.date} open={false} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold tracking-wide text-muted uppercase">Place</dt>
          <dd className="mt-1">
            {engagement.place ? (
              <>
                <span className="font-medium">{placeLabel(engagement.place)}</span>
                {engagement.occasion ? <span className="block text-sm">{engagement.occasion}</span> : null}
                <FactMeta fact={{ ...engagement.place, origin: engagement.origin, confidence: engagement.confidence }} />
                <EvidenceList support={engagement.place} open={false} />
              </>
            ) : (
              <span className="text-muted">Not reported</span>
            )}
          </dd>
        </div>
      </dl>
    </header>
  );
}
