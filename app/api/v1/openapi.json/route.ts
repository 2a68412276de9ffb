import { siteOrigin } from "@/lib/api/site-url";
import { defineRoute, json } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const GET = defineRoute(async ({ url }) => json(buildOpenApiDocument(siteOrigin(url))));
