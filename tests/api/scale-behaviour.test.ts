import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as calendar } from "@/app/calendar.ics/route";
import { GET as listEngagements } from "@/app/api/v1/engagements/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as engagementsCsv } from "@/app/export/engagements.csv/route";
import { GET as engagementsJson } from "@/app/export/engagements.json/route";
import { GET as factsCsv } from "@/app/export/facts.csv/route";
import { GET as feed } from "@/app/feed.xml/route";
import { GET as citationBib } from "@/app/sources/[slug]/citation.bib/route";
import { GET as citationJson } from "@/app/sources/[slug]/citation.json/route";
import { TOPIC_SLUGS } from "@/lib/taxonomy/topics";
import { ingestArticle } from "@/lib/store/ingest-article";
import type { TestDatabase } from "@/tests/helpers/database";
import { callRoute, useSeededApiDatabase } from "./api-database";

let test: TestDatabase;
beforeAll(async () => {
  test = await useSeededApiDatabase("scale-behaviour");
});
afterAll(() => test.close());
afterEach(() => {
  delete process.env.SITE_URL;
});

const FILTERED_ROUTES = {
  "/api/v1/engagements": listEngagements,
  "/export/engagements.csv": engagementsCsv,
  "/export/engagements.json": engagementsJson,
  "/export/facts.csv": factsCsv,
  "/calendar.ics": calendar,
  "/feed.xml": feed,
} as const;

const CITED_SOURCE = "cbs-biden-announces-progress-after-xi-meeting-2023";

describe("repeated and excessive parameters", () => {
  it.each(Object.entries(FILTERED_ROUTES))("%s answers 200 to topic=fentanyl repeated 500 times, as to one", async (path, handler) => {
    const once = await callRoute(handler, `${path}?topic=fentanyl`);
    const repeated = await callRoute(handler, `${path}?${Array.from({ length: 500 }, () => "topic=fentanyl").join("&")}`);
    expect(repeated.status).toBe(200);
    expect(await repeated.text()).toBe(await once.text());
  });

  it.each(Object.entries(FILTERED_ROUTES))("%s answers 400, naming the limit, past the number of known topics", async (path, handler) => {
    const many = Array.from({ length: TOPIC_SLUGS.length + 1 }, (_, index) => `topic=made-up-${index}`).join("&");
    const response = await callRoute(handler, `${path}?${many}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(`at most ${TOPIC_SLUGS.length} distinct values of ‘topic’`);
  });

  it("accepts a single-valued parameter repeated with the same value, refuses two different values", async () => {
    expect((await callRoute(listEngagements, "/api/v1/engagements?kind=leader-summit&kind=leader-summit")).status).toBe(200);
    expect((await callRoute(listEngagements, "/api/v1/engagements?kind=leader-summit&kind=leader-call")).status).toBe(400);
  });

  it("says the allowed range of limit", async () => {
    for (const limit of ["1000000", "0", "abc"]) {
      const response = await callRoute(listEngagements, `/api/v1/engagements?limit=${limit}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain("from 1 to 100");
    }
  });
});

describe("SITE_URL", () => {
  const SITE = "https://readout.example.org";
  const routes: [string, unknown, Record<string, string>][] = [
    ["/feed.xml", feed, {}],
    ["/calendar.ics", calendar, {}],
    ["/export/engagements.csv", engagementsCsv, {}],
    ["/export/facts.csv", factsCsv, {}],
    ["/api/v1/openapi.json", openapi, {}],
    [`/sources/${CITED_SOURCE}/citation.json`, citationJson, { slug: CITED_SOURCE }],
    [`/sources/${CITED_SOURCE}/citation.bib`, citationBib, { slug: CITED_SOURCE }],
  ];

  it.each(routes)("%s writes absolute links on SITE_URL's origin, never the request's", async (path, handler, params) => {
    process.env.SITE_URL = `${SITE}/`;
    const response = await callRoute(handler, `http://internal-host:8080${path}`, params);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain(SITE);
    expect(body).not.toContain("internal-host");
  });

  it("falls back to the request's origin when unset", async () => {
    const body = await (await callRoute(feed, "http://internal-host:8080/feed.xml")).text();
    expect(body).toContain("http://internal-host:8080/engagements/");
  });
});

describe("caching that is never stale", () => {
  const titles = async () => {
    const body = (await (await callRoute(listEngagements, "/api/v1/engagements?limit=100")).json()) as { data: { title: string }[] };
    return body.data.map((engagement) => engagement.title);
  };

  it("serves the cached answer until a write bumps the data version, then the new data", async () => {
    const before = await titles();
    // A write that bypasses the store (no version bump) is not seen: proof the answer is cached…
    await test.db.$executeRaw`UPDATE "Engagement" SET "title" = 'Renamed behind the cache' WHERE "slug" = '2023-06-blinken-beijing'`;
    expect(await titles()).toEqual(before);
    // …and a write through the store is visible on the very next request.
    const text =
      "Envoys meet on drug control\n\nWASHINGTON — Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Washington on Tuesday, and the two sides agreed to resume talks on fentanyl.";
    const result = await ingestArticle(test.db, text, { fileName: "cache-check.txt", published: "2024-03-05" });
    expect(result).toMatchObject({ status: "ingested" });
    const after = await titles();
    expect(after).toContain("Renamed behind the cache");
    expect(after.length).toBeGreaterThan(before.length);
  });
});
