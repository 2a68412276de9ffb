import { siteOrigin } from "@/lib/api/site-url";
import { defineRoute, inline } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/query";
import { findCitableSource } from "@/lib/export/build";
import { toCslJson } from "@/lib/export/citation";
import { NO_QUERY } from "@/lib/schemas/api";

export const GET = defineRoute<{ slug: string }>(async ({ url, params, db }) => {
  parseQuery(url, NO_QUERY);
  const source = await findCitableSource(db, params.slug, siteOrigin(url));
  return inline(JSON.stringify(toCslJson(source), null, 2), "application/vnd.citationstyles.csl+json; charset=utf-8");
});
