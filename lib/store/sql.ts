import { dialectOfClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The ingest hot path writes with plain parameterised SQL through the same client: Prisma's
 * per-query planning costs several times the SQLite work for these small statements. The SQL
 * is standard (quoted identifiers, INSERT … RETURNING), valid on SQLite and PostgreSQL alike;
 * what differs between the two databases is kept in this file.
 */
export type Tx = Prisma.TransactionClient;

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
