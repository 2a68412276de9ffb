import type { Db } from "@/lib/db/client";
import { getSourceDocument } from "@/lib/api/directory";
import { engagementSummaryBatches, listNewestEngagementSummaries } from "@/lib/api/engagements";
import { activeFilterChips, type TimelineFilters } from "@/lib/filters";
import type { EngagementSummary } from "@/lib/schemas/api";
import { formatAtomFeed } from "./atom";
import type { CitableSource } from "./citation";
import { ENGAGEMENT_COLUMNS, FACT_COLUMNS } from "./columns";
import { formatCsvHeader, formatCsvRows } from "./csv";
import { CALENDAR_END, formatCalendarEvents, formatCalendarStart, nextDay, nextMonthStart, type CalendarEvent } from "./ics";
import { listFactRows } from "./list-fact-rows";
import { VISIBLE } from "@/lib/queries/visibility";

/** Exports and feeds of the filtered timeline: each reads the data once and hands it to a pure formatter. */

const FEED_SIZE = 50;

function describeFilters(filters: TimelineFilters): string {
  const chips = activeFilterChips(filters);
  return chips.length === 0 ? "all engagements" : chips.map((chip) => `${chip.label}: ${chip.text}`).join("; ");
}

export async function* buildEngagementsCsv(db: Db, filters: TimelineFilters, origin: string): AsyncGenerator<string> {
  yield formatCsvHeader(ENGAGEMENT_COLUMNS);
  for await (const rows of engagementSummaryBatches(db, filters)) {
    yield formatCsvRows(ENGAGEMENT_COLUMNS, rows.map((row) => ({ ...row, absoluteUrl: `${origin}${row.url}` })));
  }
}

export async function* buildFactsCsv(db: Db, filters: TimelineFilters, origin: string): AsyncGenerator<string> {
  yield formatCsvHeader(FACT_COLUMNS);
  for await (const rows of engagementSummaryBatches(db, filters, FACT_BATCH_SIZE)) {
    yield formatCsvRows(FACT_COLUMNS, await listFactRows(db, rows.map((row) => row.slug), origin));
  }
}

/** Engagements per batch of the facts export: about ten excerpts each. */
const FACT_BATCH_SIZE = 100;

/** The JSON export, written as it is read: the count comes last, once known. */
export async function* buildEngagementsJson(db: Db, filters: TimelineFilters): AsyncGenerator<string> {
  yield `{\n  "filters": ${JSON.stringify(filters)},\n  "description": ${JSON.stringify(describeFilters(filters))},\n  "data": [`;
  let count = 0;
  for await (const rows of engagementSummaryBatches(db, filters)) {
    yield rows.map((row) => `${count++ === 0 ? "" : ","}\n    ${JSON.stringify(row)}`).join("");
  }
  yield `${count > 0 ? "\n  " : ""}],\n  "count": ${count}\n}\n`;
}

/** Month-precision dates span their whole month: the calendar shows the uncertainty rather than inventing a day. */
function toCalendarEvent(engagement: EngagementSummary, stamp: Date, origin: string): CalendarEvent | null {
  const { start, end, precision } = engagement.date;
  if (start === null) return null;
  const last = end ?? start;
  const people = engagement.participants.map((participant) => participant.name).join(", ");
  return {
    uid: `engagement-${engagement.slug}@readout`,
    start,
    endExclusive: precision === "month" ? nextMonthStart(last) : nextDay(last),
    stamp,
    summary: engagement.title,
    description: [
      `${engagement.kind.label} · ${engagement.status.label} · ${engagement.date.label}`,
      people && `Participants: ${people}`,
      engagement.summary,
      precision === "month" ? "The sources give only the month." : null,
      `${origin}${engagement.url}`,
    ]
      .filter(Boolean)
      .join("\n"),
    location: engagement.place && [engagement.place.name, engagement.place.country].filter(Boolean).join(", "),
    url: `${origin}${engagement.url}`,
    categories: engagement.topics.map((topic) => topic.name),
  };
}

export async function* buildCalendar(db: Db, filters: TimelineFilters, origin: string): AsyncGenerator<string> {
  yield formatCalendarStart(`Readout: ${describeFilters(filters)}`);
  for await (const engagements of engagementSummaryBatches(db, filters)) {
    const stamps = await recordedAt(db, engagements);
    yield formatCalendarEvents(engagements.flatMap((engagement) => toCalendarEvent(engagement, stamps.get(engagement.slug) ?? new Date(0), origin) ?? []));
  }
  yield CALENDAR_END;
}

async function recordedAt(db: Db, engagements: EngagementSummary[]): Promise<Map<string, Date>> {
  const rows = await db.engagement.findMany({
    where: { ...VISIBLE, slug: { in: engagements.map((engagement) => engagement.slug) } },
    select: { slug: true, createdAt: true },
  });
  return new Map(rows.map((row) => [row.slug, row.createdAt]));
}

/** Newest engagements first (undated after them); an entry's `updated` is when Readout recorded it. */
export async function buildFeed(db: Db, filters: TimelineFilters, origin: string, selfUrl: string): Promise<string> {
  const engagements = await listNewestEngagementSummaries(db, filters, FEED_SIZE);
  const stamps = await recordedAt(db, engagements);
  return formatAtomFeed({
    // Each filtered feed is its own feed: readers key subscriptions on the id.
    id: selfUrl,
    title: "Readout: US–China engagements",
    subtitle: describeFilters(filters),
    selfUrl,
    siteUrl: `${origin}/`,
    entries: engagements.map((engagement) => ({
      id: `${origin}${engagement.url}`,
      title: `${engagement.date.label}: ${engagement.title}`,
      updated: stamps.get(engagement.slug) ?? new Date(0),
      url: `${origin}${engagement.url}`,
      summary: [engagement.summary, `${engagement.kind.label}, ${engagement.status.label.toLowerCase()}.`, `${engagement.outcomeCount} outcomes from ${engagement.sourceCount} sources.`]
        .filter(Boolean)
        .join(" "),
      categories: engagement.topics.map((topic) => ({ term: topic.slug, label: topic.name })),
    })),
  });
}

export async function findCitableSource(db: Db, slug: string, origin: string): Promise<CitableSource> {
  const source = await getSourceDocument(db, slug);
  return {
    slug: source.slug,
    title: source.title,
    publisher: source.publisher,
    byline: source.byline,
    originalUrl: source.originalUrl,
    readoutUrl: `${origin}${source.url}`,
    published: source.published.date,
  };
}
