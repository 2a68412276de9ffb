import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { getTopicPage } from "@/lib/queries/get-topic-page";
import { countLabel } from "@/components/format";
import { Section } from "@/components/layout/section";
import { QuarterlyChart } from "@/components/quarterly-chart";
import { OutcomeLedger } from "@/components/topics/outcome-ledger";
import { RaisedAt } from "@/components/topics/raised-at";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** One query per request, shared by the metadata and the page. */
const load = cache((slug: string) => getTopicPage(db(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug);
  if (page === null) notFound();
  return { title: `${page.thread.topic.name}: the thread`, description: page.thread.topic.description ?? undefined };
}

export default async function TopicPage({ params }: Props) {
  const page = await load((await params).slug);
  if (page === null) notFound();
  const { thread, quarters } = page;
  const { topic } = thread;

  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <a href="/topics">Topics</a>
        {thread.parent ? (
          <>
            <span aria-hidden="true" className="text-muted"> / </span>
            <a href={`/topics/${thread.parent.slug}`}>{thread.parent.name}</a>
          </>
        ) : null}
      </nav>
      <header className="max-w-[65ch]">
        <h1 className="text-3xl font-semibold tracking-tight">{topic.name}</h1>
        {topic.description ? <p className="mt-2 text-lg text-muted">{topic.description}</p> : null}
        {thread.children.length > 0 ? (
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
            <span className="text-muted">Includes</span>
            {thread.children.map((child) => (
              <a key={child.slug} href={`/topics/${child.slug}`}>
                {child.name}
              </a>
            ))}
          </div>
        ) : null}
        <p className="mt-4 text-sm">
          <a href={`/?topic=${encodeURIComponent(topic.slug)}`}>See these engagements on the timeline</a>
        </p>
      </header>
      {quarters.length > 0 ? (
        <Section id="quarters" title="How often it came up" aside={`${quarters[0]!.label} – ${quarters.at(-1)!.label}`}>
          <QuarterlyChart quarters={quarters} title={`Engagements on ${topic.name}, per quarter`} />
        </Section>
      ) : null}
      <Section id="ledger" title="Outcomes over time" aside={countLabel(thread.outcomes.length, "outcome")}>
        <OutcomeLedger outcomes={thread.outcomes} topicSlug={topic.slug} />
      </Section>
      <Section id="raised" title="Where it was raised" aside={countLabel(thread.engagements.length, "engagement")}>
        <RaisedAt engagements={thread.engagements} topicSlug={topic.slug} />
      </Section>
    </article>
  );
}
