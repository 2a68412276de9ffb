/**
 * `npm run bench:load [-- N]`: throughput under concurrency, on loopback, bounded in time.
 *
 * Serves the production build (.next-test, rebuilt when stale) with the read cache ON, on a
 * fresh seeded database — or, given N, on tests/.tmp/scale-N.db (built by bench:scale) — and
 * drives 20 concurrent keep-alive clients at `/` and at `/api/v1/engagements` for a fixed
 * time each; prints requests/s, p50 and p99 latency, errors, and how many answers came from the
 * rendered-page cache (lib/api/page-cache.ts). The line "/ (rendered)" sends a cookie, which
 * keeps the page cache out: the cost of rendering `/` per request, in the same run. "server
 * CPU ms/req" is the CPU time the server's processes used per answer (Linux /proc): on a
 * machine shared with other work, 1000 / that figure is what one idle core would serve.
 * It stops by itself and only ever talks to 127.0.0.1. Port: BENCH_PORT (default 3151);
 * seconds per route: BENCH_SECONDS (default 10).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Agent, request } from "node:http";
import { buildApp, buildIsStale, prepareDatabase, startServer, TMP_DIR } from "../browser/server";
import { ensureScaleDatabase } from "./scale-db";

const CLIENTS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 2;

function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

interface Route {
  label: string;
  path: string;
  headers: Record<string, string>;
}

const ROUTES: Route[] = [
  { label: "/", path: "/", headers: {} },
  { label: "/ (rendered)", path: "/", headers: { cookie: "readout-bench=uncached" } },
  { label: "/api/v1/engagements", path: "/api/v1/engagements", headers: {} },
];

function get(agent: Agent, url: URL, headers: Record<string, string>): Promise<{ status: number; cacheHit: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: "GET", headers }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, cacheHit: response.headers["x-readout-page-cache"] === "hit" }));
      response.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * CPU seconds (user + system) used so far by the server's process group, from /proc (Linux);
 * null elsewhere. Per request it is what the machine's other load cannot inflate much.
 */
function serverCpuSeconds(processGroup: number): number | null {
  const TICKS_PER_SECOND = 100; // USER_HZ on Linux
  let ticks = 0;
  let found = false;
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return null;
  }
  for (const entry of entries) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // the process ended meanwhile
    }
    // Fields after the command name: state ppid pgrp … utime (12th) stime (13th).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== processGroup) continue;
    found = true;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return found ? ticks / TICKS_PER_SECOND : null;
}

/** CLIENTS loops, each waiting for its answer before asking again, for `seconds`. */
async function drive(url: URL, headers: Record<string, string>, seconds: number): Promise<{ latencies: number[]; errors: number; hits: number; elapsed: number }> {
  if (url.hostname !== "127.0.0.1") throw new Error("bench:load only targets 127.0.0.1");
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let errors = 0;
  let hits = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        try {
          const { status, cacheHit } = await get(agent, url, headers);
          if (status !== 200) errors += 1;
          if (cacheHit) hits += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - begin);
      }
    }),
  );
  agent.destroy();
  return { latencies, errors, hits, elapsed: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const count = process.argv[2] === undefined ? null : Number(process.argv[2]);
  let file: string;
  if (count === null) {
    file = prepareDatabase(path.join(TMP_DIR, "load.db"));
  } else {
    file = path.join(TMP_DIR, `scale-${count}.db`);
    ensureScaleDatabase(file, count, (line) => console.error(`load: ${line}`));
  }
  if (buildIsStale()) {
    console.error("load: building the app into .next-test …");
    buildApp(file);
  }
  const server = await startServer(file, { port: Number(process.env.BENCH_PORT ?? 3151), timeoutMs: 120_000 });
  try {
    console.log(`${count === null ? "seeded database" : `${count.toLocaleString("en-US")} engagements`}; ${CLIENTS} concurrent clients, ${SECONDS} s per route after ${WARM_UP_SECONDS} s warm-up, read cache on`);
    console.log(
      `${"route".padEnd(24)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)} ${"page cache hits".padStart(16)} ${"server CPU ms/req".padStart(18)}`,
    );
    for (const route of ROUTES) {
      const url = new URL(route.path, server.baseUrl);
      await drive(url, route.headers, WARM_UP_SECONDS);
      const cpuBefore = serverCpuSeconds(server.pid);
      const { latencies, errors, hits, elapsed } = await drive(url, route.headers, SECONDS);
      const cpuAfter = serverCpuSeconds(server.pid);
      const cpuPerRequest = cpuBefore === null || cpuAfter === null || latencies.length === 0 ? "n/a" : ((1000 * (cpuAfter - cpuBefore)) / latencies.length).toFixed(2);
      latencies.sort((a, b) => a - b);
      const hitShare = latencies.length === 0 ? 0 : (100 * hits) / latencies.length;
      console.log(
        `${route.label.padEnd(24)} ${(latencies.length / elapsed).toFixed(0).padStart(8)} ${percentile(latencies, 50).toFixed(1).padStart(8)} ${percentile(latencies, 99).toFixed(1).padStart(8)} ${String(errors).padStart(7)} ${`${hitShare.toFixed(0)} %`.padStart(16)} ${cpuPerRequest.padStart(18)}`,
      );
    }
  } finally {
    await server.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
