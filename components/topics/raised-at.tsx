import type { ThreadEngagement } from "@/lib/queries/get-topic-thread";
import { DateText } from "@/components/facts/date-text";
import { EvidenceList } from "@/components/facts/evidence";
import { OriginBadge } from "@/components/facts/origin-badge";

/** The engagements where the topic came up, with the words saying so. */
export function RaisedAt({ engagements, topicSlug }: { engagements: ThreadEngagement[]; topicSlug: string }) {
  if (engagements.length === 0) return <p className="text-muted">No engagement has raised this topic yet.</p>;
  return (
    <ul className="space-y-5">
      {engagements.map((engagement) => (
        <li key={engagement.slug}>
          <p className="flex flex-wrap items-baseline gap-x-3">
            <DateText date={engagement.date} className="text-sm font-semibold" />
            <a href={`/engagements/${engagement.slug}`} className="font-medium">
              {engagement.title}
            </a>
            <span className="text-sm text-muted">{engagement.kind.label}</span>
          </p>
          <p className="mt-0.5 flex flex-wrap items-center gap-x-3 text-sm text-muted">
            {engagement.links
              .filter((link) => link.slug !== topicSlug)
              .map((link) => (
                <span key={link.slug}>
                  as <a href={`/topics/${link.slug}`}>{link.name}</a>
                </span>
              ))}
            {engagement.links.map((link) => (
              <OriginBadge key={link.slug} origin={link.origin} confidence={link.confidence} />
            ))}
          </p>
          <EvidenceList support={engagement} open={false} />
        </li>
      ))}
    </ul>
  );
}
