import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as calendar } from "@/app/calendar.ics/route";
import { GET as engagementsCsv } from "@/app/export/engagements.csv/route";
import { GET as engagementsJson } from "@/app/export/engagements.json/route";
import { GET as factsCsv } from "@/app/export/facts.csv/route";
import { GET as feed } from "@/app/feed.xml/route";
import { GET as citationBib } from "@/app/sources/[slug]/citation.bib/route";
import { GET as citationJson } from "@/app/sources/[slug]/citation.json/route";
import { engagementSummarySchema, errorBodySchema } from "@/lib/schemas/api";
import type { TestDatabase } from "@/tests/helpers/database";
import { callRoute, useSeededApiDatabase } from "@/tests/api/api-database";
import { HOSTILE_INPUTS } from "@/tests/api/hostile-inputs";

let test: TestDatabase;
beforeAll(async () => {
  test = await useSeededApiDatabase("exports");
});
afterAll(() => test.close());

const csvRecords = async (response: Response) => parseCsv(await response.text(), { bom: true, columns: true }) as Record<string, string>[];

describe("CSV and JSON exports of the filtered timeline", () => {
  it("exports one row per engagement, filtered like the timeline", async () => {
    const all = await csvRecords(await callRoute(engagementsCsv, "/export/engagements.csv"));
    expect(all).toHaveLength(6);
    const fentanyl = await callRoute(engagementsCsv, "/export/engagements.csv?topic=fentanyl");
    expect(fentanyl.headers.get("Content-Type")).toContain("text/csv");
    expect(fentanyl.headers.get("Content-Disposition")).toContain("attachment");
    const rows = await csvRecords(fentanyl);
    expect(rows.map((row) => row.slug).sort()).toEqual(["2023-06-blinken-beijing", "2023-11-15-biden-xi-woodside"]);
    const woodside = rows.find((row) => row.slug === "2023-11-15-biden-xi-woodside")!;
    expect(woodside).toMatchObject({ start_date: "2023-11-15", plover_event: "CONSULT", cameo_code: "042", country: "United States" });
    expect(woodside.url).toBe("http://readout.test/engagements/2023-11-15-biden-xi-woodside");
  });

  it("exports one row per fact and excerpt, the excerpt verbatim from its source", async () => {
    const rows = await csvRecords(await callRoute(factsCsv, "/export/facts.csv?person=antony-blinken"));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const article = await test.db.article.findUniqueOrThrow({ where: { slug: row.source_slug } });
      expect(article.cleanedText.slice(Number(row.excerpt_start), Number(row.excerpt_end))).toBe(row.excerpt);
      expect(row.evidence_url).toBe(`http://readout.test/sources/${row.source_slug}#ev-${row.evidence_id}`);
    }
    const rejected = rows.find((row) => row.outcome_status === "rejected");
    expect(rejected).toMatchObject({ fact_type: "outcome", outcome_plover_event: "REJECT" });
  });

  it("exports JSON whose engagements match the API schema", async () => {
    const body = JSON.parse(await (await callRoute(engagementsJson, "/export/engagements.json?kind=leader-summit")).text()) as { count: number; data: unknown[] };
    expect(body.count).toBe(2);
    for (const engagement of body.data) engagementSummarySchema.parse(engagement);
  });

  it("rejects invalid filters with a JSON 400", async () => {
    const response = await callRoute(engagementsCsv, "/export/engagements.csv?topic=nope");
    expect(response.status).toBe(400);
    errorBodySchema.parse(await response.json());
  });
});

describe("calendar", () => {
  it("is a parseable iCalendar with all-day events and exclusive ends", async () => {
    const response = await callRoute(calendar, "/calendar.ics?topic=military-communication");
    expect(response.headers.get("Content-Type")).toContain("text/calendar");
    const text = await response.text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    const woodside = events.find((event) => event.uid === "engagement-2023-11-15-biden-xi-woodside@readout");
    expect(woodside?.startDate.isDate).toBe(true);
    expect(woodside?.startDate.toString()).toBe("2023-11-15");
    expect(woodside?.endDate.toString()).toBe("2023-11-16");
    const beijing = events.find((event) => event.uid === "engagement-2023-06-blinken-beijing@readout");
    expect(beijing?.endDate.toString()).toBe("2023-07-01");
  });

  it("ignores parameters that are not filters, as shared links carry them", async () => {
    const plain = await (await callRoute(calendar, "/calendar.ics?topic=fentanyl")).text();
    const response = await callRoute(calendar, "/calendar.ics?topic=fentanyl&utm_source=newsletter&fbclid=x");
    expect(response.status).toBe(200);
    expect((await response.text()).match(/^UID:.*$/gm)).toEqual(plain.match(/^UID:.*$/gm));
  });

  it("keeps UIDs stable between requests", async () => {
    const uids = async () => (await (await callRoute(calendar, "/calendar.ics")).text()).match(/^UID:.*$/gm);
    expect(await uids()).toEqual(await uids());
  });
});

describe("Atom feed", () => {
  it("is well-formed Atom with one entry per engagement", async () => {
    const response = await callRoute(feed, "/feed.xml");
    expect(response.headers.get("Content-Type")).toContain("application/atom+xml");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(xml) as { feed: { entry: { id: string; updated: string }[] } };
    expect(parsed.feed.entry).toHaveLength(6);
    for (const entry of parsed.feed.entry) {
      expect(entry.id).toMatch(/^http:\/\/readout\.test\/engagements\//);
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    }
  });
});

describe("citations", () => {
  const slug = "cbs-biden-announces-progress-after-xi-meeting-2023";
  it("gives CSL-JSON and BibTeX for a source", async () => {
    const csl = (await (await callRoute(citationJson, `/sources/${slug}/citation.json`, { slug })).json()) as Record<string, unknown>[];
    expect(csl[0]).toMatchObject({ id: slug, type: "article-newspaper", "container-title": "CBS News", issued: { "date-parts": [[2023, 11, 15]] } });
    const bib = await (await callRoute(citationBib, `/sources/${slug}/citation.bib`, { slug })).text();
    expect(bib).toMatch(new RegExp(`^@article\\{${slug},`));
    expect(bib).toContain("journal = {CBS News}");
  });

  it("answers 404 JSON for an unknown source", async () => {
    const response = await callRoute(citationBib, "/sources/nope/citation.bib", { slug: "nope" });
    expect(response.status).toBe(404);
    errorBodySchema.parse(await response.json());
  });
});

describe("exports with hostile input", () => {
  it.each(["topic", "person", "kind", "outcome", "side", "from", "to", "unknown"])("?%s= answers 200 or a JSON 400", async (name) => {
    for (const handler of [engagementsCsv, factsCsv, engagementsJson, calendar, feed]) {
      for (const value of HOSTILE_INPUTS) {
        const url = new URL("/export", "http://readout.test");
        url.searchParams.set(name, value);
        const response = await callRoute(handler, url.toString());
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) errorBodySchema.parse(await response.json());
      }
    }
  });
});
