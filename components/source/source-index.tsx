import type { SourceSummary } from "@/lib/queries/list-sources";
import { countLabel } from "@/components/format";

export function SourceIndex({ sources }: { sources: SourceSummary[] }) {
  if (sources.length === 0) return <p className="text-muted">No article has been stored yet.</p>;
  return (
    <ul className="max-w-3xl divide-y divide-line">
      {sources.map((source) => (
        <li key={source.slug} className="py-4">
          <p className="text-xs font-semibold tracking-wide text-muted uppercase">
            {source.publisher ?? "Unknown publisher"}
            {source.published ? (
              <>
                {" · "}
                <time dateTime={source.published}>{source.publishedLabel}</time>
              </>
            ) : null}
          </p>
          <a href={`/sources/${source.slug}`} className="font-semibold">
            {source.title}
          </a>
          <p className="text-sm text-muted">
            {countLabel(source.evidenceCount, "excerpt")} cited, for {countLabel(source.engagementCount, "engagement")}
          </p>
        </li>
      ))}
    </ul>
  );
}
