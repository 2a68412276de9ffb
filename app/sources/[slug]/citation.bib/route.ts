import { siteOrigin } from "@/lib/api/site-url";
import { defineRoute, inline } from "@/lib/api/handler";
import { parseQuery } from "@/lib/api/query";
import { findCitableSource } from "@/lib/export/build";
import { toBibtex } from "@/lib/export/citation";
import { NO_QUERY } from "@/lib/schemas/api";

export const GET = defineRoute<{ slug: string }>(async ({ url, params, db }) => {
  parseQuery(url, NO_QUERY);
  return inline(toBibtex(await findCitableSource(db, params.slug, siteOrigin(url))), "application/x-bibtex; charset=utf-8");
});
