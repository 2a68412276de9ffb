import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "@/lib/cli/run";
import { diffSql, isEmptyMigration, MIGRATED_SCHEMA } from "@/lib/db/migration-sql";
import { POSTGRESQL_SCHEMA, SQLITE_SCHEMA, toPostgresqlSchema } from "@/lib/db/schema-variants";
import { PRISMA_FILES, type Dialect } from "@/lib/db/url";
import { AppError } from "@/lib/errors";

const USAGE = "usage: npm run db:migration -- NAME [--only sqlite|postgresql]";

function migrationTimestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function parseArgs(args: string[]): { name: string; dialects: Dialect[] } {
  const positional: string[] = [];
  let only: string | undefined;
  for (let at = 0; at < args.length; at += 1) {
    const arg = args[at] as string;
    if (arg === "--only") only = args[(at += 1)];
    else if (arg.startsWith("--")) throw new AppError("BAD_USAGE", `unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new AppError("BAD_USAGE", "give exactly one migration name");
  const name = positional[0] as string;
  if (!/^[a-z0-9_]+$/.test(name)) throw new AppError("BAD_USAGE", `migration name "${name}": use lower-case letters, digits and _`);
  if (only !== undefined && only !== "sqlite" && only !== "postgresql") throw new AppError("BAD_USAGE", `--only takes sqlite or postgresql, not "${only ?? ""}"`);
  return { name, dialects: only === undefined ? ["sqlite", "postgresql"] : [only] };
}

/**
 * Writes the migration for the change from prisma/migrated.prisma (the schema as last
 * migrated) to prisma/schema.prisma, for SQLite and PostgreSQL alike, regenerates the
 * PostgreSQL schema, and records the new state. `--only postgresql` when the SQLite
 * migration was already written (e.g. on a branch that predates the PostgreSQL support).
 */
runCli(USAGE, async (args) => {
  const { name, dialects } = parseArgs(args);
  const target = readFileSync(SQLITE_SCHEMA, "utf8");
  const migrated = readFileSync(MIGRATED_SCHEMA, "utf8");
  const folderName = `${migrationTimestamp()}_${name}`;
  for (const dialect of dialects) {
    const sql = diffSql(dialect, migrated, target);
    if (isEmptyMigration(sql)) {
      console.error(`db:migration: ${dialect}: no schema change since ${MIGRATED_SCHEMA}; nothing written`);
      continue;
    }
    const root = PRISMA_FILES[dialect].migrations;
    const clash = readdirSync(root).find((entry) => entry.endsWith(`_${name}`));
    if (clash !== undefined) throw new AppError("BAD_USAGE", `${root}/${clash} already uses the name "${name}"`);
    const folder = path.join(root, folderName);
    mkdirSync(folder);
    writeFileSync(path.join(folder, "migration.sql"), sql);
    console.error(`db:migration: ${dialect}: wrote ${folder}/migration.sql`);
    if (dialect === "sqlite" && sql.includes("RedefineTables")) {
      // SQLite drops and re-creates a table to change it; the search triggers on it go with it.
      console.error("db:migration: sqlite: this migration re-creates tables: copy the search triggers of 20261122180000_search for them into it");
    }
  }
  writeFileSync(POSTGRESQL_SCHEMA, toPostgresqlSchema(target));
  writeFileSync(MIGRATED_SCHEMA, target);
  console.error(`db:migration: ${MIGRATED_SCHEMA} and ${POSTGRESQL_SCHEMA} updated; review the SQL, then \`npm run db:setup\` applies it`);
  if (!existsSync(PRISMA_FILES.postgresql.migrations)) throw new AppError("INTERNAL", "prisma/postgresql/migrations is missing");
});
