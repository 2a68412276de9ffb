import { defineRoute, download } from "@/lib/api/handler";
import { parseFilterQuery } from "@/lib/api/query";
import { buildEngagementsJson } from "@/lib/export/build";

export const GET = defineRoute(async ({ url, db }) =>
  download(buildEngagementsJson(db, parseFilterQuery(url)), "application/json; charset=utf-8", "readout-engagements.json"),
  { stream: true },
);
