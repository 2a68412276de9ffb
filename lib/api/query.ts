import { AppError } from "@/lib/errors";
import type { TimelineFilters } from "@/lib/filters";
import { TIMELINE_FILTER_QUERY, toQuerySchema, toTimelineFilters, type ParsedQuery, type QuerySpec } from "@/lib/schemas/api";

/** Longest parameter text echoed back in an error message. */
const MESSAGE_LIMIT = 200;

const schemas = new WeakMap<QuerySpec, ReturnType<typeof toQuerySchema>>();

/** A request's query parsed strictly against its spec; the first problem becomes a 400. */
export function parseQuery<S extends QuerySpec>(url: URL, spec: S): ParsedQuery<S> {
  const raw: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (raw[name] ??= []).push(value);
  let schema = schemas.get(spec);
  if (schema === undefined) schemas.set(spec, (schema = toQuerySchema(spec)));
  const result = schema.safeParse(raw);
  if (result.success) return result.data as ParsedQuery<S>;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `‘${String(issue.path[0])}’: ` : "";
  throw new AppError("BAD_REQUEST", `${where}${issue?.message ?? "invalid query"}`.slice(0, MESSAGE_LIMIT));
}

/** The strict timeline filters of a query (spec must include TIMELINE_FILTER_QUERY); impossible days are refused by the shared filter values. */
export function parseTimelineFilters(query: ParsedQuery<typeof TIMELINE_FILTER_QUERY>): TimelineFilters {
  const filters = toTimelineFilters(query);
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    throw new AppError("BAD_REQUEST", `‘from’ (${filters.from}) is after ‘to’ (${filters.to})`);
  }
  return filters;
}

/**
 * Parses the filters-only query used by exports and feeds. Parameters that are not filters
 * (utm_source and the like, added when links are shared) are ignored rather than refused.
 */
export function parseFilterQuery(url: URL): TimelineFilters {
  const filtersOnly = new URL(url);
  for (const name of [...new Set(filtersOnly.searchParams.keys())]) if (!(name in TIMELINE_FILTER_QUERY)) filtersOnly.searchParams.delete(name);
  return parseTimelineFilters(parseQuery(filtersOnly, TIMELINE_FILTER_QUERY));
}
