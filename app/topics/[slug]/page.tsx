import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTopicPage } from "@/lib/queries/get-topic-page";
import { loadSlugPage, type SlugPageProps } from "@/app/slug-page";
import { boundedCountLabel, countLabel } from "@/components/format";
import { Notices } from "@/components/timeline/notices";
import { PageNav } from "@/components/timeline/page-nav";
import { Section } from "@/components/layout/section";
import { QuarterlyChart } from "@/components/quarterly-chart";
import { OutcomeLedger } from "@/components/topics/outcome-ledger";
import { RaisedAt } from "@/components/topics/raised-at";

export const dynamic = "force-dynamic";

type Props = SlugPageProps;

const load = (props: Props) => loadSlugPage("topics", props, getTopicPage);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  if (page === null) notFound();
  return { title: `${page.thread.topic.name}: the thread`, description: page.thread.topic.description ?? undefined };
}

export default async function TopicPage(props: Props) {
  const page = await load(props);
  if (page === null) notFound();
  const { thread, quarters, notices } = page;
  const { topic } = thread;
  const nav = (placement: "top" | "bottom") => (
    <PageNav
      path={`/topics/${topic.slug}`}
      query=""
      older={thread.page.older}
      newer={thread.page.newer}
      years={thread.page.years}
      hasUndated={thread.page.hasUndated}
      noun="engagements"
      anchor="ledger"
      placement={placement}
    />
  );

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
      <Notices notices={notices} />
      <Section id="ledger" title="Outcomes over time" aside={boundedCountLabel(thread.totals.outcomes, "outcome")}>
        <div className="space-y-4">
          {nav("top")}
          <p className="text-sm text-muted">
            {thread.totals.engagements > thread.engagements.length
              ? `This page: ${countLabel(thread.outcomes.length, "outcome")} at ${countLabel(thread.engagements.length, "engagement")}, in date order.`
              : null}
          </p>
          <OutcomeLedger outcomes={thread.outcomes} topicSlug={topic.slug} />
        </div>
      </Section>
      <Section belowTheFold id="raised" title="Where it was raised" aside={boundedCountLabel(thread.totals.engagements, "engagement")}>
        <div className="space-y-4">
          <RaisedAt engagements={thread.engagements} topicSlug={topic.slug} />
          {nav("bottom")}
        </div>
      </Section>
    </article>
  );
}
