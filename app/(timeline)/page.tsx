import type { Metadata } from "next";
import { activeFilterChips, timelineQuery } from "@/lib/filters";
import { getTimelinePage } from "@/lib/queries/get-timeline-page";
import { cachedRead, readKey } from "@/lib/queries/read-cache";
import { parsePagePosition, timelineSearchParamsSchema } from "@/lib/schemas/filters";
import { boundedCountLabel, countLabel } from "@/components/format";
import { Section } from "@/components/layout/section";
import { PlacesMap } from "@/components/map/places-map";
import { ExportLinks } from "@/components/timeline/export-links";
import { ActiveFilters } from "@/components/timeline/active-filters";
import { EmptyTimeline } from "@/components/timeline/empty-timeline";
import { FilterForm } from "@/components/timeline/filter-form";
import { Notices } from "@/components/timeline/notices";
import { PageNav } from "@/components/timeline/page-nav";
import { TimelineList } from "@/components/timeline/timeline-list";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filters } = timelineSearchParamsSchema.parse(await searchParams);
  const chips = activeFilterChips(filters);
  // The root segment's page is outside the layout's title template, so it spells the suffix out.
  const subject = chips.length > 0 ? `Timeline: ${chips.map((chip) => chip.text).join(", ")}` : "Timeline";
  return {
    title: { absolute: `${subject} · Readout` },
    alternates: { types: { "application/atom+xml": [{ url: `/feed.xml${timelineQuery(filters)}`, title: `Readout: ${subject}` }] } },
  };
}

export default async function TimelinePage({ searchParams }: Props) {
  const raw = await searchParams;
  const { filters, notices } = timelineSearchParamsSchema.parse(raw);
  const { position } = parsePagePosition(raw, notices);
  const { timeline, options, map } = await cachedRead(readKey("timeline", filters, position), (db) => getTimelinePage(db, filters, position));
  const query = timelineQuery(filters);
  const nav = (placement: "top" | "bottom") => (
    <PageNav
      path="/"
      query={query}
      older={timeline.older}
      newer={timeline.newer}
      years={timeline.range.years}
      hasUndated={timeline.range.hasUndated}
      noun="engagements"
      anchor="timeline"
      placement={placement}
    />
  );
  const chips = activeFilterChips(filters);

  return (
    <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
      {/* Placed in its column from the first paint: the filters come later in the HTML (the timeline is read first), and content auto-placed into the first column would jump when they arrive. */}
      <div className="lg:col-start-2 lg:row-start-1">
        <h1 className="text-3xl font-semibold tracking-tight">US–China engagements</h1>
        <p className="mt-2 max-w-[65ch] text-muted">
          Meetings, visits and calls between US and Chinese officials. Every participant, topic and
          outcome links to the words of the article that reports it.
        </p>
        <div className="mt-6 space-y-3">
          <Notices notices={notices} />
          <ActiveFilters chips={chips} />
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <span className="font-medium">{boundedCountLabel(timeline.total, "engagement")}</span>
            <a href="#filters" className="lg:hidden">
              Change filters
            </a>
            {timeline.total > 0 ? (
              <>
                <a href="#map">Map</a>
                <a href="#export">Download or subscribe</a>
              </>
            ) : null}
          </p>
        </div>
        <div id="timeline" className="mt-6 space-y-6">
          {timeline.total > 0 ? (
            <>
              {nav("top")}
              {timeline.years.length > 0 ? <TimelineList years={timeline.years} /> : <p>No engagements on this page: follow the links to the others.</p>}
              {nav("bottom")}
            </>
          ) : (
            <EmptyTimeline chips={chips} />
          )}
        </div>
        {timeline.total > 0 ? (
          <>
            <Section belowTheFold id="map" title="Where this page's engagements took place" aside={countLabel(map.places.length, "place")}>
              <PlacesMap map={map} subject="the engagements on this page" />
            </Section>
            <Section belowTheFold id="export" title="Download or subscribe">
              <ExportLinks query={query} />
            </Section>
          </>
        ) : null}
      </div>
      <aside id="filters" aria-label="Filters" className="skip-offscreen lg:col-start-1 lg:row-start-1">
        <h2 className="mb-3 text-sm font-semibold tracking-wide text-muted uppercase">Filter</h2>
        <FilterForm options={options} filters={filters} />
      </aside>
    </div>
  );
}
