import { countLabel } from "@/components/format";
import type { Metadata } from "next";
import { SearchForm } from "@/components/search-form";
import { db } from "@/lib/db/client";
import { ENGAGEMENTS_PER_PAGE, searchAll, SOURCES_PER_PAGE, type FactKind, type SearchPage as ResultPage } from "@/lib/queries/search";
import { HighlightedText, MARK_STYLE } from "./highlighted-text";

export const metadata: Metadata = { title: "Search" };

const FACT_LABELS: Record<FactKind, string> = {
  engagement: "Engagement",
  outcome: "Outcome",
  person: "Participant",
  topic: "Topic",
};

function firstValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** `?page=`: a whole number from 1 (as the API's); anything else is page 1, with a notice. */
function parsePage(raw: string): { page: number; notice: string | null } {
  if (raw === "") return { page: 1, notice: null };
  if (/^\d{1,4}$/.test(raw) && Number(raw) >= 1) return { page: Number(raw), notice: null };
  return { page: 1, notice: `“${raw.slice(0, 20)}” is not a page number (a whole number from 1); showing page 1.` };
}

const pageHref = (query: string, page: number) => `/search?${new URLSearchParams(page === 1 ? { q: query } : { q: query, page: String(page) }).toString()}`;

/** "21–40 of 140" */
function rangeLabel(page: number, perPage: number, shown: number, total: number): string {
  const first = (page - 1) * perPage + 1;
  return shown === 0 ? `none of ${total} on this page` : `${first}–${first + shown - 1} of ${total}`;
}

/** Previous/next result pages: plain links keeping the query, so paging works without JavaScript. */
function ResultPages({ query, page, label }: { query: string; page: ResultPage; label: string }) {
  if (page.previous === null && page.next === null) return null;
  return (
    <nav aria-label={label} className="mt-8 flex flex-wrap gap-x-6 text-sm">
      {page.previous !== null ? (
        <a rel="prev" href={pageHref(query, page.previous)}>
          ← Previous results (page {page.previous})
        </a>
      ) : null}
      <span className="text-muted">Page {page.number}</span>
      {page.next !== null ? (
        <a rel="next" href={pageHref(query, page.next)}>
          More results (page {page.next}) →
        </a>
      ) : null}
    </nav>
  );
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const query = firstValue(params.q);
  const { page: pageNumber, notice } = parsePage(firstValue(params.page));
  const results = await searchAll(db(), query, pageNumber);
  const { page } = results;
  const nothingSearchable = results.terms.length === 0;
  const found = page.engagementTotal + page.sourceTotal > 0;
  const pastTheEnd = found && results.engagements.length + results.sources.length === 0;

  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
      <div className="mt-4 max-w-2xl">
        <SearchForm query={query} id="search-page-query" size="large" label="Search again" />
        <p className="mt-2 text-sm text-muted">
          Words must all appear. Use &quot;double quotes&quot; for an exact phrase and a trailing * for word beginnings (fent* finds fentanyl).
        </p>
      </div>
      {notice ? (
        <p className="mt-4 text-sm" role="status">
          {notice}
        </p>
      ) : null}

      {nothingSearchable ? (
        <p className="mt-8" role="status">
          {query.trim() === ""
            ? "Type a word, a name or a \"quoted phrase\" to search engagements, outcomes, people, topics and the full text of every source."
            : "That query has no words to search for (punctuation and operators are ignored). Try a name, a topic or a phrase."}
        </p>
      ) : !found ? (
        <p className="mt-8" role="status">
          No engagement or source matches <strong>{results.terms.join(" ")}</strong>. Try fewer words, a prefix such as <code>negotiat*</code>, or browse the{" "}
          <a href="/topics">topics</a>.
        </p>
      ) : pastTheEnd ? (
        <p className="mt-8" role="status">
          Page {page.number} is past the last results for <strong>{results.terms.join(" ")}</strong>.{" "}
          <a href={pageHref(query, 1)}>Back to the first page</a>
        </p>
      ) : (
        <p className="mt-8 text-sm text-muted" role="status">
          {countLabel(page.engagementTotal, "engagement")} and {countLabel(page.sourceTotal, "source")} match{" "}
          <strong className="text-ink">{results.terms.join(" ")}</strong>, best first
          {page.previous !== null || page.next !== null ? `; page ${page.number}` : ""}.
        </p>
      )}

      {results.engagements.length > 0 ? (
        <section aria-labelledby="engagement-results" className={`mt-8 ${MARK_STYLE}`}>
          <h2 id="engagement-results" className="border-b border-line pb-2 text-xl font-semibold">
            Engagements <span className="text-base font-normal text-muted">{rangeLabel(page.number, ENGAGEMENTS_PER_PAGE, results.engagements.length, page.engagementTotal)}</span>
          </h2>
          <ol className="mt-4 space-y-6">
            {results.engagements.map((hit) => (
              <li key={hit.slug}>
                <h3 className="font-semibold">
                  <a href={hit.href}>{hit.title}</a>
                </h3>
                <p className="text-sm text-muted">{hit.date.label}</p>
                <ul className="mt-2 space-y-1 text-[0.95rem]">
                  {hit.facts.map((fact, index) => (
                    <li key={index}>
                      <span className="mr-2 text-xs font-medium tracking-wide text-muted uppercase">{FACT_LABELS[fact.kind]}</span>
                      <HighlightedText segments={fact.snippet} />
                    </li>
                  ))}
                  {hit.factCount > hit.facts.length ? (
                    <li className="text-sm text-muted">
                      and {countLabel(hit.factCount - hit.facts.length, "more matching fact")} on <a href={hit.href}>its page</a>
                    </li>
                  ) : null}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {results.sources.length > 0 ? (
        <section aria-labelledby="source-results" className={`mt-10 ${MARK_STYLE}`}>
          <h2 id="source-results" className="border-b border-line pb-2 text-xl font-semibold">
            Sources <span className="text-base font-normal text-muted">{rangeLabel(page.number, SOURCES_PER_PAGE, results.sources.length, page.sourceTotal)}</span>
          </h2>
          <ol className="mt-4 space-y-6">
            {results.sources.map((hit) => (
              <li key={hit.slug}>
                <h3 className="font-semibold">
                  <a href={hit.href}>
                    <HighlightedText segments={hit.title} />
                  </a>
                </h3>
                <p className="text-sm text-muted">
                  {[hit.publisher, hit.published].filter(Boolean).join(" · ")}
                  {hit.publisher || hit.published ? " · " : ""}
                  {hit.matchCount} {hit.matchCount === 1 ? "match" : "matches"}
                </p>
                <ul className="mt-2 space-y-3">
                  {hit.passages.map((passage, index) => (
                    <li key={index} className="border-l-2 border-line pl-3 font-serif text-[0.95rem]">
                      <p className="whitespace-pre-line">
                        <HighlightedText segments={passage.snippet} />
                      </p>
                      <p className="mt-1 font-sans text-sm">
                        {/* A plain link: a full navigation is what makes the reader's :target highlight apply. */}
                        <a href={passage.href}>{passage.evidenceId === null ? "Read in the source" : "Read the excerpt in context"}</a>
                        {passage.engagement ? <span className="text-muted"> — evidence for {passage.engagement.title}</span> : null}
                      </p>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <ResultPages query={query} page={page} label="Result pages" />
    </div>
  );
}
