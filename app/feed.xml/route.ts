import { defineRoute, inline } from "@/lib/api/handler";
import { parseFilterQuery } from "@/lib/api/query";
import { buildFeed } from "@/lib/export/build";

export const GET = defineRoute(async ({ url, db }) =>
  inline(await buildFeed(db, parseFilterQuery(url), url.origin, url.toString()), "application/atom+xml; charset=utf-8"),
);
