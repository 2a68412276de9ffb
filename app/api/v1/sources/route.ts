import { decodeCursor } from "@/lib/api/cursor";
import { listSourceRecords } from "@/lib/api/directory";
import { defineRoute, json } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/query";
import { DEFAULT_PAGE_SIZE, PAGE_QUERY } from "@/lib/schemas/api";

export const GET = defineRoute(async ({ url, db }) => {
  const query = parseQuery(url, PAGE_QUERY);
  return json(await listSourceRecords(db, { limit: query.limit ?? DEFAULT_PAGE_SIZE, after: query.cursor === undefined ? null : decodeCursor(query.cursor) }));
});
