import { defineRoute, json } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/query";
import { searchAll } from "@/lib/queries/search";
import { SEARCH_QUERY, type searchResultsSchema } from "@/lib/schemas/api";
import type { z } from "zod";

export const GET = defineRoute(async ({ url, db }) => {
  const { q, page } = parseQuery(url, SEARCH_QUERY);
  return json((await searchAll(db, q, page ?? 1)) satisfies z.infer<typeof searchResultsSchema>);
});
