import type { SourceDetail } from "@/lib/queries/get-source";

/** Who published the article, when (and how that date is known), how to cite it, and its fingerprint. */
export function SourceMetadata({ source }: { source: SourceDetail }) {
  return (
    <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
      {source.byline ? (
        <>
          <dt className="text-muted">By</dt>
          <dd>{source.byline}</dd>
        </>
      ) : null}
      <dt className="text-muted">Published</dt>
      <dd>
        {source.published.date ? <time dateTime={source.published.date}>{source.published.label}</time> : "Unknown"}
        {source.published.howKnown === "given" ? <span className="text-muted"> (stated by the source)</span> : null}
        {source.published.howKnown && source.published.howKnown !== "given" ? (
          <details className="mt-1">
            <summary className="cursor-pointer text-muted">Inferred from the text: how</summary>
            <p className="mt-1 text-muted">{source.published.howKnown}</p>
          </details>
        ) : null}
      </dd>
      {source.url ? (
        <>
          <dt className="text-muted">Original</dt>
          <dd className="break-all">
            <a href={source.url} rel="noopener noreferrer">
              {source.url}
            </a>
          </dd>
        </>
      ) : null}
      <dt className="text-muted">Cite</dt>
      <dd>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a href={`/sources/${encodeURIComponent(source.slug)}/citation.bib`} type="application/x-bibtex" download={`${source.slug}.bib`}>
              BibTeX
            </a>
          </li>
          <li>
            <a href={`/sources/${encodeURIComponent(source.slug)}/citation.json`} type="application/vnd.citationstyles.csl+json" download={`${source.slug}.json`}>
              CSL-JSON
            </a>{" "}
            <span className="text-muted">(Zotero, citeproc)</span>
          </li>
        </ul>
      </dd>
      <dt className="text-muted">SHA-256</dt>
      <dd className="font-mono text-xs break-all">{source.sha256}</dd>
    </dl>
  );
}
