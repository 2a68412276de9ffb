import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Test databases on a PostgreSQL server, for running the integration tests against it
 * (READOUT_TEST_POSTGRES_URL names a database to connect to for CREATE/DROP DATABASE, e.g.
 * postgresql://readout@127.0.0.1:5433/postgres). A template database holds the migrated
 * schema once; each test database is a copy of it, which takes a fraction of a second.
 */

export const POSTGRES_ADMIN_URL = process.env.READOUT_TEST_POSTGRES_URL?.trim() || null;
export const TEMPLATE_DATABASE = "readout_test_template";
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "postgresql", "migrations");

/** The URL of another database on the same server. */
export function urlOfDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Runs SQL statements one after another on `url`, synchronously (test helpers create their
 * databases synchronously): a child node process with pg, so no event loop is blocked on.
 */
export function runSqlSync(url: string, statements: string[]): void {
  const script = `
    const { Client } = require("pg");
    (async () => {
      const client = new Client({ connectionString: process.env.SQL_URL });
      await client.connect();
      try { for (const sql of JSON.parse(process.env.SQL_STATEMENTS)) await client.query(sql); }
      finally { await client.end(); }
    })().catch((error) => { console.error(error.message); process.exit(1); });`;
  const result = spawnSync(process.execPath, ["-e", script], {
    env: { ...process.env, SQL_URL: url, SQL_STATEMENTS: JSON.stringify(statements) },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`SQL on ${url} failed: ${result.stderr}`);
}

/**
 * Rows of one query on `url`, synchronously (for tests that poll the database the server
 * under test writes). `?` placeholders, as in SQLite, become PostgreSQL's `$1`, `$2`, ….
 */
export function querySqlSync<T>(url: string, sql: string, params: unknown[]): T[] {
  let position = 0;
  const positional = sql.replace(/\?/g, () => `$${(position += 1)}`);
  const script = `
    const { Client } = require("pg");
    (async () => {
      const client = new Client({ connectionString: process.env.SQL_URL });
      await client.connect();
      try { process.stdout.write(JSON.stringify((await client.query(process.env.SQL_TEXT, JSON.parse(process.env.SQL_PARAMS))).rows)); }
      finally { await client.end(); }
    })().catch((error) => { console.error(error.message); process.exit(1); });`;
  const result = spawnSync(process.execPath, ["-e", script], {
    env: { ...process.env, SQL_URL: url, SQL_TEXT: positional, SQL_PARAMS: JSON.stringify(params) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`SQL on ${url} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as T[];
}

/** (Re)creates the template database with every PostgreSQL migration applied. */
export function createTemplateDatabase(adminUrl: string): void {
  runSqlSync(adminUrl, [`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`, `CREATE DATABASE "${TEMPLATE_DATABASE}"`]);
  const migrations = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readFileSync(path.join(MIGRATIONS_DIR, entry.name, "migration.sql"), "utf8"));
  runSqlSync(urlOfDatabase(adminUrl, TEMPLATE_DATABASE), migrations);
}

/** A database name PostgreSQL accepts without quoting surprises: lower case, at most 63 bytes. */
export function testDatabaseName(name: string): string {
  const tag = `${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return `readout_test_${name.toLowerCase().replace(/[^a-z0-9]+/g, "_").slice(0, 24)}_${tag}`;
}

/** A new database copied from the template; outside vitest (benchmarks) the template is made on first use. */
export function createDatabaseFromTemplate(adminUrl: string, database: string): string {
  const create = `CREATE DATABASE "${database}" TEMPLATE "${TEMPLATE_DATABASE}"`;
  try {
    runSqlSync(adminUrl, [create]);
  } catch (error) {
    if (!/template database .* does not exist/.test((error as Error).message)) throw error;
    createTemplateDatabase(adminUrl);
    runSqlSync(adminUrl, [create]);
  }
  return urlOfDatabase(adminUrl, database);
}

export function dropDatabase(adminUrl: string, database: string): void {
  runSqlSync(adminUrl, [`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`]);
}
