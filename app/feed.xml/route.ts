import { onSiteOrigin, siteOrigin } from "@/lib/api/site-url";
import { defineRoute, inline } from "@/lib/api/handler";
import { parseFilterQuery } from "@/lib/api/query";
import { buildFeed } from "@/lib/export/build";

export const GET = defineRoute(async ({ url, db }) =>
  inline(await buildFeed(db, parseFilterQuery(url), siteOrigin(url), onSiteOrigin(url)), "application/atom+xml; charset=utf-8"),
);
