import { siteOrigin } from "@/lib/api/site-url";
import { defineRoute, download } from "@/lib/api/handler";
import { parseFilterQuery } from "@/lib/api/query";
import { buildEngagementsCsv } from "@/lib/export/build";

export const GET = defineRoute(async ({ url, db }) =>
  download(buildEngagementsCsv(db, parseFilterQuery(url), siteOrigin(url)), "text/csv; charset=utf-8; header=present", "readout-engagements.csv"),
  { stream: true },
);
