import { z } from "zod";
import {
  NO_TIMELINE_FILTERS,
  TIMELINE_FILTERS,
  TIMELINE_FILTER_PARAMS,
  type TimelineFilterParam,
  type TimelineFilters,
} from "@/lib/filters";

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

function parseFilter(param: TimelineFilterParam, raw: unknown, notices: string[]): Accepted[] {
  const definition = TIMELINE_FILTERS[param];
  const accepted: Accepted[] = [];
  for (const value of valuesOf(raw)) {
    const result = definition.value.safeParse(value);
    if (result.success) accepted.push({ raw: value, value: result.data });
    else notices.push(`Ignored ${result.error.issues[0]?.message ?? `invalid ${definition.label.toLowerCase()}`} ${quoted(value)}`);
  }
  if (definition.multiple || accepted.length <= 1) return accepted;
  const [kept, ...dropped] = accepted as [Accepted, ...Accepted[]];
  notices.push(`Only one ${definition.label.toLowerCase()} at a time: kept ${quoted(kept.raw)}, ignored ${dropped.map((item) => quoted(item.raw)).join(", ")}`);
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
