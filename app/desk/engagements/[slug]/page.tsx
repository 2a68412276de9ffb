import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { getEngagement } from "@/lib/queries/get-engagement";
import { listTopicOptions } from "@/lib/queries/list-topic-options";
import { deskAction } from "@/app/desk/actions";
import { ActionForm } from "@/components/desk/action-form";
import { FactActions } from "@/components/desk/fact-actions";
import { FactHistory } from "@/components/engagement/fact-history";
import { ENGAGEMENT_KINDS } from "@/lib/taxonomy/enums";

export const metadata: Metadata = { title: "Engagement" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = { merge: "Merged: the other engagement's facts are now here.", split: "Split: this is the new engagement with the facts you chose." } as const;

/** One engagement on the desk: its fields, merge, split, and every fact with its actions. */
export default async function DeskEngagementPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const done = (await searchParams).done;
  const [engagement, topics] = await Promise.all([getEngagement(db(), slug), listTopicOptions(db())]);
  if (engagement === null) notFound();
  const stored = await db().engagement.findUniqueOrThrow({ where: { slug }, select: { kind: true, status: true, startDate: true, endDate: true, datePrecision: true, placeName: true, placeCountry: true } });
  const hidden = (action: string) => ({ _kind: "engagement", _key: slug, _version: String(engagement.version), _action: action });
  const people = engagement.participants.flatMap((group) => group.items);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{engagement.title}</h1>
        <p className="text-sm text-muted">
          {engagement.date.label} · {engagement.kind.label} · {engagement.status.label} · version {engagement.version} ·{" "}
          <Link href={`/engagements/${slug}`} prefetch={false}>Public page</Link>
        </p>
        {typeof done === "string" && done in DONE ? <p role="status" className="mt-2 text-sm">{DONE[done as keyof typeof DONE]}</p> : null}
        <FactHistory history={engagement.history} />
      </div>

      <section aria-labelledby="fields-heading">
        <h2 id="fields-heading" className="text-lg font-semibold">Date, place, kind and status</h2>
        <FactActions
          fact={{
            kind: "engagement",
            key: slug,
            version: engagement.version,
            origin: engagement.origin,
            values: { title: engagement.title, kind: stored.kind, status: stored.status, startDate: stored.startDate ?? "", endDate: stored.endDate ?? "", datePrecision: stored.datePrecision, placeName: stored.placeName ?? "", placeCountry: stored.placeCountry ?? "" },
          }}
          topics={topics}
          label="this engagement"
        />
      </section>

      <section aria-labelledby="merge-heading">
        <h2 id="merge-heading" className="text-lg font-semibold">Merge into another engagement</h2>
        <p className="text-sm text-muted">Every fact of this engagement moves to the other one, and this one is removed. For one meeting recorded twice.</p>
        <ActionForm
          action={deskAction}
          legend="Merge this engagement"
          submitLabel="Merge"
          secondary
          hidden={hidden("merge")}
          fields={[
            { name: "into", label: "Slug of the engagement that stays", required: true },
            { name: "intoVersion", label: "Its version (optional)", hint: "Shown on its desk page. When given, the merge is refused if that engagement changed since." },
            { name: "reason", label: "Reason", required: true },
          ]}
        />
      </section>

      <section aria-labelledby="split-heading">
        <h2 id="split-heading" className="text-lg font-semibold">Split off a new engagement</h2>
        <p className="text-sm text-muted">The facts you tick move to a new engagement. For two meetings recorded as one.</p>
        <ActionForm
          action={deskAction}
          legend="New engagement"
          submitLabel="Split off"
          secondary
          hidden={hidden("split")}
          fields={[
            { name: "title", label: "Title of the new engagement", required: true },
            { name: "kind", label: "Kind", type: "select", value: stored.kind, options: Object.entries(ENGAGEMENT_KINDS).map(([value, label]) => ({ value, label })) },
            { name: "startDate", label: "Start date", type: "date" },
            { name: "reason", label: "Reason", required: true },
          ]}
        >
          <fieldset className="rounded border border-line p-2">
            <legend className="text-sm font-medium">Facts to move</legend>
            {people.map((person) => (
              <label key={`p-${person.id}`} className="flex items-center gap-2 py-1 text-sm"><input type="checkbox" className="size-6 shrink-0" name="participations" value={person.id} /> Participant: {person.name}</label>
            ))}
            {engagement.topics.map((topic) => (
              <label key={`t-${topic.id}`} className="flex items-center gap-2 py-1 text-sm"><input type="checkbox" className="size-6 shrink-0" name="topics" value={topic.id} /> Topic: {topic.name}</label>
            ))}
            {engagement.outcomes.map((outcome) => (
              <label key={`o-${outcome.id}`} className="flex items-center gap-2 py-1 text-sm"><input type="checkbox" className="size-6 shrink-0" name="outcomes" value={outcome.id} /> Outcome: {outcome.statement}</label>
            ))}
          </fieldset>
        </ActionForm>
      </section>

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="text-lg font-semibold">Facts</h2>
        <ul className="mt-3 space-y-4">
          {people.map((person) => (
            <li key={`p-${person.id}`} className="rounded border border-line p-3">
              <h3 className="font-medium">Participant: {person.name}{person.title ? `, ${person.title}` : ""}</h3>
              <FactHistory history={person.history} />
              <FactActions fact={{ kind: "participation", key: String(person.id), version: person.version, origin: person.origin, values: { title: person.title ?? "" } }} topics={topics} label={`participant ${person.name}`} />
            </li>
          ))}
          {engagement.topics.map((topic) => (
            <li key={`t-${topic.id}`} className="rounded border border-line p-3">
              <h3 className="font-medium">Topic: {topic.name}</h3>
              <FactHistory history={topic.history} />
              <FactActions fact={{ kind: "topic", key: String(topic.id), version: topic.version, origin: topic.origin, values: {} }} topics={topics} label={`topic ${topic.name}`} />
            </li>
          ))}
          {engagement.outcomes.map((outcome) => (
            <li key={`o-${outcome.id}`} className="rounded border border-line p-3">
              <h3 className="font-medium">Outcome: {outcome.statement}</h3>
              <FactHistory history={outcome.history} />
              <FactActions
                fact={{ kind: "outcome", key: String(outcome.id), version: outcome.version, origin: outcome.origin, values: { statement: outcome.statement, status: outcome.status.value, topic: outcome.topic?.slug ?? "", side: outcome.side?.value ?? "" } }}
                topics={topics}
                label={`outcome ${outcome.id}`}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
