import type { EvidenceView, Support } from "@/lib/queries/view";
import { countLabel, trimContext } from "@/components/format";
import { OriginBadge } from "./origin-badge";

/** Where an excerpt sits in its article's reader. */
export function evidenceHref(evidence: Pick<EvidenceView, "id" | "article">): string {
  return `/sources/${encodeURIComponent(evidence.article.slug)}#ev-${evidence.id}`;
}

/** One excerpt: its context in muted text, the quoted words marked, and where it comes from. */
export function Excerpt({ evidence }: { evidence: EvidenceView }) {
  const source = evidence.article.publisher ?? evidence.article.title;
  return (
    <figure className="border-l-2 border-line pl-3">
      <blockquote className="font-serif text-[0.95rem] leading-relaxed">
        <p>
          {evidence.prefix ? <span className="text-muted">…{trimContext(evidence.prefix, "start")}</span> : null}
          <mark>{evidence.exact}</mark>
          {evidence.suffix ? <span className="text-muted">{trimContext(evidence.suffix, "end")}…</span> : null}
        </p>
      </blockquote>
      <figcaption className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
        {/* A plain link: a full navigation is what makes the reader's :target highlight apply. */}
        <a href={evidenceHref(evidence)} title={evidence.article.title}>
          {source}
          <span className="sr-only">: {evidence.article.title}, read in context</span>
        </a>
        {evidence.claim ? <span>says: {evidence.claim}</span> : null}
        {evidence.origin === "extracted" ? <OriginBadge origin={evidence.origin} confidence={evidence.confidence} /> : null}
      </figcaption>
    </figure>
  );
}

export function SourceCount({ count }: { count: number }) {
  return (
    <span className="text-xs text-muted" title="Independent articles with words supporting this fact">
      {countLabel(count, "source")}
    </span>
  );
}

/**
 * The evidence under a fact. Open by default for the claims readers check most (outcomes,
 * date, place); collapsed for long lists such as participants, still readable without JS.
 */
export function EvidenceList({ support, open = true }: { support: Support; open?: boolean }) {
  if (support.evidence.length === 0) {
    return <p className="text-xs text-muted">No excerpt stored for this fact.</p>;
  }
  const summary = `${countLabel(support.evidence.length, "excerpt")} from ${countLabel(support.sourceCount, "source")}`;
  return (
    <details open={open} className="group mt-2">
      <summary className="cursor-pointer text-xs text-muted select-none hover:text-ink">
        <span className="group-open:hidden">Show evidence: </span>
        <span className="hidden group-open:inline">Evidence: </span>
        {summary}
      </summary>
      <ul className="mt-2 space-y-3">
        {support.evidence.map((evidence) => (
          <li key={evidence.id}>
            <Excerpt evidence={evidence} />
          </li>
        ))}
      </ul>
    </details>
  );
}
