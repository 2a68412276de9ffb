import { siteOrigin } from "@/lib/api/site-url";
import { defineRoute, download } from "@/lib/api/handler";
import { parseFilterQuery } from "@/lib/api/query";
import { buildFactsCsv } from "@/lib/export/build";

export const GET = defineRoute(async ({ url, db }) =>
  download(buildFactsCsv(db, parseFilterQuery(url), siteOrigin(url)), "text/csv; charset=utf-8; header=present", "readout-facts.csv"),
  { stream: true },
);
