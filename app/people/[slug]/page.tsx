import { formatDateRange } from "@/lib/queries/view";
import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { getPersonPage } from "@/lib/queries/get-person-page";
import { countLabel } from "@/components/format";
import { Section } from "@/components/layout/section";
import { PlacesMap } from "@/components/map/places-map";
import { PersonEngagements } from "@/components/people/person-engagements";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** One query per request, shared by the metadata and the page. */
const load = cache((slug: string) => getPersonPage(db(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug);
  if (page === null) notFound();
  return { title: page.person.name };
}

export default async function PersonPage({ params }: Props) {
  const page = await load((await params).slug);
  if (page === null) notFound();
  const { person, map } = page;

  return (
    <article>
      <header className="max-w-[65ch]">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">{person.side.label}</p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight">{person.name}</h1>
        {person.aliases.length > 0 ? <p className="mt-1 text-sm text-muted">Also written as {person.aliases.join(", ")}</p> : null}
        <p className="mt-4 text-sm">
          <a href={`/?person=${encodeURIComponent(person.slug)}`}>See on the timeline</a>
        </p>
      </header>
      <Section id="engagements" title="Engagements" aside={countLabel(person.engagements.length, "engagement")}>
        <PersonEngagements engagements={person.engagements} />
      </Section>
      {person.engagements.length > 0 ? (
        <Section id="map" title="Where they took place" aside={countLabel(map.places.length, "place")}>
          <PlacesMap map={map} subject={`${person.name}'s engagements`} />
        </Section>
      ) : null}
      {person.titles.length > 0 ? (
        <Section id="titles" title="Titles held">
          <ul className="space-y-1 text-sm">
            {person.titles.map((held) => (
              <li key={`${held.title}-${held.start}`}>
                {held.title}{" "}
                <span className="text-muted">
                  ({held.start ? formatDateRange(held.start, null, "day") : "?"} – {held.end ? formatDateRange(held.end, null, "day") : "present"})
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </article>
  );
}
