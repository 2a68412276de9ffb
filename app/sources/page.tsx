import type { Metadata } from "next";
import { listSources } from "@/lib/queries/list-sources";
import { cachedRead, readKey } from "@/lib/queries/read-cache";
import { encodeEngagementKey, parsePagePosition } from "@/lib/schemas/filters";
import { countLabel } from "@/components/format";
import { SourceIndex } from "@/components/source/source-index";
import { Notices } from "@/components/timeline/notices";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sources" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The sources index, newest first, one bounded page at a time (`?after=` older than a key, `?before=` newer than one). */
export default async function SourcesPage({ searchParams }: Props) {
  const notices: string[] = [];
  const { position, year } = parsePagePosition(await searchParams, notices);
  // A year is a position on the engagement timelines; the sources index is not arranged by year.
  if (year !== null) notices.push("Ignored year: the sources index pages by newer and older sources");
  const at = year === null ? position : null;
  const { sources, next, previous, total } = await cachedRead(readKey("sources", at), (db) => listSources(db, at));
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">Sources</h1>
      <p className="mt-2 max-w-[65ch] text-muted">
        The stored articles every fact is drawn from, newest first. Open one to read it with each cited excerpt marked.
      </p>
      <p className="mt-2 text-sm font-medium">{countLabel(total, "article")}</p>
      <div className="mt-6 space-y-4">
        <Notices notices={notices} />
        <SourceIndex sources={sources} />
        <nav aria-label="Pages of sources" className="flex flex-wrap gap-x-6 text-sm">
          {previous !== null ? (
            <a rel="prev" href={`/sources?before=${encodeURIComponent(encodeEngagementKey(previous))}`}>
              ← Newer sources
            </a>
          ) : (
            <span className="text-muted">No newer sources</span>
          )}
          {next !== null ? (
            <a rel="next" href={`/sources?after=${encodeURIComponent(encodeEngagementKey(next))}`}>
              Older sources →
            </a>
          ) : (
            <span className="text-muted">No older sources</span>
          )}
        </nav>
      </div>
    </>
  );
}
