import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { getEngagementPage } from "@/lib/queries/get-engagement-page";
import { countLabel } from "@/components/format";
import { EngagementHeader } from "@/components/engagement/engagement-header";
import { OutcomeDisagreements } from "@/components/engagement/outcome-disagreements";
import { OutcomeList } from "@/components/engagement/outcome-list";
import { ParticipantGroups } from "@/components/engagement/participant-groups";
import { TopicFacts } from "@/components/engagement/topic-facts";
import { TopicNeighbours } from "@/components/engagement/topic-neighbours";
import { SideAccounts } from "@/components/engagement/side-accounts";
import { FactHistory } from "@/components/engagement/fact-history";
import { Section } from "@/components/layout/section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** One query per request, shared by the metadata and the page. */
const load = cache((slug: string) => getEngagementPage(db(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug);
  if (page === null) notFound();
  const { engagement } = page;
  return { title: `${engagement.title} (${engagement.date.label})`, description: engagement.summary ?? undefined };
}

export default async function EngagementPage({ params }: Props) {
  const page = await load((await params).slug);
  if (page === null) notFound();
  const { engagement, disagreements } = page;
  const participantCount = engagement.participants.reduce((total, group) => total + group.items.length, 0);

  return (
    <article>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <a href="/">Timeline</a>
        <span aria-hidden="true" className="text-muted"> / </span>
        <span className="text-muted">{engagement.date.year ?? "Date unknown"}</span>
      </nav>
      <EngagementHeader engagement={engagement} disagreements={disagreements} />
      <FactHistory history={engagement.history} />
      <Section id="participants" title="Participants" aside={countLabel(participantCount, "person", "people")}>
        <ParticipantGroups groups={engagement.participants} />
      </Section>
      <Section id="topics" title="Topics discussed">
        <TopicFacts topics={engagement.topics} />
      </Section>
      <Section id="outcomes" title="Outcomes" aside={countLabel(engagement.outcomes.length, "outcome")}>
        <OutcomeDisagreements disagreements={disagreements.outcomes} />
        <OutcomeList outcomes={engagement.outcomes} />
      </Section>
      <Section belowTheFold id="side-accounts" title="What each side said">
        <SideAccounts rows={engagement.sideAccounts} />
      </Section>
      <Section belowTheFold id="related" title="On the same topics">
        <TopicNeighbours previous={engagement.previous} next={engagement.next} />
      </Section>
    </article>
  );
}
