import { format, isValid, parseISO } from "date-fns";
import { z } from "zod";
import { personBySlug } from "@/lib/gazetteer/people";
import {
  ENGAGEMENT_KINDS,
  OUTCOME_SIDES,
  OUTCOME_STATUSES,
  engagementKindSchema,
  outcomeSideSchema,
  outcomeStatusSchema,
} from "@/lib/taxonomy/enums";
import { TOPIC_SLUGS, topicBySlug } from "@/lib/taxonomy/topics";
import { formatDateRange } from "@/lib/queries/view";

/**
 * The timeline filters, declared once. The key of each entry is its URL parameter; the page
 * form, the active-filter chips, the lenient parser (lib/schemas/filters.ts), the Prisma
 * where-builder and the JSON API all read this table.
 */

/**
 * Accepts yyyy, yyyy-mm or yyyy-mm-dd; a shorter date is widened to the start or end of its
 * period. A full date must exist in the calendar (no 30 February, no 31 April).
 */
function periodBound(edge: "start" | "end", label: string) {
  return z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: `malformed ‘${label}’ date` })
    .refine((value) => value.length < 10 || isCalendarDay(value), { error: `impossible ‘${label}’ date` })
    .transform((value) => widenDate(value, edge));
}

/** True when yyyy-mm-dd names a real day: it parses and formats back to the same text. */
export function isCalendarDay(value: string): boolean {
  const date = parseISO(value);
  return isValid(date) && format(date, "yyyy-MM-dd") === value;
}

function widenDate(value: string, edge: "start" | "end"): string {
  const [year, month, day] = value.split("-");
  if (day !== undefined) return value;
  if (month !== undefined) {
    if (edge === "start") return `${year}-${month}-01`;
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${String(lastDay).padStart(2, "0")}`;
  }
  return edge === "start" ? `${year}-01-01` : `${year}-12-31`;
}

/** Longest place name the place filter accepts. */
const PLACE_NAME_LIMIT = 120;

/** People come from the gazetteer and from extraction (officials found by title), so any slug-shaped value is accepted. */
const PERSON_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface FilterDefinition {
  label: string;
  /** several values allowed (repeated parameter) */
  multiple: boolean;
  /** validates one raw URL value; its error message names what was wrong, for the notice */
  value: z.ZodType<string, string>;
  /** how a valid value reads on an active-filter chip */
  describe: (value: string) => string;
}

export const TIMELINE_FILTERS = {
  topic: {
    label: "Topic",
    multiple: true,
    value: z.enum(TOPIC_SLUGS as [string, ...string[]], { error: "unknown topic" }),
    describe: (slug) => topicBySlug(slug)?.name ?? slug,
  },
  person: {
    label: "Person",
    multiple: false,
    value: z.string().max(100, { error: "overlong person" }).regex(PERSON_SLUG, { error: "malformed person" }),
    describe: (slug) => personBySlug(slug)?.name ?? slug,
  },
  kind: {
    label: "Kind",
    multiple: false,
    value: z.enum(engagementKindSchema.options, { error: "unknown kind" }),
    describe: (kind) => ENGAGEMENT_KINDS[kind as keyof typeof ENGAGEMENT_KINDS] ?? kind,
  },
  outcome: {
    label: "Outcome status",
    multiple: false,
    value: z.enum(outcomeStatusSchema.options, { error: "unknown outcome status" }),
    describe: (status) => OUTCOME_STATUSES[status as keyof typeof OUTCOME_STATUSES] ?? status,
  },
  side: {
    label: "Outcome stated by",
    multiple: false,
    value: z.enum(outcomeSideSchema.options, { error: "unknown side" }),
    describe: (side) => OUTCOME_SIDES[side as keyof typeof OUTCOME_SIDES] ?? side,
  },
  place: {
    label: "Place",
    multiple: false,
    // Places are data, not a fixed list: any short name is accepted and matched exactly.
    // No place name holds a control character, and PostgreSQL refuses NUL in text outright.
    value: z.string().max(PLACE_NAME_LIMIT, { error: "overlong place" }).regex(/^\P{Cc}*$/u, { error: "malformed place" }),
    describe: (name) => name,
  },
  from: {
    label: "From",
    multiple: false,
    value: periodBound("start", "from"),
    describe: (day) => formatDateRange(day, null, "day"),
  },
  to: {
    label: "To",
    multiple: false,
    value: periodBound("end", "to"),
    describe: (day) => formatDateRange(day, null, "day"),
  },
} as const satisfies Record<string, FilterDefinition>;

export type TimelineFilterParam = keyof typeof TIMELINE_FILTERS;

export const TIMELINE_FILTER_PARAMS = Object.keys(TIMELINE_FILTERS) as TimelineFilterParam[];

/** Parsed, valid filters. Every single-valued filter is null when absent. */
export interface TimelineFilters {
  topic: string[];
  person: string | null;
  kind: z.infer<typeof engagementKindSchema> | null;
  outcome: z.infer<typeof outcomeStatusSchema> | null;
  side: z.infer<typeof outcomeSideSchema> | null;
  /** an engagement place name, matched exactly */
  place: string | null;
  from: string | null;
  to: string | null;
}

export const NO_TIMELINE_FILTERS: TimelineFilters = {
  topic: [],
  person: null,
  kind: null,
  outcome: null,
  side: null,
  place: null,
  from: null,
  to: null,
};

/** The values of one filter as a list (empty when absent), whatever its arity. */
export function filterValues(filters: TimelineFilters, param: TimelineFilterParam): string[] {
  const value = filters[param];
  if (Array.isArray(value)) return value;
  // `undefined` too: filters built by hand (or by an older caller) may leave a newer filter out.
  return value === null || value === undefined ? [] : [value];
}

/** The query string ("?topic=a&kind=b", or "" when nothing is set) that reproduces the filters. */
export function timelineQuery(filters: TimelineFilters): string {
  const params = new URLSearchParams();
  for (const param of TIMELINE_FILTER_PARAMS) {
    for (const value of filterValues(filters, param)) params.append(param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export interface ActiveFilterChip {
  param: TimelineFilterParam;
  label: string;
  value: string;
  text: string;
  /** the timeline URL with just this value removed */
  removeHref: string;
}

/** One chip per active value, each with the link that drops it. */
export function activeFilterChips(filters: TimelineFilters): ActiveFilterChip[] {
  return TIMELINE_FILTER_PARAMS.flatMap((param) => {
    const definition: FilterDefinition = TIMELINE_FILTERS[param];
    return filterValues(filters, param).map((value) => ({
      param,
      label: definition.label,
      value,
      text: definition.describe(value),
      removeHref: `/${timelineQuery(withoutValue(filters, param, value))}`,
    }));
  });
}

function withoutValue(filters: TimelineFilters, param: TimelineFilterParam, value: string): TimelineFilters {
  const current = filters[param];
  const next = Array.isArray(current) ? current.filter((kept) => kept !== value) : null;
  return { ...filters, [param]: next };
}
