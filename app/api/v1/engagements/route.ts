import { decodeCursor } from "@/lib/api/cursor";
import { listEngagementSummaries } from "@/lib/api/engagements";
import { defineRoute, json } from "@/lib/api/handler";
import { parseQuery, parseTimelineFilters } from "@/lib/api/query";
import { DEFAULT_PAGE_SIZE, ENGAGEMENT_LIST_QUERY, type EngagementPage } from "@/lib/schemas/api";

export const GET = defineRoute(async ({ url, db }) => {
  const query = parseQuery(url, ENGAGEMENT_LIST_QUERY);
  const filters = parseTimelineFilters(query);
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const { data, nextCursor } = await listEngagementSummaries(db, filters, {
    limit,
    after: query.cursor === undefined ? null : decodeCursor(query.cursor),
  });
  return json({ data, page: { limit, nextCursor } } satisfies EngagementPage);
});
