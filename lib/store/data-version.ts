import Database, { type Statement } from "better-sqlite3";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { executeSql, type Tx } from "@/lib/store/sql";

/**
 * The data version: one row whose counter rises inside every write transaction. Readers key
 * their caches on it, so a cached read model is never served after a write committed by any
 * process (the ingest CLI, another web instance, the review desk). Call it in EVERY write
 * transaction; the increment commits or rolls back with the write itself.
 * Plain SQL valid on SQLite and PostgreSQL; the upsert covers databases created before the
 * migration inserted the row.
 */
export async function bumpDataVersion(tx: Tx): Promise<void> {
  await executeSql(tx, Prisma.sql`INSERT INTO "DataVersion" ("id", "version") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "version" = "DataVersion"."version" + 1`);
}

/** The current version: one primary-key read, cheap enough for every request. */
export async function readDataVersion(db: Db | Tx): Promise<number> {
  const rows = await db.$queryRaw<{ version: unknown }[]>`SELECT "version" FROM "DataVersion" WHERE "id" = 1`;
  const version = rows[0]?.version;
  return version === undefined ? 0 : Number(version);
}

/** A read-only connection per SQLite file, with the version query prepared once. */
const globalForVersion = globalThis as unknown as { readoutVersionStatements?: Map<string, Statement> };

/**
 * The current version of the SQLite file at `url` (`file:…`), read synchronously on a read-only
 * connection kept for the purpose: a prepared primary-key read costs microseconds, where a
 * query through the Prisma client costs a query compilation. Every request of the web tier
 * makes this read, so its cost is what a cached page costs. Each statement sees every
 * transaction committed before it starts (write-ahead log or not).
 */
export function readSqliteDataVersion(url: string): number {
  globalForVersion.readoutVersionStatements ??= new Map();
  let statement = globalForVersion.readoutVersionStatements.get(url);
  if (statement === undefined) {
    const connection = new Database(url.slice("file:".length), { readonly: true, fileMustExist: true });
    statement = connection.prepare(`SELECT "version" FROM "DataVersion" WHERE "id" = 1`).pluck();
    globalForVersion.readoutVersionStatements.set(url, statement);
  }
  const version: unknown = statement.get();
  return version === undefined ? 0 : Number(version);
}
