import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { API_ROUTES } from "@/lib/api/routes";
import type { TestDatabase } from "@/tests/helpers/database";
import { callRoute, useSeededApiDatabase } from "./api-database";
import { ROUTE_HANDLERS } from "./route-handlers";

let test: TestDatabase;
let document: { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }> };
let ajv: Ajv2020;

beforeAll(async () => {
  test = await useSeededApiDatabase("openapi");
  const response = await callRoute(getOpenApi, "/api/v1/openapi.json");
  expect(response.status).toBe(200);
  document = await response.json();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...document, $id: "openapi.json" });
});
afterAll(() => test.close());

/** Validates a body against the schema the document gives for this path and status. */
function expectDocumented(path: string, status: number, body: unknown): void {
  const documented = document.paths[path]?.get.responses[String(status)];
  expect(documented, `${path} documents ${status}`).toBeDefined();
  const ref = documented?.content?.["application/json"]?.schema.$ref;
  expect(ref, `${path} ${status} has a JSON schema`).toBeDefined();
  const validate = ajv.getSchema(`openapi.json${ref}`);
  expect(validate).toBeDefined();
  const valid = validate!(body);
  expect(validate!.errors ?? [], `${path} ${status}`).toEqual([]);
  expect(valid).toBe(true);
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(document as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents exactly the routes that exist", () => {
    expect(Object.keys(document.paths).sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
  });

  it.each(API_ROUTES.map((route) => [route.path, route] as const))("%s answers its example as documented", async (_, route) => {
    const params = Object.fromEntries(Object.entries(route.pathParams).map(([name, param]) => [name, param.example]));
    const response = await callRoute(ROUTE_HANDLERS[route.path], route.example, params);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("application/json");
    expectDocumented(route.path, 200, await response.json());
  });

  it.each(API_ROUTES.map((route) => [route.path, route] as const))("%s answers its documented errors with the error schema", async (_, route) => {
    for (const status of route.errors) {
      const params = Object.fromEntries(Object.keys(route.pathParams).map((name) => [name, status === 404 ? "no-such-slug" : "x"]));
      const url = status === 400 ? `${route.example}${route.example.includes("?") ? "&" : "?"}unknown=1` : `${route.path.replace(/\{\w+\}/, "no-such-slug")}`;
      const response = await callRoute(ROUTE_HANDLERS[route.path], url, params);
      expect(response.status, url).toBe(status);
      expectDocumented(route.path, status, await response.json());
    }
  });
});
