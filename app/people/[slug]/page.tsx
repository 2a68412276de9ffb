import { formatDateRange } from "@/lib/queries/view";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPersonPage } from "@/lib/queries/get-person-page";
import { loadSlugPage, type SlugPageProps } from "@/app/slug-page";
import { boundedCountLabel, countLabel } from "@/components/format";
import { Notices } from "@/components/timeline/notices";
import { PageNav } from "@/components/timeline/page-nav";
import { Section } from "@/components/layout/section";
import { PlacesMap } from "@/components/map/places-map";
import { PersonEngagements } from "@/components/people/person-engagements";

export const dynamic = "force-dynamic";

type Props = SlugPageProps;

const load = (props: Props) => loadSlugPage("people", props, getPersonPage);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const page = await load(props);
  if (page === null) notFound();
  return { title: page.person.name };
}

export default async function PersonPage(props: Props) {
  const page = await load(props);
  if (page === null) notFound();
  const { person, map, notices } = page;
  const nav = (placement: "top" | "bottom") => (
    <PageNav
      path={`/people/${person.slug}`}
      query=""
      older={person.page.older}
      newer={person.page.newer}
      years={person.page.years}
      hasUndated={person.page.hasUndated}
      noun="engagements"
      anchor="engagements"
      placement={placement}
    />
  );

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
      <Notices notices={notices} />
      <Section id="engagements" title="Engagements" aside={boundedCountLabel(person.totalEngagements, "engagement")}>
        <div className="space-y-4">
          {nav("top")}
          <PersonEngagements engagements={person.engagements} />
          {nav("bottom")}
        </div>
      </Section>
      {person.engagements.length > 0 ? (
        <Section belowTheFold id="map" title="Where this page's engagements took place" aside={countLabel(map.places.length, "place")}>
          <PlacesMap map={map} subject={`the engagements on this page`} />
        </Section>
      ) : null}
      {person.titles.length > 0 ? (
        <Section belowTheFold id="titles" title="Titles held">
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
