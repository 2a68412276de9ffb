import { Fragment } from "react";
import type { TimelineEngagement, TimelineYear } from "@/lib/queries/list-timeline";
import { countLabel, placeLabel } from "@/components/format";
import { DateText } from "@/components/facts/date-text";
import { OriginBadge } from "@/components/facts/origin-badge";
import { EngagementStatusBadge } from "@/components/facts/status-badge";
import { TopicChips } from "@/components/facts/topic-chip";

/*
 * Up to 20 entries a page, each sent twice (HTML and the payload that hydrates it): the markup is
 * kept to what a reader needs, with the short component classes of app/globals.css.
 */

function Participants({ groups }: { groups: TimelineEngagement["participants"] }) {
  if (groups.length === 0) return null;
  return (
    <dl className="tl-p">
      {groups.map((group) => (
        <Fragment key={group.side}>
          <dt>{group.label}</dt>
          <dd>
            {group.items.map((person, index) => (
              <Fragment key={person.slug}>
                {index > 0 ? ", " : null}
                <a href={`/people/${person.slug}`} title={person.title ?? undefined}>
                  {person.name}
                </a>
              </Fragment>
            ))}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

function TimelineEntry({ engagement, belowTheFold }: { engagement: TimelineEngagement; belowTheFold: boolean }) {
  return (
    <article className={belowTheFold ? "tl-e skip-offscreen" : "tl-e"}>
      <p className="tl-d">
        <DateText date={engagement.date} />
      </p>
      <div className="tl-b">
        <p className="tl-m">
          <span className="tl-k">{engagement.kind.label}</span>
          {engagement.place ? `· ${placeLabel(engagement.place)}` : null}
          <EngagementStatusBadge status={engagement.status} />
          {engagement.origin === "extracted" ? <OriginBadge origin={engagement.origin} confidence={engagement.confidence} /> : null}
        </p>
        <h3 className="tl-h">
          <a href={`/engagements/${engagement.slug}`}>{engagement.title}</a>
        </h3>
        <Participants groups={engagement.participants} />
        <TopicChips topics={engagement.topics} />
        <p className="tl-c">{`${countLabel(engagement.outcomeCount, "outcome")} · ${countLabel(engagement.sourceCount, "source")}`}</p>
      </div>
    </article>
  );
}

/**
 * How many entries a wide first screen can show: they render at once; later ones wait until
 * scrolled near, and rendering one the first screen shows would move the entries under it.
 */
const FIRST_SCREEN_ENTRIES = 3;

/** Engagements under a heading per year, on a vertical rule. */
export function TimelineList({ years }: { years: TimelineYear[] }) {
  const entriesBefore = years.map((_, index) => years.slice(0, index).reduce((count, group) => count + group.engagements.length, 0));
  return (
    <div className="space-y-6">
      {years.map((group, yearIndex) => {
        const headingId = `year-${group.year ?? "undated"}`;
        return (
          <section key={headingId} aria-labelledby={headingId}>
            <h2 id={headingId} className="mb-4 text-2xl font-semibold tracking-tight">
              {group.year ?? "Undated"}
            </h2>
            <ol className="tl-ol">
              {group.engagements.map((engagement, index) => (
                <li key={engagement.slug}>
                  <TimelineEntry engagement={engagement} belowTheFold={(entriesBefore[yearIndex] ?? 0) + index >= FIRST_SCREEN_ENTRIES} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
