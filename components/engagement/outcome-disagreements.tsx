import type { OutcomeDisagreement } from "@/lib/queries/find-disagreements";
import { formatDateRange } from "@/lib/queries/view";
import { OutcomeStatusBadge } from "@/components/facts/status-badge";

/**
 * Outcomes on one topic whose statuses come from different articles, side by side. They may
 * be steps of one story (expected before the meeting, agreed after it) or a real conflict;
 * the publication dates let the reader tell which.
 */
export function OutcomeDisagreements({ disagreements }: { disagreements: OutcomeDisagreement[] }) {
  if (disagreements.length === 0) return null;
  return (
    <div className="mb-6 space-y-4">
      {disagreements.map((disagreement) => {
        const headingId = `outcomes-differ-${disagreement.topic.slug}`;
        return (
          <section
            key={disagreement.topic.slug}
            aria-labelledby={headingId}
            className="rounded-md border border-amber-700 bg-amber-50 p-4 dark:border-amber-400 dark:bg-amber-950/40"
          >
            <h3 id={headingId} className="font-semibold">
              <span aria-hidden="true">⚠ </span>Sources report different statuses on{" "}
              <a href={`/topics/${disagreement.topic.slug}`}>{disagreement.topic.name}</a>
            </h3>
            <p className="mt-1 text-sm text-muted">
              Each status below comes from articles the others do not rely on. They may be steps of one story or a real disagreement;
              compare when each article was published.
            </p>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {disagreement.outcomes.map((outcome) => (
                <li key={outcome.id} className="rounded border border-line bg-surface p-3">
                  <OutcomeStatusBadge status={outcome.status} />
                  <p className="mt-2 text-sm font-medium">{outcome.statement}</p>
                  <p className="mt-1 text-xs text-muted">{outcome.side ? `Stated by: ${outcome.side.label}` : "Side not stated"}</p>
                  <ul aria-label="Sources" className="mt-2 space-y-1 text-xs">
                    {outcome.sources.map((source) => (
                      <li key={source.slug}>
                        <a href={`/sources/${encodeURIComponent(source.slug)}#ev-${source.evidenceId}`} title={source.title}>
                          {source.publisher ?? source.title}
                          <span className="sr-only">: {source.title}, read the excerpt</span>
                        </a>
                        <span className="text-muted">
                          {source.published ? `, published ${formatDateRange(source.published, null, "day")}` : ", publication date unknown"}
                        </span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
