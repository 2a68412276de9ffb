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
