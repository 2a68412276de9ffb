import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engagementSummaryBatches, listEngagementSummaries } from "@/lib/api/engagements";
import { NO_TIMELINE_FILTERS, type TimelineFilters } from "@/lib/filters";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getPerson } from "@/lib/queries/get-person";
import { getPersonPage } from "@/lib/queries/get-person-page";
import { getTimelinePage } from "@/lib/queries/get-timeline-page";
import { getTopicThread } from "@/lib/queries/get-topic-thread";
import { listTimeline } from "@/lib/queries/list-timeline";
import { searchAll } from "@/lib/queries/search";
import { countTopicQuarters } from "@/lib/queries/count-topic-quarters";
import { listPeople } from "@/lib/queries/list-people";
import { listTopics } from "@/lib/queries/list-topics";
import { ensureScaleDatabase } from "@/tests/bench/scale-db";

/**
 * The timeline, topic, person and search read models must read the big tables through
 * indexes: every statement they send is run through EXPLAIN QUERY PLAN on a database with a
 * realistic shape (tests/bench/scale-db.ts, ANALYZEd), and no step may scan a big table
 * whole. A covering-index scan (COUNT(*)) is allowed: it reads the index, not the rows.
 */

const FILE = path.join(process.cwd(), "tests", ".tmp", "query-plans-3000.db");
const BIG_TABLES = ["Engagement", "Evidence", "Participation", "EngagementTopic", "Outcome", "Article"];

function loggingClient(url: string) {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }), log: [{ emit: "event", level: "query" }] });
}

let client: ReturnType<typeof loggingClient>;
let sqlite: Database.Database;
const statements: { sql: string; params: unknown[] }[] = [];

beforeAll(() => {
  ensureScaleDatabase(FILE, 3_000);
  sqlite = new Database(FILE, { readonly: true });
  client = loggingClient(`file:${FILE}`);
  client.$on("query", (event) => statements.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
}, 120_000);
afterAll(async () => {
  await client.$disconnect();
  sqlite.close();
});

function sample(sql: string): string {
  return (sqlite.prepare(sql).get() as { slug: string }).slug;
}

/** Full scans of a big table among the plans of the statements `run` sends. */
async function fullScans(run: () => Promise<unknown>): Promise<string[]> {
  statements.length = 0;
  await run();
  expect(statements.length).toBeGreaterThan(0);
  const scans: string[] = [];
  // `WHERE 1=0` is what Prisma sends for an empty id list: SQLite reads no row for it.
  for (const { sql, params } of statements.filter((statement) => !statement.sql.includes("WHERE 1=0"))) {
    const values = params.map((value) => (typeof value === "boolean" ? Number(value) : value));
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as { detail: string }[];
    for (const { detail } of plan) {
      const match = /^SCAN (?:main\.)?"?(\w+)"?(.*)$/.exec(detail);
      if (match && BIG_TABLES.includes(match[1]!) && !/USING (COVERING )?INDEX/.test(match[2]!)) scans.push(`${detail}  ←  ${sql.slice(-300)}`);
    }
  }
  return scans;
}

const filtered = (partial: Partial<TimelineFilters>): TimelineFilters => ({ ...NO_TIMELINE_FILTERS, ...partial });

describe("query plans at scale", () => {
  it("timeline pages, unfiltered and filtered, use indexes", async () => {
    expect(await fullScans(() => listTimeline(client, NO_TIMELINE_FILTERS))).toEqual([]);
    expect(await fullScans(() => listTimeline(client, NO_TIMELINE_FILTERS, { after: { startDate: "2012-06-01", id: 10 } }))).toEqual([]);
    expect(await fullScans(() => listTimeline(client, NO_TIMELINE_FILTERS, { before: { startDate: null, id: 2_000 } }))).toEqual([]);
    expect(await fullScans(() => listTimeline(client, filtered({ topic: ["taiwan"], from: "2010-01-01" })))).toEqual([]);
    expect(await fullScans(() => listTimeline(client, filtered({ person: sample(`SELECT "slug" FROM "Person" LIMIT 1`) })))).toEqual([]);
    expect(await fullScans(() => listTimeline(client, filtered({ outcome: "agreed", side: "both" })))).toEqual([]);
    expect(await fullScans(() => listTimeline(client, filtered({ topic: ["trade"], place: "Beijing", to: "2020-12-31" }), { before: { startDate: null, id: 50 } }))).toEqual([]);
  });

  it("the API list and export batches use indexes", async () => {
    expect(await fullScans(() => listEngagementSummaries(client, filtered({ topic: ["fentanyl"] }), { limit: 100, after: { startDate: "2015-01-01", id: 0 } }))).toEqual([]);
    expect(await fullScans(() => engagementSummaryBatches(client, filtered({ outcome: "agreed" }), 50).next())).toEqual([]);
  });

  it("the whole timeline page (filter choices, the page's map, bounded counts) uses indexes", async () => {
    expect(await fullScans(() => getTimelinePage(client, NO_TIMELINE_FILTERS))).toEqual([]);
    expect(await fullScans(() => getTimelinePage(client, filtered({ topic: ["taiwan"], kind: "leader-call" })))).toEqual([]);
    expect(await fullScans(() => getPersonPage(client, sample(`SELECT "slug" FROM "Person" ORDER BY "id" LIMIT 1`)))).toEqual([]);
  });

  it("a topic thread page uses indexes", async () => {
    expect(await fullScans(() => getTopicThread(client, "fentanyl"))).toEqual([]);
    expect(await fullScans(() => getTopicThread(client, "human-rights", { after: { startDate: "2015-01-01", id: 0 } }))).toEqual([]);
  });

  it("a topic's quarterly chart, the topic index and the people list use indexes", async () => {
    expect(await fullScans(() => countTopicQuarters(client, "fentanyl"))).toEqual([]);
    expect(await fullScans(() => countTopicQuarters(client, "human-rights"))).toEqual([]);
    expect(await fullScans(() => listTopics(client))).toEqual([]);
    const first = await listPeople(client, { limit: 25, after: null });
    expect(first.people).toHaveLength(25);
    expect(await fullScans(() => listPeople(client, { limit: 25, after: first.people.at(-1)!.slug }))).toEqual([]);
  });

  it("a person page uses indexes", async () => {
    expect(await fullScans(() => getPerson(client, sample(`SELECT "slug" FROM "Person" ORDER BY "id" DESC LIMIT 1`)))).toEqual([]);
  });

  it("search uses its full-text indexes", async () => {
    expect((await searchAll(client, "hotline")).engagements.length).toBeGreaterThan(0);
    expect(await fullScans(() => searchAll(client, "hotline"))).toEqual([]);
    expect(await fullScans(() => searchAll(client, "hotline", 2))).toEqual([]);
  });
});
