import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { listSources } from "@/lib/queries/list-sources";
import { SourceIndex } from "@/components/source/source-index";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const sources = await listSources(db());
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight">Sources</h1>
      <p className="mt-2 max-w-[65ch] text-muted">
        The stored articles every fact is drawn from. Open one to read it with each cited excerpt marked.
      </p>
      <div className="mt-6">
        <SourceIndex sources={sources} />
      </div>
    </>
  );
}
