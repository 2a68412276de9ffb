import type { SourceEvidence } from "@/lib/queries/get-source";
import { OriginBadge } from "@/components/facts/origin-badge";

/** The numbered notes for the marks in the text: which fact each excerpt backs, and where. */
export function EvidenceNotes({ evidence }: { evidence: SourceEvidence[] }) {
  if (evidence.length === 0) return <p className="text-muted">No fact cites this article yet.</p>;
  return (
    <ol className="max-w-[65ch] space-y-3 text-sm">
      {evidence.map((row) => (
        <li key={row.id} id={`note-ev-${row.id}`} className="grid grid-cols-[2rem_1fr] gap-2 target:rounded target:bg-mark target:text-mark-ink">
          <span className="text-right font-semibold text-muted">{row.number}.</span>
          <div>
            <p>
              <span className="font-semibold">{row.factLabel}:</span> {row.factText}
            </p>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
              <a href={`/engagements/${row.engagement.slug}`}>{row.engagement.title}</a>
              <a href={`#ev-${row.id}`}>
                Back to the text<span className="sr-only"> of evidence {row.number}</span>
              </a>
              {row.origin === "extracted" ? <OriginBadge origin={row.origin} confidence={row.confidence} /> : null}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
