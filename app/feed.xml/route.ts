import { siteOrigin } from "@/lib/api/site-url";
import { defineRoute, inline } from "@/lib/api/handler";
import { parseFilterQuery } from "@/lib/api/query";
import { buildFeed } from "@/lib/export/build";
import { timelineQuery } from "@/lib/filters";

export const GET = defineRoute(async ({ url, db }) => {
  const filters = parseFilterQuery(url);
  // The feed's id and self link are canonical: the same filters, however the URL spelled them.
  const selfUrl = `${siteOrigin(url)}/feed.xml${timelineQuery(filters)}`;
  return inline(await buildFeed(db, filters, siteOrigin(url), selfUrl), "application/atom+xml; charset=utf-8");
});
