import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Database as SqliteConnection } from "better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { databaseUrl, dialectOf, type Dialect } from "./url";

/**
 * The one database client of the app, chosen by the URL: `file:` → SQLite through
 * better-sqlite3, `postgresql://` → PostgreSQL through pg. Both clients are generated from
 * the same models (lib/db/schema-variants.ts), so the SQLite client's type describes both.
 */
export function createDb(url: string = databaseUrl()): PrismaClient {
  if (dialectOf(url) === "sqlite") return createSqliteClient(url);
  const client = new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  return client as unknown as PrismaClient;
}

export type Db = PrismaClient;

/** The better-sqlite3 connection under each SQLite client, once it has connected. */
const sqliteConnections = new WeakMap<PrismaClient, SqliteConnection>();

/**
 * A SQLite client whose one connection is kept at hand, so the ingest hot path can run its
 * statements on it prepared once (lib/store/sql.ts) inside the client's own transactions.
 */
function createSqliteClient(url: string): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url });
  const connect = adapter.connect.bind(adapter);
  const client = new PrismaClient({ adapter });
  adapter.connect = async () => {
    const connected = await connect();
    // The adapter keeps its better-sqlite3 handle as `client`; anything else leaves the hot path on Prisma.
    const handle = (connected as { client?: Partial<SqliteConnection> }).client;
    if (typeof handle?.prepare === "function" && typeof handle.inTransaction === "boolean") sqliteConnections.set(client, handle as SqliteConnection);
    return connected;
  };
  return client;
}

/** The SQLite connection of a client created by `createDb`, once connected; undefined for PostgreSQL. */
export function sqliteConnectionOf(client: PrismaClient): SqliteConnection | undefined {
  return sqliteConnections.get(client);
}

/** Which database a client (or a transaction client of it) talks to. */
export function dialectOfClient(client: object): Dialect {
  const provider = (client as { _activeProvider?: string })._activeProvider;
  if (provider === "sqlite" || provider === "postgresql") return provider;
  throw new Error(`unknown database provider ${String(provider)}`);
}

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
 * the last commits. The page cache grows to 64 MiB for the connection's life. PostgreSQL needs
 * no such tuning.
 */
export async function tuneForWrites(client: PrismaClient, url: string = databaseUrl()): Promise<void> {
  if (dialectOf(url) !== "sqlite") return;
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  // 64 MiB of page cache instead of 2: the indexes a batch writes into outgrow the default within a few thousand articles.
  await client.$executeRawUnsafe("PRAGMA cache_size = -65536");
}
