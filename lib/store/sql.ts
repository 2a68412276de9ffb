import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The ingest hot path writes with plain parameterised SQL through the same client: Prisma's
 * per-query planning costs several times the SQLite work for these small statements. The SQL
 * is standard (quoted identifiers, INSERT … RETURNING), valid on SQLite and PostgreSQL alike.
 */
export type Tx = Prisma.TransactionClient;

/** Raw rows can carry integers as bigint; ids are always safe as numbers. */
export function toId(value: unknown): number {
  return typeof value === "bigint" ? Number(value) : (value as number);
}
