import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listEngagements } from "@/app/api/v1/engagements/route";
import { GET as getEngagement } from "@/app/api/v1/engagements/[slug]/route";
import { GET as listPeople } from "@/app/api/v1/people/route";
import { GET as search } from "@/app/api/v1/search/route";
import { GET as getSource } from "@/app/api/v1/sources/[slug]/route";
import { engagementDetailSchema, engagementPageSchema, errorBodySchema, personListSchema, searchResultsSchema, sourceDetailSchema } from "@/lib/schemas/api";
import type { TestDatabase } from "@/tests/helpers/database";
import { callRoute, useSeededApiDatabase } from "./api-database";

let test: TestDatabase;
beforeAll(async () => {
  test = await useSeededApiDatabase("api");
});
afterAll(() => test.close());

async function pageThrough(query: string, limit: number): Promise<string[]> {
  const slugs: string[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor === null ? "" : `&cursor=${encodeURIComponent(cursor)}`;
    const response = await callRoute(listEngagements, `/api/v1/engagements?limit=${limit}${query}${suffix}`);
    expect(response.status).toBe(200);
    const page = engagementPageSchema.parse(await response.json());
    expect(page.data.length).toBeLessThanOrEqual(limit);
    slugs.push(...page.data.map((engagement) => engagement.slug));
    cursor = page.page.nextCursor;
  } while (cursor !== null);
  return slugs;
}

describe("GET /api/v1/engagements", () => {
  it("pages through every engagement in timeline order without gaps or repeats", async () => {
    const all = await pageThrough("", 100);
    expect(all).toHaveLength(6);
    for (const limit of [1, 2, 4]) expect(await pageThrough("", limit)).toEqual(all);
    const dates = (await test.db.engagement.findMany({ orderBy: [{ startDate: "asc" }, { id: "asc" }], select: { slug: true } })).map((row) => row.slug);
    expect(all).toEqual(dates);
  });

  it("applies the timeline filters", async () => {
    const slugs = await pageThrough("&topic=fentanyl&from=2023-07", 1);
    expect(slugs).toEqual(["2023-11-15-biden-xi-woodside"]);
    expect(await pageThrough("&kind=leader-summit", 10)).toEqual(["2022-11-biden-xi-bali", "2023-11-15-biden-xi-woodside"]);
  });

  it("carries PLOVER/CAMEO codes", async () => {
    const response = await callRoute(listEngagements, "/api/v1/engagements?limit=100");
    const { data } = engagementPageSchema.parse(await response.json());
    const codeOf = (slug: string) => data.find((engagement) => engagement.slug === slug)?.event;
    expect(codeOf("2022-11-biden-xi-bali")).toMatchObject({ plover: "CONSULT", cameo: "044" });
    expect(codeOf("2023-06-blinken-beijing")).toMatchObject({ plover: "CONSULT", cameo: "042" });
    expect(codeOf("2023-02-blinken-china-visit-cancelled")).toMatchObject({ plover: "SANCTION", cameo: "164" });
  });

  it.each([
    ["unknown enum", "?kind=picnic"],
    ["unknown parameter", "?colour=red"],
    ["repeated single parameter", "?kind=leader-summit&kind=leader-call"],
    ["from after to", "?from=2024&to=2023"],
    ["zero limit", "?limit=0"],
    ["huge limit", "?limit=100000"],
    ["garbage cursor", "?cursor=abc"],
  ])("answers 400 JSON for %s", async (_, query) => {
    const response = await callRoute(listEngagements, `/api/v1/engagements${query}`);
    expect(response.status).toBe(400);
    const body = errorBodySchema.parse(await response.json());
    expect(body.error.code).toBe("BAD_REQUEST");
  });

  it("sends an ETag and answers 304 to If-None-Match", async () => {
    const first = await callRoute(listEngagements, "/api/v1/engagements");
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^".+"$/);
    // Caches must ask again every time (a write is visible on the next request); the ETag makes that cheap.
    expect(first.headers.get("Cache-Control")).toBe("public, no-cache");
    const second = await callRoute(listEngagements, "/api/v1/engagements", {}, { "If-None-Match": `W/${etag}` });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
  });
});

describe("GET /api/v1/engagements/{slug}", () => {
  it("returns every fact with its evidence and event codes", async () => {
    const response = await callRoute(getEngagement, "/api/v1/engagements/2023-11-15-biden-xi-woodside", { slug: "2023-11-15-biden-xi-woodside" });
    expect(response.status).toBe(200);
    const detail = engagementDetailSchema.parse(await response.json());
    expect(detail.outcomes.length).toBeGreaterThan(0);
    for (const outcome of detail.outcomes) expect(outcome.evidence.length).toBeGreaterThan(0);
    expect(detail.outcomes.find((outcome) => outcome.status.value === "agreed")?.event.plover).toBe("AGREE");
  });

  it("answers 404 JSON for an unknown slug", async () => {
    const response = await callRoute(getEngagement, "/api/v1/engagements/nope", { slug: "nope" });
    expect(response.status).toBe(404);
    expect(errorBodySchema.parse(await response.json()).error.code).toBe("NOT_FOUND");
  });
});

describe("GET /api/v1/sources/{slug}", () => {
  it("gives offsets that cut the exact excerpt out of the text", async () => {
    const slug = "cbs-biden-announces-progress-after-xi-meeting-2023";
    const source = sourceDetailSchema.parse(await (await callRoute(getSource, `/api/v1/sources/${slug}`, { slug })).json());
    expect(source.evidence.length).toBeGreaterThan(0);
    for (const evidence of source.evidence) expect(source.text.slice(evidence.start, evidence.end)).toBe(evidence.exact);
  });
});

describe("GET /api/v1/people", () => {
  it("pages through everyone who took part, by slug, each with their engagement count, whatever the page size", async () => {
    const walk = async (limit: number) => {
      const people: { slug: string; engagementCount: number }[] = [];
      let cursor: string | null = null;
      do {
        const suffix: string = cursor === null ? "" : `&cursor=${encodeURIComponent(cursor)}`;
        const page = personListSchema.parse(await (await callRoute(listPeople, `/api/v1/people?limit=${limit}${suffix}`)).json());
        expect(page.data.length).toBeLessThanOrEqual(limit);
        people.push(...page.data.map(({ slug, engagementCount }) => ({ slug, engagementCount })));
        cursor = page.page.nextCursor;
      } while (cursor !== null);
      return people;
    };
    const participants = await test.db.person.findMany({
      where: { participations: { some: {} } },
      orderBy: { slug: "asc" },
      select: { slug: true, _count: { select: { participations: true } } },
    });
    expect(participants.length).toBeGreaterThan(3);
    const expected = participants.map((person) => ({ slug: person.slug, engagementCount: person._count.participations }));
    expect(await walk(100)).toEqual(expected);
    expect(await walk(3)).toEqual(expected);
  });
});

describe("GET /api/v1/search", () => {
  it("requires q", async () => {
    expect((await callRoute(search, "/api/v1/search")).status).toBe(400);
  });

  it("pages the ranked results: page 1 with totals, a page past them empty and pointing back, page 0 refused", async () => {
    const first = searchResultsSchema.parse(await (await callRoute(search, "/api/v1/search?q=fentanyl")).json());
    expect(first.page).toMatchObject({ number: 1, previous: null, next: null });
    expect(first.engagements.length).toBeGreaterThan(0);
    expect(first.page.engagementTotal).toBe(first.engagements.length);
    expect(first.page.sourceTotal).toBe(first.sources.length);
    for (const hit of first.engagements) expect(hit.factCount).toBeGreaterThanOrEqual(hit.facts.length);
    const past = searchResultsSchema.parse(await (await callRoute(search, "/api/v1/search?q=fentanyl&page=3")).json());
    expect(past.engagements).toEqual([]);
    expect(past.sources).toEqual([]);
    expect(past.page).toMatchObject({ number: 3, previous: 1, next: null, engagementTotal: first.page.engagementTotal });
    const zero = await callRoute(search, "/api/v1/search?q=fentanyl&page=0");
    expect(zero.status).toBe(400);
    expect(errorBodySchema.parse(await zero.json()).error.message).toMatch(/page must be a whole number from 1/);
  });
});
