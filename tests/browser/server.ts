import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { dropDatabase, POSTGRES_ADMIN_URL, runSqlSync, urlOfDatabase } from "../pg/server-admin";

/**
 * Building and serving the app for browser tests and the page benchmark: a fresh SQLite
 * database, `next build` into its own dist folder, and `next start` in its own process group
 * so that stopping it also stops the `next-server` child.
 */

export const ROOT = process.cwd();
export const TMP_DIR = path.join(ROOT, "tests", ".tmp");
/** Dist folder of the test build; next.config.js reads it from NEXT_DIST_DIR. */
export const TEST_DIST_DIR = ".next-test";
const BIN = path.join(ROOT, "node_modules", ".bin");

/** Ports other engineers use on this machine; never hand them out. */
const RESERVED_PORTS = new Set([3000, 3100]);

/** The article whose text is an XSS attempt; tests open /sources/<slug> and check it stays text. */
export const HOSTILE_ARTICLE = {
  slug: "test-hostile-markup-article",
  title: "Test article with markup in its text",
  text: [
    "This test article checks that stored article text is rendered as text, never as markup.",
    "",
    "<script>window.__pwned=1</script>",
    "",
    '<img src="x" onerror="window.__pwned=2"> An image tag that must stay visible as text.',
    "",
  ].join("\n"),
} as const;

export function databaseUrlFor(file: string): string {
  return `file:${path.resolve(file)}`;
}

/**
 * With READOUT_TEST_POSTGRES_URL set, the server under test reads a PostgreSQL copy of the
 * prepared SQLite file (made by `db:copy`, ids preserved), and the SQLite file stays as the
 * tests' read-only view of the same data (`queryDb`).
 */
const SERVER_POSTGRES_DATABASE = "readout_browser_tests";
export const SERVER_POSTGRES_URL = POSTGRES_ADMIN_URL === null ? null : urlOfDatabase(POSTGRES_ADMIN_URL, SERVER_POSTGRES_DATABASE);

/** The environment every build, server and setup process of the harness runs with. */
export function appEnv(databaseFile: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: SERVER_POSTGRES_URL ?? databaseUrlFor(databaseFile),
    NEXT_DIST_DIR: TEST_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    ...extra,
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, what: string): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * A fresh database (migrations, corpus, curated facts) at `file`, plus the hostile article.
 * Returns the file's absolute path.
 */
export function prepareDatabase(file: string): string {
  const absolute = path.resolve(file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  run(path.join(BIN, "tsx"), ["lib/cli/db-setup.ts", "--reset"], { ...appEnv(absolute), DATABASE_URL: databaseUrlFor(absolute) }, "db-setup --reset");
  insertHostileArticle(absolute);
  if (POSTGRES_ADMIN_URL !== null && SERVER_POSTGRES_URL !== null) {
    dropDatabase(POSTGRES_ADMIN_URL, SERVER_POSTGRES_DATABASE);
    runSqlSync(POSTGRES_ADMIN_URL, [`CREATE DATABASE "${SERVER_POSTGRES_DATABASE}"`]);
    run(path.join(BIN, "tsx"), ["lib/cli/db-copy.ts", "--from", databaseUrlFor(absolute), "--to", SERVER_POSTGRES_URL], appEnv(absolute), "db:copy to PostgreSQL");
  }
  return absolute;
}

function insertHostileArticle(file: string): void {
  const sqlite = new Database(file);
  try {
    const sha256 = createHash("sha256").update(HOSTILE_ARTICLE.text).digest("hex");
    sqlite
      .prepare(
        `INSERT INTO "Article" ("slug", "sha256", "title", "publisher", "published", "publishedSource", "language", "origin", "fileName", "rawText", "cleanedText", "ingestedAt")
         VALUES (?, ?, ?, ?, ?, ?, 'en', 'ingested', NULL, ?, ?, ?)`,
      )
      .run(
        HOSTILE_ARTICLE.slug,
        sha256,
        HOSTILE_ARTICLE.title,
        "Readout browser tests",
        "2024-01-01",
        "given",
        HOSTILE_ARTICLE.text,
        HOSTILE_ARTICLE.text,
        new Date().toISOString(),
      );
  } finally {
    sqlite.close();
  }
}

/** Files Next may rewrite during a build; restored afterwards so a test build leaves shared files alone. */
const FILES_NEXT_REWRITES = ["tsconfig.json", "next-env.d.ts"];

/**
 * `next build` into .next-test. Next adds `.next-test/types/**` to tsconfig.json's include and
 * points next-env.d.ts at the test build; both are put back as they were.
 *
 * READOUT_BUILD_SKIP_TYPECHECK=1 builds in two steps (`--experimental-build-mode compile`, then
 * `generate`), which leaves out Next's whole-project type check: for running the browser tests
 * while someone else's unfinished file does not type-check (`npm test` runs tsc on its own).
 */
export function buildApp(databaseFile: string): void {
  const saved = FILES_NEXT_REWRITES.map((name) => {
    const file = path.join(ROOT, name);
    return { file, content: existsSync(file) ? readFileSync(file, "utf8") : null };
  });
  try {
    const env = appEnv(databaseFile);
    if (process.env.READOUT_BUILD_SKIP_TYPECHECK === "1") {
      run(path.join(BIN, "next"), ["build", "--experimental-build-mode", "compile"], env, "next build (compile)");
      run(path.join(BIN, "next"), ["build", "--experimental-build-mode", "generate"], env, "next build (generate)");
    } else {
      run(path.join(BIN, "next"), ["build"], env, "next build");
    }
  } finally {
    for (const { file, content } of saved) {
      if (content === null) rmSync(file, { force: true });
      else if (!existsSync(file) || readFileSync(file, "utf8") !== content) writeFileSync(file, content);
    }
  }
}

export function hasBuild(): boolean {
  return existsSync(path.join(ROOT, TEST_DIST_DIR, "BUILD_ID"));
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** True when .next-test is missing or older than a source file the build reads. */
export function buildIsStale(): boolean {
  if (!hasBuild()) return true;
  const built = statSync(path.join(ROOT, TEST_DIST_DIR, "BUILD_ID")).mtimeMs;
  const sources = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "postcss.config.mjs", "package.json"];
  return sources.some((source) => newestMtime(path.join(ROOT, source)) > built);
}

/** A TCP port nobody listens on right now (never 3000 or 3100). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.unref();
      probe.on("error", reject);
      probe.listen(0, "127.0.0.1", () => {
        const address = probe.address();
        const found = typeof address === "object" && address ? address.port : 0;
        probe.close(() => resolve(found));
      });
    });
    if (port > 0 && !RESERVED_PORTS.has(port)) return port;
  }
}

export interface RunningServer {
  baseUrl: string;
  pid: number;
  stop: () => Promise<void>;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/**
 * `next start -p <free port>` serving .next-test against `databaseFile`, detached in its own
 * process group; resolves once the server answers HTTP.
 */
export async function startServer(
  databaseFile: string,
  { timeoutMs = 60_000, port: fixedPort, env = {} }: { timeoutMs?: number; port?: number; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const port = fixedPort ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(path.join(BIN, "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: appEnv(databaseFile, { NODE_ENV: "production", ...env }),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  let exited: string | null = null;
  const exitedPromise = new Promise<void>((resolve) => {
    child.on("exit", (code, signal) => {
      exited = `exit ${code ?? signal}`;
      resolve();
    });
  });

  const stop = async () => {
    if (exited !== null) return;
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
    await exitedPromise;
    clearTimeout(timer);
    // next-server may outlive the npm/next wrapper: make sure the whole group is gone.
    killGroup(child, "SIGKILL");
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== null) throw new Error(`next start exited before answering (${exited}):\n${output}`);
    try {
      await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(5_000), redirect: "manual" });
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`next start did not answer on ${baseUrl} within ${timeoutMs} ms:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { baseUrl, pid: child.pid ?? -1, stop };
}
