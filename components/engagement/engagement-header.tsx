import type { EngagementDisagreements } from "@/lib/queries/find-disagreements";
import type { EngagementDetail } from "@/lib/queries/get-engagement";
import { countLabel, placeLabel } from "@/components/format";
import { DateText } from "@/components/facts/date-text";
import { EvidenceList } from "@/components/facts/evidence";
import { OriginBadge } from "@/components/facts/origin-badge";
import { EngagementStatusBadge } from "@/components/facts/status-badge";
import { ClaimVersions } from "./claim-versions";
import { FactMeta } from "./fact-header";

/** Where on the page the sources disagree, as jump links ("date", "outcomes on Taiwan"). */
function DisagreementSummary({ disagreements }: { disagreements: EngagementDisagreements }) {
  const items = [
    ...(disagreements.date?.differ ? [{ href: "#date-versions", label: "the date" }] : []),
    ...(disagreements.place?.differ ? [{ href: "#place-versions", label: "the place" }] : []),
    ...disagreements.outcomes.map((item) => ({ href: `#outcomes-differ-${item.topic.slug}`, label: `outcomes on ${item.topic.name}` })),
  ];
  if (items.length === 0) return null;
  return (
    <p className="mt-2 text-sm">
      <span className="font-semibold">Sources differ on </span>
      {items.map((item, index) => (
        <span key={item.href}>
          {index > 0 ? (index === items.length - 1 ? " and " : ", ") : null}
          <a href={item.href}>{item.label}</a>
        </span>
      ))}
      .
    </p>
  );
}

/** Title, kind and status, then the date and place facts each with their evidence. */
export function EngagementHeader({ engagement, disagreements }: { engagement: EngagementDetail; disagreements: EngagementDisagreements }) {
  const { date: dateVersions, place: placeVersions } = disagreements;
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
      <DisagreementSummary disagreements={disagreements} />

      <dl className="mt-6 grid gap-6 md:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold tracking-wide text-muted uppercase">Date</dt>
          <dd className="mt-1">
            <DateText date={engagement.date} className="font-medium" />
            {engagement.status.value !== "held" ? <span className="text-muted"> ({engagement.status.label.toLowerCase()})</span> : null}
            <FactMeta fact={{ ...engagement.date, origin: engagement.origin, confidence: engagement.confidence }} />
            {dateVersions?.several ? <ClaimVersions versions={dateVersions} id="date" /> : <EvidenceList support={engagement.date} open={false} />}
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
                {placeVersions?.several ? <ClaimVersions versions={placeVersions} id="place" /> : <EvidenceList support={engagement.place} open={false} />}
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
