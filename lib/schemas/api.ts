import { z } from "zod";
import { TIMELINE_FILTERS, type TimelineFilters } from "@/lib/filters";
import {
  datePrecisionSchema,
  factOriginSchema,
  factTypeSchema,
  outcomeSideSchema,
  outcomeStatusSchema,
  sideSchema,
} from "@/lib/taxonomy/enums";
import { TOPIC_SLUGS } from "@/lib/taxonomy/topics";
import { CAMEO_CODES, ploverEventSchema } from "@/lib/taxonomy/plover";
import { historyEntrySchema } from "@/lib/schemas/desk";

/**
 * Every shape that crosses the JSON API boundary: the strict query parameters (built from the
 * same filter definitions the pages parse leniently) and the response bodies. The OpenAPI
 * document (lib/api/openapi.ts) is generated from these schemas.
 */

// ── Query parameters ──────────────────────────────────────────────────────────────────────

/** One documented query parameter: its value schema validates a single raw string. */
export interface QueryParam {
  description: string;
  value: z.ZodType<unknown, string>;
  /** may be repeated (`?topic=a&topic=b`); repeats of one value count once */
  multiple?: boolean;
  /** most distinct values a repeated parameter accepts (more is a 400, said plainly) */
  maxValues?: number;
  required?: boolean;
  example?: string;
}

export type QuerySpec = Record<string, QueryParam>;

type ParsedParam<P extends QueryParam> = P["multiple"] extends true
  ? z.output<P["value"]>[]
  : P["required"] extends true
    ? z.output<P["value"]>
    : z.output<P["value"]> | undefined;

export type ParsedQuery<S extends QuerySpec> = { [K in keyof S]: ParsedParam<S[K]> };

/**
 * The strict zod schema of a query: unknown parameters, repeated single-valued ones and
 * invalid values are errors. Input is the query as `{ name: [values…] }`.
 */
export function toQuerySchema<S extends QuerySpec>(spec: S): z.ZodType<ParsedQuery<S>, Record<string, string[]>> {
  const shape = Object.fromEntries(
    Object.entries(spec).map(([name, param]) => {
      if (param.multiple) {
        const max = param.maxValues ?? MAX_REPEATED_VALUES;
        const distinct = z
          .array(z.string())
          .transform((values) => [...new Set(values)])
          .pipe(z.array(z.string()).max(max, { error: `at most ${max} distinct values of ‘${name}’` }))
          .pipe(z.array(param.value));
        return [name, distinct.default([])];
      }
      const once = z
        .array(z.string(), { error: (issue) => (issue.input === undefined ? "required, but missing" : undefined) })
        // The same value repeated is harmless (links get built by concatenation); two different ones are ambiguous.
        .transform((values) => [...new Set(values)])
        .pipe(z.array(z.string()).max(1, { error: `give ‘${name}’ only once` }));
      const single = once.transform((values) => values[0]).pipe(param.required ? param.value : param.value.optional());
      return [name, param.required ? single : single.optional()];
    }),
  );
  return z.strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown parameter ${issue.keys.map((key) => `‘${key}’`).join(", ")}` : undefined) }) as unknown as z.ZodType<
    ParsedQuery<S>,
    Record<string, string[]>
  >;
}

/** Default cap on the distinct values of a repeated parameter. */
const MAX_REPEATED_VALUES = 50;

const filterParam = <K extends keyof typeof TIMELINE_FILTERS>(key: K, description: string, example: string) => ({
  description,
  value: TIMELINE_FILTERS[key].value as (typeof TIMELINE_FILTERS)[K]["value"],
  multiple: TIMELINE_FILTERS[key].multiple,
  example,
});

/** The timeline filters as strict API parameters: the same definitions the pages use. */
export const TIMELINE_FILTER_QUERY = {
  topic: {
    ...filterParam("topic", `Topic slug; repeat for several (any of them, at most ${TOPIC_SLUGS.length} distinct); a parent topic includes its children.`, "fentanyl"),
    multiple: true as const,
    maxValues: TOPIC_SLUGS.length,
  },
  person: filterParam("person", "Person slug: engagements this person took part in.", "antony-blinken"),
  kind: filterParam("kind", "Engagement kind.", "leader-summit"),
  outcome: filterParam("outcome", "Outcome status: engagements with at least one outcome of this status.", "agreed"),
  side: filterParam("side", "Which side stated the outcome (with `outcome`, the same outcome must match both).", "US"),
  from: filterParam("from", "Earliest start date, inclusive: yyyy, yyyy-mm or yyyy-mm-dd.", "2023"),
  to: filterParam("to", "Latest start date, inclusive: yyyy, yyyy-mm or yyyy-mm-dd.", "2023-11"),
  place: filterParam("place", "Place name exactly as listed (e.g. on the map): engagements held there.", "Beijing"),
} satisfies QuerySpec;

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export const PAGE_QUERY = {
  limit: {
    description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
    value: z
      .string()
      .regex(/^\d+$/, { error: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
      .transform(Number)
      .pipe(z.number().int().min(1, { error: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}` }).max(MAX_PAGE_SIZE, { error: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}` })),
    example: "10",
  },
  cursor: {
    description: "Opaque cursor from `page.nextCursor` of the previous page.",
    value: z.string().max(200, { error: "malformed cursor" }),
    example: "eyJzIjoiMjAyMy0wNi0wMSIsImkiOjR9",
  },
} satisfies QuerySpec;

export const ENGAGEMENT_LIST_QUERY = { ...TIMELINE_FILTER_QUERY, ...PAGE_QUERY } satisfies QuerySpec;

export const SEARCH_QUERY = {
  q: {
    description:
      'Search words. "double quotes" for a phrase, a trailing * for a prefix (fent*); other punctuation and operators are ignored. At most 500 characters are used.',
    value: z.string(),
    required: true,
    example: '"military communication"',
  },
  page: {
    description: "Result page, from 1 (default 1): engagements and sources are ranked lists paged together; `page.next` says whether one follows.",
    value: z
      .string()
      .regex(/^\d{1,4}$/, { error: "page must be a whole number from 1" })
      .transform(Number)
      .pipe(z.number().int().min(1, { error: "page must be a whole number from 1" })),
    example: "2",
  },
} satisfies QuerySpec;

export const NO_QUERY = {} satisfies QuerySpec;

/** Strict filters plus the cross-field rule the lenient parser repairs instead. */
export function toTimelineFilters(query: ParsedQuery<typeof TIMELINE_FILTER_QUERY>): TimelineFilters {
  return {
    topic: query.topic,
    person: query.person ?? null,
    kind: query.kind ?? null,
    outcome: query.outcome ?? null,
    side: query.side ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    place: query.place ?? null,
  } as TimelineFilters;
}

// ── Response bodies ───────────────────────────────────────────────────────────────────────

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

const labelled = <T extends z.ZodType<string>>(value: T) => z.object({ value, label: z.string() });

const dateSchema = z.object({
  start: z.string().nullable(),
  end: z.string().nullable(),
  precision: datePrecisionSchema,
  label: z.string(),
  year: z.string().nullable(),
});

const originFields = { origin: factOriginSchema, confidence: z.number().nullable() };

export const eventCodeSchema = z.object({
  plover: ploverEventSchema,
  cameo: z.enum(Object.keys(CAMEO_CODES) as [keyof typeof CAMEO_CODES, ...(keyof typeof CAMEO_CODES)[]]),
  cameoLabel: z.string(),
});

const topicRefSchema = z.object({ slug: z.string(), name: z.string() });

const evidenceSchema = z.object({
  id: z.number().int(),
  factType: factTypeSchema,
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  claim: z.string().nullable(),
  ...originFields,
  article: z.object({ slug: z.string(), title: z.string(), publisher: z.string().nullable() }),
});

const supportFields = { evidence: z.array(evidenceSchema), sourceCount: z.number().int() };

/** Every editable fact: its id and version (send the version back in If-Match to change it) and its history. */
const reviewableFields = {
  id: z.number().int(),
  version: z.number().int(),
  history: z.array(historyEntrySchema),
};

const sideAccountItemSchema = z.object({ id: z.number().int(), statement: z.string(), status: labelled(outcomeStatusSchema), ...supportFields });

const sideGroup = <T extends z.ZodType>(item: T) => z.object({ side: sideSchema, label: z.string(), items: z.array(item) });

export const engagementSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  url: z.string(),
  kind: labelled(z.string()),
  status: labelled(z.string()),
  date: dateSchema,
  place: z
    .object({ name: z.string(), country: z.string().nullable(), latitude: z.number().nullable(), longitude: z.number().nullable() })
    .nullable(),
  occasion: z.string().nullable(),
  summary: z.string().nullable(),
  ...originFields,
  participants: z.array(z.object({ slug: z.string(), name: z.string(), side: sideSchema, title: z.string().nullable() })),
  topics: z.array(topicRefSchema),
  outcomeCount: z.number().int(),
  sourceCount: z.number().int(),
  event: eventCodeSchema,
});

export const engagementPageSchema = z.object({
  data: z.array(engagementSummarySchema),
  page: z.object({ limit: z.number().int(), nextCursor: z.string().nullable() }),
});

const neighbourSchema = z
  .object({ slug: z.string(), title: z.string(), date: dateSchema, sharedTopics: z.array(topicRefSchema) })
  .nullable();

export const engagementDetailSchema = z.object({
  slug: z.string(),
  title: z.string(),
  url: z.string(),
  kind: labelled(z.string()),
  status: labelled(z.string()),
  occasion: z.string().nullable(),
  summary: z.string().nullable(),
  ...originFields,
  event: eventCodeSchema,
  date: dateSchema.extend(supportFields),
  place: z.object({ name: z.string(), country: z.string().nullable(), ...supportFields }).nullable(),
  ...reviewableFields,
  participants: z.array(
    sideGroup(z.object({ ...reviewableFields, slug: z.string(), name: z.string(), title: z.string().nullable(), ...originFields, ...supportFields })),
  ),
  topics: z.array(z.object({ ...reviewableFields, slug: z.string(), name: z.string(), ...originFields, ...supportFields })),
  outcomes: z.array(
    z.object({
      ...reviewableFields,
      statement: z.string(),
      status: labelled(outcomeStatusSchema),
      side: labelled(outcomeSideSchema).nullable(),
      topic: topicRefSchema.nullable(),
      event: eventCodeSchema,
      ...originFields,
      ...supportFields,
    }),
  ),
  sideAccounts: z.array(
    z.object({ topic: topicRefSchema.nullable(), us: z.array(sideAccountItemSchema), cn: z.array(sideAccountItemSchema), difference: z.string().nullable() }),
  ),
  sourceCount: z.number().int(),
  previous: neighbourSchema,
  next: neighbourSchema,
});

export const topicListSchema = z.object({
  data: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      parent: z.string().nullable(),
      url: z.string(),
      engagementCount: z.number().int(),
      outcomeCount: z.number().int(),
    }),
  ),
});

/** The keyset page of a list: pass `nextCursor` back as `cursor` until it is null. */
const listPageSchema = z.object({ limit: z.number().int(), nextCursor: z.string().nullable() });

export const personListSchema = z.object({
  page: listPageSchema,
  data: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      side: labelled(sideSchema),
      aliases: z.array(z.string()),
      url: z.string(),
      engagementCount: z.number().int(),
    }),
  ),
});

export const sourceListSchema = z.object({
  page: listPageSchema,
  data: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      publisher: z.string().nullable(),
      published: z.string().nullable(),
      url: z.string(),
      evidenceCount: z.number().int(),
      engagementCount: z.number().int(),
    }),
  ),
});

export const sourceDetailSchema = z.object({
  slug: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  originalUrl: z.string().nullable(),
  url: z.string(),
  published: z.object({ date: z.string().nullable(), howKnown: z.string().nullable() }),
  sha256: z.string(),
  language: z.string(),
  ingestedAt: z.string(),
  text: z.string(),
  evidence: z.array(
    z.object({
      id: z.number().int(),
      factType: factTypeSchema,
      exact: z.string(),
      prefix: z.string(),
      suffix: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      origin: factOriginSchema,
      url: z.string(),
      engagement: z.object({ slug: z.string(), title: z.string() }),
    }),
  ),
});

const segmentsSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));

export const searchResultsSchema = z.object({
  query: z.string(),
  terms: z.array(z.string()),
  engagements: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      date: dateSchema,
      href: z.string(),
      score: z.number(),
      facts: z.array(z.object({ kind: z.enum(["engagement", "outcome", "person", "topic"]), snippet: segmentsSchema })),
      factCount: z.number().int(),
    }),
  ),
  sources: z.array(
    z.object({
      slug: z.string(),
      title: segmentsSchema,
      publisher: z.string().nullable(),
      published: z.string().nullable(),
      href: z.string(),
      score: z.number(),
      matchCount: z.number().int(),
      passages: z.array(
        z.object({
          snippet: segmentsSchema,
          href: z.string(),
          evidenceId: z.number().int().nullable(),
          engagement: z.object({ slug: z.string(), title: z.string() }).nullable(),
        }),
      ),
    }),
  ),
  page: z.object({
    number: z.number().int(),
    previous: z.number().int().nullable(),
    next: z.number().int().nullable(),
    engagementTotal: z.number().int(),
    sourceTotal: z.number().int(),
  }),
});

export type EngagementSummary = z.infer<typeof engagementSummarySchema>;
export type EngagementPage = z.infer<typeof engagementPageSchema>;
export type ApiEngagementDetail = z.infer<typeof engagementDetailSchema>;
export type TopicList = z.infer<typeof topicListSchema>;
export type PersonList = z.infer<typeof personListSchema>;
export type SourceList = z.infer<typeof sourceListSchema>;
export type SourceDocument = z.infer<typeof sourceDetailSchema>;
