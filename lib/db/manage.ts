import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { dialectOf, redactUrl } from "@/lib/db/url";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** Tables a Readout database may hold: the models, Prisma's migration log, the search side tables. */
function isReadoutTable(name: string): boolean {
  return (Object.values(Prisma.ModelName) as string[]).includes(name) || name === "_prisma_migrations" || name === "FactSearch";
}

/**
 * Empties the database a URL names: a SQLite file is deleted; on PostgreSQL the public
 * schema is dropped and re-created, after checking that it holds only Readout's tables
 * (a URL pointing at some other application's database is refused, not wiped).
 */
export async function removeDatabase(url: string): Promise<void> {
  if (dialectOf(url) === "sqlite") {
    const file = url.slice("file:".length);
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    return;
  }
  const db = createDb(url);
  try {
    const tables = await db.$queryRaw<{ name: string }[]>`SELECT "tablename"::text AS "name" FROM "pg_tables" WHERE "schemaname" = 'public'`;
    const foreign = tables.map((table) => table.name).filter((name) => !isReadoutTable(name));
    if (foreign.length > 0) {
      throw new AppError("BAD_USAGE", `refusing to reset ${redactUrl(url)}: it holds tables that are not Readout's (${foreign.slice(0, 5).join(", ")})`);
    }
    await db.$executeRawUnsafe("DROP SCHEMA public CASCADE");
    await db.$executeRawUnsafe("CREATE SCHEMA public");
  } finally {
    await db.$disconnect();
  }
}

/** `prisma migrate deploy` for the URL's database; prisma.config.ts picks that dialect's migrations. */
export function applyMigrations(url: string): void {
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const missing = /Database `([^`]+)` does not exist/.exec(`${result.stdout}\n${result.stderr}`);
    if (missing) throw new AppError("BAD_USAGE", `the database ${missing[1]} does not exist on ${redactUrl(url)}: create it first (e.g. \`createdb ${missing[1]}\`)`);
    throw new AppError("INTERNAL", `prisma migrate deploy failed on ${redactUrl(url)}:\n${result.stdout}\n${result.stderr}`);
  }
}
