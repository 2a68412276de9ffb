import { listPersonRecords } from "@/lib/api/directory";
import { defineRoute, json } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/query";
import { NO_QUERY } from "@/lib/schemas/api";

export const GET = defineRoute(async ({ url, db }) => {
  parseQuery(url, NO_QUERY);
  return json(await listPersonRecords(db));
});
