import { siteOrigin } from "@/lib/api/site-url";
import { defineRoute, inline } from "@/lib/api/handler";
import { parseFilterQuery } from "@/lib/api/query";
import { buildCalendar } from "@/lib/export/build";

export const GET = defineRoute(async ({ url, db }) => inline(buildCalendar(db, parseFilterQuery(url), siteOrigin(url)), "text/calendar; charset=utf-8"), { stream: true });
