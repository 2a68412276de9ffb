/**
 * `npm run bench:pages`: page weight and server latency of the production build.
 *
 * Builds into .next-test when the build is missing or older than the sources (the same build
 * and `next start` code as the browser tests, tests/browser/server.ts), serves it on a free
 * port against a fresh tests/.tmp/bench.db, and prints for `/` and one engagement page:
 * HTML bytes, the JavaScript the page loads in Chromium (gzip-compressed with zlib), and the
 * median and p90 time to first byte over 50 requests. It measures; it never asserts.
 *
 * READOUT_SKIP_BUILD=1 reuses an existing .next-test even when stale; `--build` forces a build.
 */
import path from "node:path";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../browser/chromium";
import { buildApp, buildIsStale, hasBuild, prepareDatabase, startServer, TMP_DIR, type RunningServer } from "../browser/server";

const REQUESTS = 50;
const WARM_UP = 5;

interface PageFigures {
  page: string;
  status: number;
  htmlBytes: number;
  htmlGzip: number;
  scripts: number;
  jsBytes: number;
  jsGzip: number;
  laterScripts: number;
  laterGzip: number;
  ttfbMedian: number;
  ttfbP90: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  // nearest-rank
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

async function timeToFirstByte(target: string): Promise<{ median: number; p90: number }> {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + REQUESTS; i++) {
    const started = performance.now();
    const response = await fetch(target, { headers: { "cache-control": "no-cache" } });
    const elapsed = performance.now() - started; // fetch resolves when the headers arrive
    await response.arrayBuffer();
    if (i >= WARM_UP) samples.push(elapsed);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p90: percentile(samples, 90) };
}

interface ScriptTotals {
  count: number;
  raw: number;
  gzip: number;
}

async function total(bodies: Iterable<Promise<Buffer | null>>): Promise<ScriptTotals> {
  const totals = { count: 0, raw: 0, gzip: 0 };
  for (const body of await Promise.all(bodies)) {
    if (!body) continue;
    totals.count += 1;
    totals.raw += body.length;
    totals.gzip += gzipSync(body).length;
  }
  return totals;
}

/**
 * Scripts Chromium fetched for the page: those before the load event (what the page needs),
 * and those fetched afterwards while the network settles (router prefetches, lazy chunks).
 */
async function javaScriptLoaded(browser: Browser, target: string): Promise<{ atLoad: ScriptTotals; later: ScriptTotals }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const atLoad = new Map<string, Promise<Buffer | null>>();
    const later = new Map<string, Promise<Buffer | null>>();
    let loaded = false;
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      const bucket = loaded ? later : atLoad;
      if (atLoad.has(response.url()) || later.has(response.url())) return;
      bucket.set(response.url(), response.body().catch(() => null));
    });
    await page.goto(target, { waitUntil: "load" });
    loaded = true;
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => undefined);
    return { atLoad: await total(atLoad.values()), later: await total(later.values()) };
  } finally {
    await context.close();
  }
}

async function measure(baseUrl: string, pathName: string, browser: Browser): Promise<PageFigures> {
  const target = new URL(pathName, baseUrl).toString();
  const response = await fetch(target);
  const html = Buffer.from(await response.arrayBuffer());
  const js = await javaScriptLoaded(browser, target);
  const ttfb = await timeToFirstByte(target);
  return {
    page: pathName,
    status: response.status,
    htmlBytes: html.length,
    htmlGzip: gzipSync(html).length,
    scripts: js.atLoad.count,
    jsBytes: js.atLoad.raw,
    jsGzip: js.atLoad.gzip,
    laterScripts: js.later.count,
    laterGzip: js.later.gzip,
    ttfbMedian: ttfb.median,
    ttfbP90: ttfb.p90,
  };
}

function engagementPage(databaseFile: string): string {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    const row = (sqlite.prepare(`SELECT slug FROM "Engagement" WHERE "placeName" LIKE '%Woodside%'`).get() ??
      sqlite.prepare(`SELECT slug FROM "Engagement" ORDER BY "startDate" DESC LIMIT 1`).get()) as { slug: string } | undefined;
    if (!row) throw new Error("the bench database holds no engagement");
    return `/engagements/${row.slug}`;
  } finally {
    sqlite.close();
  }
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function printTable(rows: PageFigures[]): void {
  const header = ["page", "status", "HTML", "HTML gzip", "scripts", "JS", "JS gzip", "later JS gzip", "TTFB median", "TTFB p90"];
  const body = rows.map((row) => [
    row.page,
    String(row.status),
    kB(row.htmlBytes),
    kB(row.htmlGzip),
    String(row.scripts),
    kB(row.jsBytes),
    kB(row.jsGzip),
    `${kB(row.laterGzip)} (${row.laterScripts})`,
    ms(row.ttfbMedian),
    ms(row.ttfbP90),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const cells of body) console.log(line(cells));
  console.log(`\nHTML: bytes as served, and gzip. JS: the scripts Chromium fetched before the load event, raw and gzip (zlib,`);
  console.log(`default level); later JS: scripts fetched after load until the network was idle (prefetches), gzip (count).`);
  console.log(`TTFB: ${REQUESTS} sequential fetches after ${WARM_UP} warm-up requests, nearest-rank percentiles.`);
}

async function main(): Promise<void> {
  const forceBuild = process.argv.includes("--build");
  const databaseFile = prepareDatabase(path.join(TMP_DIR, "bench.db"));
  if (forceBuild || !hasBuild() || (process.env.READOUT_SKIP_BUILD !== "1" && buildIsStale())) {
    console.error("bench: building into .next-test …");
    buildApp(databaseFile);
  } else {
    console.error("bench: reusing .next-test");
  }
  let server: RunningServer | null = null;
  const browser = await launchBrowser();
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await server?.stop();
  };
  process.once("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    server = await startServer(databaseFile);
    console.error(`bench: next start on ${server.baseUrl}`);
    const rows: PageFigures[] = [];
    for (const pathName of ["/", engagementPage(databaseFile)]) rows.push(await measure(server.baseUrl, pathName, browser));
    printTable(rows);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
