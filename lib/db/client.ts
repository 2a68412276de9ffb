import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./url";

/** The one database client of the app; tests and CLIs pass their own URL. */
export function createDb(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { readoutDb?: PrismaClient };

/** Shared client for the web tier (reused across hot reloads in development). */
export function db(): PrismaClient {
  globalForDb.readoutDb ??= createDb();
  return globalForDb.readoutDb;
}

/**
 * Prepares a SQLite connection for bulk writes: write-ahead logging (persistent in the file)
 * lets readers continue during ingestion, and synchronous=NORMAL makes each commit an append
 * instead of an fsync, which is what bounds one-transaction-per-article ingestion otherwise.
 * Durability stays per transaction across application crashes; only a power cut can lose
 * the last commits. Other databases need no such tuning.
 */
export async function tuneForWrites(client: PrismaClient, url: string = databaseUrl()): Promise<void> {
  if (!url.startsWith("file:")) return;
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
}
