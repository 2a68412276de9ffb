import { defineRoute, download } from "@/lib/api/handler";
import { parseFilterQuery } from "@/lib/api/query";
import { buildEngagementsJson } from "@/lib/export/build";

export const GET = defineRoute(async ({ url, db }) =>
  download(JSON.stringify(await buildEngagementsJson(db, parseFilterQuery(url)), null, 2), "application/json; charset=utf-8", "readout-engagements.json"),
);
