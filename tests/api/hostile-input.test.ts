import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_ROUTES } from "@/lib/api/routes";
import { searchAll, toFtsQuery } from "@/lib/queries/search";
import { errorBodySchema } from "@/lib/schemas/api";
import type { TestDatabase } from "@/tests/helpers/database";
import { callRoute, useSeededApiDatabase } from "./api-database";
import { HOSTILE_INPUTS } from "./hostile-inputs";
import { ROUTE_HANDLERS } from "./route-handlers";


let test: TestDatabase;
beforeAll(async () => {
  test = await useSeededApiDatabase("hostile");
});
afterAll(() => test.close());

describe("search with hostile input", () => {
  it("never throws, whatever the query", async () => {
    for (const input of HOSTILE_INPUTS) {
      const query = toFtsQuery(input);
      expect(query.match === null || query.match.length <= 2_000, JSON.stringify(input.slice(0, 20))).toBe(true);
      await expect(searchAll(test.db, input), JSON.stringify(input.slice(0, 20))).resolves.toBeDefined();
    }
  });
});

/** Every route × every documented parameter (plus an unknown one) × every hostile value. */
const cases = API_ROUTES.flatMap((route) =>
  [...Object.keys(route.query), "unknown", "limit", "cursor"].map((name) => [route.path, name] as const),
);

describe("API parameters with hostile input", () => {
  it.each(cases)("%s ?%s= answers 200 or a JSON 400/404, never 500", async (path, name) => {
    const route = API_ROUTES.find((candidate) => candidate.path === path)!;
    for (const value of HOSTILE_INPUTS) {
      const url = new URL(route.path.replace(/\{\w+\}/, "x"), "http://readout.test");
      url.searchParams.set(name, value);
      if (route.query.q && name !== "q") url.searchParams.set("q", "military");
      const response = await callRoute(ROUTE_HANDLERS[path], url.toString(), { slug: value || "x" });
      const label = `${path} ${name}=${JSON.stringify(value.slice(0, 20))}`;
      expect([200, 400, 404], label).toContain(response.status);
      const body: unknown = await response.json();
      if (response.status !== 200) expect(errorBodySchema.safeParse(body).success, label).toBe(true);
    }
  });

  it("rejects negative, zero, fractional and huge limits and garbage cursors with 400", async () => {
    for (const query of ["limit=-1", "limit=0", "limit=1.5", "limit=101", "limit=99999999999", "cursor=%FF%FE", "cursor=eyJzIjoxfQ", "cursor=" + "A".repeat(500)]) {
      const response = await callRoute(ROUTE_HANDLERS["/api/v1/engagements"], `/api/v1/engagements?${query}`);
      expect(response.status, query).toBe(400);
    }
  });
});
