import { defineWriteRoute } from "@/lib/api/write-handler";
import { getEngagementDetail } from "@/lib/api/engagements";
import { defineRoute, json } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/query";
import { NO_QUERY } from "@/lib/schemas/api";

export const GET = defineRoute<{ slug: string }>(async ({ url, params, db }) => {
  parseQuery(url, NO_QUERY);
  return json(await getEngagementDetail(db, params.slug));
});

/** Edit title, kind, status, dates and place: JSON body plus `reason`, If-Match: "<version>". */
export const PATCH = defineWriteRoute("engagement", "edit");
