import { countLabel } from "@/components/format";
import type { Metadata } from "next";
import { SearchForm } from "@/components/search-form";
import { db } from "@/lib/db/client";
import { searchAll, type FactKind } from "@/lib/queries/search";
import { HighlightedText } from "./highlighted-text";

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

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = firstValue((await searchParams).q);
  const results = await searchAll(db(), query);
  const nothingSearchable = results.terms.length === 0;
  const found = results.engagements.length + results.sources.length > 0;

  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
      <div className="mt-4 max-w-2xl">
        <SearchForm query={query} id="search-page-query" size="large" label="Search again" />
        <p className="mt-2 text-sm text-muted">
          Words must all appear. Use &quot;double quotes&quot; for an exact phrase and a trailing * for word beginnings (fent* finds fentanyl).
        </p>
      </div>

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
      ) : (
        <p className="mt-8 text-sm text-muted" role="status">
          {countLabel(results.engagements.length, "engagement")} and {countLabel(results.sources.length, "source")} match{" "}
          <strong className="text-ink">{results.terms.join(" ")}</strong>.
        </p>
      )}

      {results.engagements.length > 0 ? (
        <section aria-labelledby="engagement-results" className="mt-8">
          <h2 id="engagement-results" className="border-b border-line pb-2 text-xl font-semibold">
            Engagements
          </h2>
          <ol className="mt-4 space-y-6">
            {results.engagements.map((hit) => (
              <li key={hit.slug}>
                <h3 className="font-semibold">
                  <a href={hit.href}>{hit.title}</a>
                </h3>
                <p className="text-sm text-muted">{hit.date.label}</p>
                <ul className="mt-2 space-y-1">
                  {hit.facts.map((fact, index) => (
                    <li key={index} className="text-[0.95rem]">
                      <span className="mr-2 text-xs font-medium uppercase tracking-wide text-muted">{FACT_LABELS[fact.kind]}</span>
                      <HighlightedText segments={fact.snippet} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {results.sources.length > 0 ? (
        <section aria-labelledby="source-results" className="mt-10">
          <h2 id="source-results" className="border-b border-line pb-2 text-xl font-semibold">
            Sources
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
    </div>
  );
}
