import type { Db } from "@/lib/db/client";
import type { Tx } from "@/lib/store/sql";

/**
 * The data version: one row whose counter rises inside every write transaction. Readers key
 * their caches on it, so a cached read model is never served after a write committed by any
 * process (the ingest CLI, another web instance, the review desk). Call it in EVERY write
 * transaction; the increment commits or rolls back with the write itself.
 * Plain SQL valid on SQLite and PostgreSQL; the upsert covers databases created before the
 * migration inserted the row.
 */
export async function bumpDataVersion(tx: Tx): Promise<void> {
  await tx.$executeRaw`INSERT INTO "DataVersion" ("id", "version") VALUES (1, 1)
    ON CONFLICT ("id") DO UPDATE SET "version" = "DataVersion"."version" + 1`;
}

/** The current version: one primary-key read, cheap enough for every request. */
export async function readDataVersion(db: Db | Tx): Promise<number> {
  const rows = await db.$queryRaw<{ version: unknown }[]>`SELECT "version" FROM "DataVersion" WHERE "id" = 1`;
  const version = rows[0]?.version;
  return version === undefined ? 0 : Number(version);
}
