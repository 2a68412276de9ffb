import { z } from "zod";
import {
  NO_TIMELINE_FILTERS,
  TIMELINE_FILTERS,
  TIMELINE_FILTER_PARAMS,
  type TimelineFilterParam,
  type TimelineFilters,
} from "@/lib/filters";
import { yearStart, type EngagementKey, type EngagementPosition } from "@/lib/queries/engagement-keyset";

/**
 * URL parameters → timeline filters, leniently: a malformed or unknown value is dropped and
 * reported as a notice for the reader, never an error. Pages and the JSON API share it.
 */

export interface ParsedTimelineFilters {
  filters: TimelineFilters;
  /** one sentence per ignored or adjusted value, in parameter order */
  notices: string[];
}

/**
 * What Next gives a page as `searchParams`, copied to a plain record first: the object Next
 * passes is not a plain object (it carries symbol keys). Unknown parameters are ignored.
 */
const rawSearchParamsSchema = z.preprocess(
  (input) => (typeof input === "object" && input !== null ? Object.fromEntries(Object.entries(input)) : {}),
  z.record(z.string(), z.unknown()),
);

/** Long junk values are shortened in notices so a hostile URL cannot flood the page. */
const NOTICE_VALUE_LIMIT = 40;

function quoted(value: string): string {
  const shown = value.length > NOTICE_VALUE_LIMIT ? `${value.slice(0, NOTICE_VALUE_LIMIT)}…` : value;
  return `‘${shown}’`;
}

function valuesOf(raw: unknown): string[] {
  const list = (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === "string");
  // Empty values are what a GET form sends for "any": not a mistake worth a notice.
  return [...new Set(list.map((value) => value.trim()).filter((value) => value !== ""))];
}

interface Accepted {
  raw: string;
  value: string;
}

/** Distinct values read per parameter: enough for every topic, and a hostile URL stays cheap. */
const VALUES_READ_LIMIT = 100;

/** Values shown in one notice; the rest are counted. */
const NOTICE_EXAMPLES = 3;

/** One notice per kind of problem: "12 unknown topics ignored: ‘a’, ‘b’, ‘c’ and 9 more". */
function rejectionNotice(reason: string, values: string[]): string {
  const shown = values.slice(0, NOTICE_EXAMPLES).map(quoted).join(", ");
  if (values.length === 1) return `Ignored ${reason} ${shown}`;
  const more = values.length > NOTICE_EXAMPLES ? ` and ${values.length - NOTICE_EXAMPLES} more` : "";
  return `${values.length} ${plural(reason)} ignored: ${shown}${more}`;
}

/** "unknown topic" → "unknown topics", "malformed ‘from’ date" → "malformed ‘from’ dates". */
function plural(reason: string): string {
  return reason.endsWith("s") ? reason : `${reason}s`;
}

function parseFilter(param: TimelineFilterParam, raw: unknown, notices: string[]): Accepted[] {
  const definition = TIMELINE_FILTERS[param];
  const accepted: Accepted[] = [];
  const rejected = new Map<string, string[]>();
  const values = valuesOf(raw);
  for (const value of values.slice(0, VALUES_READ_LIMIT)) {
    const result = definition.value.safeParse(value);
    if (result.success) accepted.push({ raw: value, value: result.data });
    else {
      const reason = result.error.issues[0]?.message ?? `invalid ${definition.label.toLowerCase()}`;
      rejected.set(reason, [...(rejected.get(reason) ?? []), value]);
    }
  }
  for (const [reason, list] of rejected) notices.push(rejectionNotice(reason, list));
  if (values.length > VALUES_READ_LIMIT) notices.push(`Read only the first ${VALUES_READ_LIMIT} values of ‘${param}’; ${values.length - VALUES_READ_LIMIT} more ignored`);
  if (definition.multiple || accepted.length <= 1) return accepted;
  const [kept, ...dropped] = accepted as [Accepted, ...Accepted[]];
  const droppedText = dropped.slice(0, NOTICE_EXAMPLES).map((item) => quoted(item.raw)).join(", ") + (dropped.length > NOTICE_EXAMPLES ? ` and ${dropped.length - NOTICE_EXAMPLES} more` : "");
  notices.push(`Only one ${definition.label.toLowerCase()} at a time: kept ${quoted(kept.raw)}, ignored ${droppedText}`);
  return [kept];
}

function parseLeniently(raw: Record<string, unknown>): ParsedTimelineFilters {
  const notices: string[] = [];
  const accepted = Object.fromEntries(TIMELINE_FILTER_PARAMS.map((param) => [param, parseFilter(param, raw[param], notices)])) as Record<
    TimelineFilterParam,
    Accepted[]
  >;
  const parsed = Object.fromEntries(
    TIMELINE_FILTER_PARAMS.map((param) => {
      const values = accepted[param].map((item) => item.value);
      return [param, TIMELINE_FILTERS[param].multiple ? values : (values[0] ?? null)];
    }),
  );
  const filters = { ...NO_TIMELINE_FILTERS, ...parsed } as TimelineFilters;
  const [from, to] = [accepted.from[0], accepted.to[0]];
  if (from && to && filters.from !== null && filters.to !== null && filters.from > filters.to) {
    // Swap what was typed, then widen again: "from=2023-02&to=2022" means 2022-01-01 … 2023-02-28.
    filters.from = TIMELINE_FILTERS.from.value.parse(to.raw);
    filters.to = TIMELINE_FILTERS.to.value.parse(from.raw);
    notices.push(`The ‘from’ date ${quoted(from.raw)} was after the ‘to’ date ${quoted(to.raw)}: swapped them`);
  }
  return { filters, notices };
}

/** Parses a page's `searchParams` object; never throws. */
export const timelineSearchParamsSchema = rawSearchParamsSchema.transform(parseLeniently);

/** The same parse for a request URL's query (the JSON API). */
export function parseTimelineSearchParams(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): ParsedTimelineFilters {
  if (!(input instanceof URLSearchParams)) return timelineSearchParamsSchema.parse(input);
  const record: Record<string, string[]> = {};
  for (const [key, value] of input) (record[key] ??= []).push(value);
  return timelineSearchParamsSchema.parse(record);
}

// ── Page position (keyset pagination of the timeline, topic threads and person pages) ──────

export type PagePosition = EngagementPosition;

/** "2023-06-01.42" or "undated.42": the readable sort key of one engagement in a URL. */
const KEY_PATTERN = /^(\d{4}-\d{2}-\d{2}|undated)\.(\d{1,12})$/;
const YEAR_PATTERN = /^(\d{4}|undated)$/;

export function encodeEngagementKey(key: EngagementKey): string {
  return `${key.startDate ?? "undated"}.${key.id}`;
}

function decodeEngagementKey(value: string): EngagementKey | null {
  const match = KEY_PATTERN.exec(value);
  if (!match) return null;
  return { startDate: match[1] === "undated" ? null : match[1]!, id: Number(match[2]) };
}

/**
 * `after`, `before` or `year` from a page's URL, leniently: the first usable one wins, a
 * malformed value is ignored with a notice, and no position means the first page.
 */
export function parsePagePosition(raw: Record<string, string | string[] | undefined>, notices: string[]): { position: PagePosition; year: string | null } {
  const first = (name: string) => valuesOf(raw[name])[0];
  for (const direction of ["after", "before"] as const) {
    const value = first(direction);
    if (value === undefined) continue;
    const key = decodeEngagementKey(value);
    if (key !== null) return { position: direction === "after" ? { after: key } : { before: key }, year: null };
    notices.push(`Ignored malformed page position ${quoted(value)}: showing the first page`);
    return { position: null, year: null };
  }
  const year = first("year");
  if (year !== undefined) {
    if (YEAR_PATTERN.test(year)) return { position: yearStart(year), year };
    notices.push(`Ignored year ${quoted(year)}: give a year such as 2023`);
  }
  return { position: null, year: null };
}
