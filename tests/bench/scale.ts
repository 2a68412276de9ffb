/**
 * `npm run bench:scale -- N` (default 100000): page size and server latency at scale.
 *
 * Builds (or reuses) tests/.tmp/scale-N.db — N engagements with people, places, topics,
 * outcomes, articles and about eleven evidence rows each, written straight through SQL
 * (tests/bench/scale-db.ts) — then serves the production build (.next-test, rebuilt when
 * stale, as the browser tests do) on it with the read cache OFF, and prints for every page
 * type and API route: HTML/body bytes, time to first byte p50/p95 over 50 requests, and the
 * server's resident memory after the route. Then the full CSV export: bytes, seconds and
 * the server's peak RSS while streaming it. It measures; it never asserts.
 * Port: BENCH_PORT (default 3150), loopback only.
 *
 * `npm run bench:scale -- N --postgres postgresql://…/postgres` serves the same data from
 * PostgreSQL instead: the SQLite file is copied once (`db:copy`, ids kept) into the database
 * readout_scale_N on that server, and reused while its engagement count matches.
 */
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { applyMigrations } from "@/lib/db/manage";
import { buildApp, buildIsStale, databaseUrlFor, startServer, TMP_DIR } from "../browser/server";
import { runSqlSync, urlOfDatabase } from "../pg/server-admin";
import { ensureScaleDatabase } from "./scale-db";

/** Timed requests per route: 50, or BENCH_REQUESTS (5–500) for a quicker or steadier run. */
const REQUESTS = Math.min(500, Math.max(5, Number(process.env.BENCH_REQUESTS) || 50));
const WARM_UP = 3;

function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Resident memory of the server's whole process group, in MB (next start + next-server). */
export function groupRssMb(pgid: number): number {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pgid)], { encoding: "utf8" });
  return out.split("\n").reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024;
}

async function measure(url: string): Promise<{ status: number; bytes: number; p50: number; p95: number }> {
  const samples: number[] = [];
  let status = 0;
  let bytes = 0;
  for (let index = 0; index < WARM_UP + REQUESTS; index += 1) {
    const started = performance.now();
    const response = await fetch(url, { redirect: "manual" });
    const elapsed = performance.now() - started; // fetch resolves once the headers are in
    const body = await response.arrayBuffer();
    status = response.status;
    bytes = body.byteLength;
    if (index >= WARM_UP) samples.push(elapsed);
  }
  samples.sort((a, b) => a - b);
  return { status, bytes, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Real slugs and positions from the database, so every route renders data. */
function sampleRoutes(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  const one = <T>(sql: string) => sqlite.prepare(sql).get() as T;
  const engagement = one<{ slug: string }>(`SELECT "slug" FROM "Engagement" WHERE "startDate" IS NOT NULL ORDER BY "id" LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM "Engagement")`);
  const middle = one<{ startDate: string; id: number }>(`SELECT "startDate", "id" FROM "Engagement" WHERE "startDate" IS NOT NULL ORDER BY "startDate", "id" LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM "Engagement")`);
  const topic = one<{ slug: string }>(`SELECT t."slug" FROM "Topic" t JOIN "EngagementTopic" l ON l."topicId" = t."id" GROUP BY t."id" ORDER BY COUNT(*) DESC LIMIT 1`);
  const person = one<{ slug: string }>(`SELECT p."slug" FROM "Person" p JOIN "Participation" l ON l."personId" = p."id" GROUP BY p."id" ORDER BY COUNT(*) DESC LIMIT 1`);
  const article = one<{ slug: string }>(`SELECT "slug" FROM "Article" ORDER BY "id" DESC LIMIT 1`);
  sqlite.close();
  const year = middle.startDate.slice(0, 4);
  const key = `${middle.startDate}.${middle.id}`;
  return [
    "/",
    `/?after=${key}`,
    `/?year=${year}`,
    "/?year=undated",
    `/?topic=${topic.slug}`,
    `/?topic=${topic.slug}&kind=leader-call&from=2010`,
    `/?person=${person.slug}`,
    `/engagements/${engagement.slug}`,
    "/topics",
    `/topics/${topic.slug}`,
    `/topics/${topic.slug}?year=${year}`,
    `/people/${person.slug}`,
    "/sources",
    `/sources/${article.slug}`,
    "/search?q=hotline",
    "/about",
    "/api/v1/engagements",
    `/api/v1/engagements?topic=${topic.slug}&limit=100`,
    `/api/v1/engagements/${engagement.slug}`,
    "/api/v1/topics",
    "/api/v1/people",
    "/api/v1/sources",
    `/api/v1/sources/${article.slug}`,
    "/api/v1/search?q=hotline",
    "/api/v1/openapi.json",
    "/feed.xml",
    `/calendar.ics?person=${person.slug}`,
  ];
}

async function streamExport(url: string, pgid: number): Promise<{ bytes: number; seconds: number; peakRssMb: number; status: number }> {
  const started = performance.now();
  let peakRssMb = groupRssMb(pgid);
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, groupRssMb(pgid));
  }, 250);
  const response = await fetch(url);
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
  clearInterval(sampler);
  return { bytes, seconds: (performance.now() - started) / 1000, peakRssMb, status: response.status };
}

/** Option value after `--name`, or null when the option is absent. */
function optionValue(name: string): string | null {
  const at = process.argv.indexOf(name);
  if (at === -1) return null;
  const value = process.argv[at + 1];
  if (value === undefined || value.startsWith("--")) {
    console.error(`bench:scale: ${name} needs a value`);
    process.exit(2);
  }
  return value;
}

/** Engagements held by the PostgreSQL database at `url`, or null when it does not exist or has no tables yet. */
async function engagementCount(url: string): Promise<number | null> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const result = await client.query<{ count: string }>(`SELECT COUNT(*) AS count FROM "Engagement"`);
    return Number(result.rows[0]?.count);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The scale data in PostgreSQL database readout_scale_N: copied from the SQLite file unless already there. */
async function ensurePostgresCopy(file: string, count: number, adminUrl: string): Promise<string> {
  const database = `readout_scale_${count}`;
  const url = urlOfDatabase(adminUrl, database);
  if ((await engagementCount(url)) === count) {
    applyMigrations(url); // a copy made before a newer migration (e.g. an index) gets it
    return url;
  }
  runSqlSync(adminUrl, [`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`, `CREATE DATABASE "${database}"`]);
  console.error(`scale: copying ${file} into PostgreSQL database ${database} …`);
  const copy = spawnSync(path.join("node_modules", ".bin", "tsx"), ["lib/cli/db-copy.ts", "--from", databaseUrlFor(file), "--to", url], { stdio: ["ignore", "inherit", "inherit"] });
  if (copy.status !== 0) throw new Error(`db:copy into ${database} failed (exit ${copy.status ?? copy.signal})`);
  return url;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  if (!Number.isInteger(count) || count < 1 || count > 2_000_000) {
    console.error("usage: npm run bench:scale -- N   (1 ≤ N ≤ 2,000,000 engagements)");
    process.exit(2);
  }
  const file = path.join(TMP_DIR, `scale-${count}.db`);
  console.error(`scale: database of ${count.toLocaleString("en-US")} engagements at ${file}`);
  const shape = ensureScaleDatabase(file, count, (line) => console.error(`scale: ${line}`));
  console.log(`database: ${Object.entries(shape).map(([name, value]) => `${value.toLocaleString("en-US")} ${name}`).join(", ")}`);
  if (process.argv.includes("--build") || buildIsStale()) {
    console.error("scale: building the app into .next-test …");
    buildApp(file);
  }
  const postgresAdminUrl = optionValue("--postgres");
  const databaseUrl = postgresAdminUrl === null ? databaseUrlFor(file) : await ensurePostgresCopy(file, count, postgresAdminUrl);
  const server = await startServer(file, { port: Number(process.env.BENCH_PORT ?? 3150), env: { READOUT_READ_CACHE: "off", READOUT_PAGE_CACHE: "off", DATABASE_URL: databaseUrl }, timeoutMs: 120_000 });
  try {
    console.log(`server ${server.baseUrl} on ${postgresAdminUrl === null ? "SQLite" : "PostgreSQL"}, read cache off; ${REQUESTS} requests per route after ${WARM_UP} warm-up`);
    console.log(`${"route".padEnd(62)} ${"status".padStart(6)} ${"bytes".padStart(9)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"RSS MB".padStart(7)}`);
    for (const route of sampleRoutes(file)) {
      const figures = await measure(`${server.baseUrl}${route}`);
      const shown = route.length > 62 ? `${route.slice(0, 61)}…` : route;
      console.log(
        `${shown.padEnd(62)} ${String(figures.status).padStart(6)} ${figures.bytes.toLocaleString("en-US").padStart(9)} ${figures.p50.toFixed(1).padStart(8)} ${figures.p95.toFixed(1).padStart(8)} ${groupRssMb(server.pid).toFixed(0).padStart(7)}`,
      );
    }
    const csv = await streamExport(`${server.baseUrl}/export/engagements.csv`, server.pid);
    console.log(`/export/engagements.csv (all ${count.toLocaleString("en-US")}): status ${csv.status}, ${(csv.bytes / 1e6).toFixed(1)} MB in ${csv.seconds.toFixed(1)} s, server peak RSS ${csv.peakRssMb.toFixed(0)} MB`);
  } finally {
    await server.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
