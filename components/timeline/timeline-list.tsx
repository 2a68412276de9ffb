import type { TimelineEngagement, TimelineYear } from "@/lib/queries/list-timeline";
import { countLabel, placeLabel } from "@/components/format";
import { DateText } from "@/components/facts/date-text";
import { OriginBadge } from "@/components/facts/origin-badge";
import { EngagementStatusBadge } from "@/components/facts/status-badge";
import { TopicChips } from "@/components/facts/topic-chip";

function Participants({ groups }: { groups: TimelineEngagement["participants"] }) {
  if (groups.length === 0) return null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5 text-sm">
      {groups.map((group) => (
        <div key={group.side} className="contents">
          <dt className="text-muted">{group.label}</dt>
          <dd>
            {group.items.map((person, index) => (
              <span key={person.slug}>
                {index > 0 ? ", " : null}
                <a href={`/people/${person.slug}`} className="text-ink" title={person.title ?? undefined}>
                  {person.name}
                </a>
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function TimelineEntry({ engagement }: { engagement: TimelineEngagement }) {
  const headingId = `engagement-${engagement.slug}`;
  return (
    <article aria-labelledby={headingId} className="relative grid gap-1 pb-8 pl-6 sm:grid-cols-[9.5rem_1fr] sm:gap-6 sm:pl-0">
      <span aria-hidden="true" className="absolute top-2 left-[-5px] size-2.5 rounded-full border-2 border-accent bg-page sm:left-[calc(9.5rem+0.75rem-5px)]" />
      <p className="text-sm font-medium text-muted sm:pt-0.5 sm:text-right">
        <DateText date={engagement.date} />
      </p>
      <div className="space-y-2 sm:pl-6">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted">
          <span className="font-semibold tracking-wide uppercase">{engagement.kind.label}</span>
          {engagement.place ? (
            <span>
              · {placeLabel(engagement.place)}
            </span>
          ) : null}
          <EngagementStatusBadge status={engagement.status} />
          {engagement.origin === "extracted" ? <OriginBadge origin={engagement.origin} confidence={engagement.confidence} /> : null}
        </p>
        <h3 id={headingId} className="text-lg font-semibold">
          <a href={`/engagements/${engagement.slug}`} className="text-ink">
            {engagement.title}
          </a>
        </h3>
        <Participants groups={engagement.participants} />
        <TopicChips topics={engagement.topics} />
        <p className="text-xs text-muted">
          {countLabel(engagement.outcomeCount, "outcome")} · {countLabel(engagement.sourceCount, "source")}
        </p>
      </div>
    </article>
  );
}

/** Engagements under a heading per year, on a vertical rule. */
export function TimelineList({ years }: { years: TimelineYear[] }) {
  return (
    <div className="space-y-6">
      {years.map((group) => {
        const headingId = `year-${group.year ?? "undated"}`;
        return (
          <section key={headingId} aria-labelledby={headingId}>
            <h2 id={headingId} className="mb-4 text-2xl font-semibold tracking-tight">
              {group.year ?? "Undated"}
            </h2>
            <ol className="border-l border-line sm:border-l-0 sm:bg-[linear-gradient(var(--color-line),var(--color-line))] sm:bg-[length:1px_100%] sm:bg-[position:calc(9.5rem+0.75rem)_0] sm:bg-no-repeat">
              {group.engagements.map((engagement) => (
                <li key={engagement.slug}>
                  <TimelineEntry engagement={engagement} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
