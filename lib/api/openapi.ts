import { z } from "zod";
import { errorBodySchema, type QueryParam } from "@/lib/schemas/api";
import { deskResultSchema } from "@/lib/schemas/desk";
import { API_ROUTES, type ApiRoute } from "./routes";
import { WRITE_ERROR_DESCRIPTIONS, WRITE_ROUTES, type WriteRoute } from "./write-routes";

/** The OpenAPI 3.1 document of the JSON API, generated from the route list and its zod schemas. */

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** OpenAPI 3.1 embeds JSON Schema 2020-12 (its default dialect): the per-schema header keys go. */
function withoutHeader(schema: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  return withoutHeader(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));
}

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(errorBodySchema, { id: "Error" });
  for (const route of API_ROUTES) registry.add(route.response.schema, { id: route.response.id });
  registry.add(deskResultSchema, { id: "DeskResult" });
  for (const route of WRITE_ROUTES) if (!registry.has(route.body.schema)) registry.add(route.body.schema, { id: route.body.id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any" });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutHeader(schema)]));
}

function queryParameter(name: string, param: QueryParam) {
  const value = jsonSchemaOf(param.value);
  return {
    name,
    in: "query",
    required: param.required ?? false,
    description: param.description,
    schema: param.multiple ? { type: "array", items: value } : value,
    ...(param.multiple && { style: "form", explode: true }),
    ...(param.example !== undefined && { example: param.multiple ? [param.example] : param.example }),
  };
}

const ERROR_DESCRIPTIONS = { 400: "Invalid or unknown query parameter.", 404: "No such resource." } as const;

function operation(route: ApiRoute) {
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    parameters: [
      ...Object.entries(route.pathParams).map(([name, param]) => ({
        name,
        in: "path",
        required: true,
        description: param.description,
        schema: { type: "string" },
        example: param.example,
      })),
      ...Object.entries(route.query).map(([name, param]) => queryParameter(name, param)),
    ],
    responses: {
      200: {
        description: "OK. Carries an ETag; send it back in If-None-Match to get 304 when nothing changed.",
        headers: { ETag: { schema: { type: "string" } }, "Cache-Control": { schema: { type: "string" } } },
        content: { "application/json": { schema: ref(route.response.id) } },
      },
      304: { description: "Not modified since the ETag given in If-None-Match." },
      ...Object.fromEntries(
        route.errors.map((status) => [status, { description: ERROR_DESCRIPTIONS[status], content: { "application/json": { schema: ref("Error") } } }]),
      ),
      500: { description: "Unexpected failure (logged; the message is generic).", content: { "application/json": { schema: ref("Error") } } },
    },
  };
}

/** An authenticated write: session cookie, If-Match version, JSON body with a reason. */
function writeOperation(route: WriteRoute) {
  return {
    operationId: route.operationId,
    summary: route.summary,
    description:
      "Needs an editor's session (the cookie set by POST /api/auth/sign-in/email) and a request from this site's origin. Send the version last seen in If-Match; every change is recorded in the fact's history with the reason given.",
    security: [{ session: [] }],
    parameters: [
      { name: route.pathParam.name, in: "path", required: true, description: route.pathParam.description, schema: { type: "string" } },
      { name: "If-Match", in: "header", required: true, description: 'The version last seen, quoted: "3".', schema: { type: "string" } },
    ],
    requestBody: { required: true, content: { "application/json": { schema: ref(route.body.id) } } },
    responses: {
      200: {
        description: "Changed. The body is the fact as stored now; its ETag is the new version.",
        headers: { ETag: { schema: { type: "string" } } },
        content: { "application/json": { schema: ref("DeskResult") } },
      },
      ...Object.fromEntries(Object.entries(WRITE_ERROR_DESCRIPTIONS).map(([status, description]) => [status, { description, content: { "application/json": { schema: ref("Error") } } }])),
      500: { description: "Unexpected failure (logged; the message is generic).", content: { "application/json": { schema: ref("Error") } } },
    },
  };
}

function allPaths(): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = Object.fromEntries(API_ROUTES.map((route) => [route.path, { get: operation(route) }]));
  for (const route of WRITE_ROUTES) paths[route.path] = { ...paths[route.path], [route.method]: writeOperation(route) };
  return paths;
}

export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Readout API",
      version: "1.0.0",
      description:
        "JSON API of Readout: US–China diplomatic engagements, each fact backed by verbatim excerpts of stored articles. Reading needs no account; the PATCH and POST routes are the review desk's actions and need an editor's session. Unknown parameters and invalid values are rejected with 400.",
    },
    servers: [{ url: serverUrl }],
    paths: allPaths(),
    components: {
      schemas: componentSchemas(),
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "better-auth.session_token", description: "Editor session from POST /api/auth/sign-in/email." } },
    },
  };
}
