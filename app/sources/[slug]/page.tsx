import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { getSource } from "@/lib/queries/get-source";
import { countLabel } from "@/components/format";
import { Section } from "@/components/layout/section";
import { ArticleText } from "@/components/source/article-text";
import { EvidenceNotes } from "@/components/source/evidence-notes";
import { SourceMetadata } from "@/components/source/source-metadata";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** One query per request, shared by the metadata and the page. */
const load = cache((slug: string) => getSource(db(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await load((await params).slug);
  if (source === null) notFound();
  return { title: `Source: ${source.title}` };
}

export default async function SourcePage({ params }: Props) {
  const source = await load((await params).slug);
  if (source === null) notFound();

  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <a href="/sources">Sources</a>
      </nav>
      <header className="max-w-[65ch]">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">{source.publisher ?? "Unknown publisher"}</p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight">{source.title}</h1>
        <SourceMetadata source={source} />
      </header>
      <Section id="text" title="Text" aside={`${countLabel(source.evidence.length, "marked excerpt")}`}>
        <ArticleText paragraphs={source.paragraphs} evidence={source.evidence} />
      </Section>
      <Section id="notes" title="What the marked excerpts back">
        <EvidenceNotes evidence={source.evidence} />
      </Section>
      <Section id="raw" title="Raw text">
        <details>
          <summary className="cursor-pointer text-sm">Show the text exactly as it was stored, before cleaning</summary>
          <pre className="mt-3 max-h-[40rem] overflow-auto rounded border border-line bg-surface p-4 font-mono text-xs whitespace-pre-wrap">{source.rawText}</pre>
        </details>
      </Section>
    </article>
  );
}
