import type { Database as SqliteConnection, Statement } from "better-sqlite3";
import { dialectOfClient, sqliteConnectionOf, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The ingest hot path writes with plain parameterised SQL through the same client: Prisma's
 * per-query planning costs several times the SQLite work for these small statements. The SQL
 * is standard (quoted identifiers, INSERT … RETURNING), valid on SQLite and PostgreSQL alike;
 * what differs between the two databases is kept in this file.
 */
export type Tx = Prisma.TransactionClient;

/**
 * Prepared statements of one SQLite connection by SQL text. Through Prisma, every statement is
 * planned by its query compiler and prepared again by SQLite, together several times the
 * SQLite work itself; a batch of articles repeats the same few statements thousands of times.
 */
class StatementCache {
  /** distinct texts come from row counts of multi-row INSERTs and lengths of IN lists: bounded by starting over */
  private static readonly MAX_STATEMENTS = 500;
  private readonly statements = new Map<string, Statement>();

  constructor(readonly connection: SqliteConnection) {}

  prepared(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      if (this.statements.size >= StatementCache.MAX_STATEMENTS) this.statements.clear();
      statement = this.connection.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

const cachesByConnection = new WeakMap<SqliteConnection, StatementCache>();
/** The statement cache of a SQLite client's connection, once connected; undefined for PostgreSQL. */
function statementCacheOf(db: Db): StatementCache | undefined {
  const connection = sqliteConnectionOf(db);
  if (connection === undefined) return undefined;
  let cache = cachesByConnection.get(connection);
  if (cache === undefined) {
    cache = new StatementCache(connection);
    cachesByConnection.set(connection, cache);
  }
  return cache;
}

/** Transactions opened by `writeTransaction` on SQLite, with their connection's statements. */
const cachesByTransaction = new WeakMap<Tx, StatementCache>();

/**
 * A write transaction of the client, with a time limit. On SQLite, `queryRows` and `executeSql`
 * inside it run on the client's own connection with statements prepared once: the same
 * transaction (SQLite has one connection, and Prisma began the transaction on it), without
 * Prisma's per-statement planning. On PostgreSQL they go through the transaction client.
 */
export function writeTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: { timeout: number }): Promise<T> {
  return db.$transaction(async (tx) => {
    const cache = statementCacheOf(db);
    if (cache !== undefined) cachesByTransaction.set(tx, cache);
    return work(tx);
  }, options);
}

/** Bound values as the Prisma adapter writes them, so rows read back the same whichever way they were written. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** The prepared statement for `query` on the transaction's SQLite connection, or null to go through Prisma. */
function preparedFor(tx: Tx, query: Prisma.Sql): { statement: Statement; values: unknown[] } | null {
  const cache = cachesByTransaction.get(tx);
  if (cache === undefined) return null;
  // A transaction Prisma has ended (timed out, rolled back) must not let a statement run on its own, outside any transaction.
  if (!cache.connection.inTransaction) throw new Error("the write transaction has already ended");
  return { statement: cache.prepared(query.sql), values: query.values.map(sqliteValue) };
}

/** Rows of a query (SELECT, or INSERT … RETURNING) run in `tx`; integers may come back as bigint (see `toId`). */
export async function queryRows<T>(tx: Tx, query: Prisma.Sql): Promise<T[]> {
  const prepared = preparedFor(tx, query);
  if (prepared === null) return tx.$queryRaw<T[]>(query);
  return prepared.statement.all(...prepared.values) as T[];
}

/** Runs a statement that returns no rows in `tx`; the number of rows it changed. */
export async function executeSql(tx: Tx, query: Prisma.Sql): Promise<number> {
  const prepared = preparedFor(tx, query);
  if (prepared === null) return tx.$executeRaw(query);
  return prepared.statement.run(...prepared.values).changes;
}

/**
 * Rows read ahead of the transaction that will act on them, as a hint it checks again. On SQLite
 * this runs on the client's one connection directly (a Prisma query could wait for the open
 * transaction that is waiting for it), and sees that transaction's writes if one is open.
 */
export async function readAhead<T>(db: Db, query: Prisma.Sql): Promise<T[]> {
  const cache = statementCacheOf(db);
  if (cache === undefined) return db.$queryRaw<T[]>(query);
  return cache.prepared(query.sql).all(...query.values.map(sqliteValue)) as T[];
}

/** Raw rows can carry integers as bigint; ids are always safe as numbers. */
export function toId(value: unknown): number {
  return typeof value === "bigint" ? Number(value) : (value as number);
}

/** Key of the PostgreSQL advisory lock that fact writers take ("Read" in ASCII). */
const FACT_WRITE_LOCK = 0x5265_6164;

/**
 * Makes concurrent fact writers take turns. Deciding whether an extracted engagement is new
 * reads the stored engagements, then writes: two ingest processes doing that at once would
 * each create the same meeting, and no unique constraint can tell two wordings of one meeting
 * apart. On PostgreSQL, a transaction-scoped advisory lock serialises that part across
 * processes (reading, cleaning and extracting an article still run in parallel; the lock is
 * released at commit or rollback). SQLite allows one writer at a time anyway.
 */
export async function lockFactWrites(tx: Tx): Promise<void> {
  if (dialectOfClient(tx) === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FACT_WRITE_LOCK})`;
}

/** unique violation, serialization failure, deadlock (PostgreSQL SQLSTATEs); Prisma's own codes for the first two. */
const RETRYABLE_SQLSTATES = new Set(["23505", "40001", "40P01"]);
const RETRYABLE_PRISMA_CODES = new Set(["P2002", "P2034"]);

/** True for an error a fresh attempt of the same transaction can get past: another writer got there first. */
export function isWriteConflict(error: unknown): boolean {
  const known = error as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string; code?: string } } } };
  const cause = known.meta?.driverAdapterError?.cause;
  return RETRYABLE_PRISMA_CODES.has(known.code ?? "") || RETRYABLE_SQLSTATES.has(cause?.originalCode ?? cause?.code ?? "");
}

const MAX_ATTEMPTS = 5;

/**
 * Runs a write again when it lost a race to a concurrent writer (e.g. two processes storing
 * the same article: the second one's insert violates the unique hash, and its retry finds
 * the article stored). `attempt` must re-read what it depends on, as a fresh start does.
 */
export async function retryOnWriteConflict<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (tries >= MAX_ATTEMPTS || !isWriteConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * tries + Math.random() * 30));
    }
  }
}
