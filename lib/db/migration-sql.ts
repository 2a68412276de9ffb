import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { toPostgresqlSchema } from "@/lib/db/schema-variants";
import type { Dialect } from "@/lib/db/url";

/** The source schema (SQLite form) as of the latest migration of both dialects: what the next migration diffs from. */
export const MIGRATED_SCHEMA = "prisma/migrated.prisma";

/**
 * PostgreSQL compares text by the server's locale unless told otherwise, so "a-2" < "a."
 * may be false there while SQLite (binary) says true. Every text column is created with
 * the "C" collation, which orders by code point as SQLite does: slug ranges and ORDER BY
 * behave the same on both databases whatever locale the server was initialised with.
 */
export function withBinaryCollation(postgresqlSql: string): string {
  return postgresqlSql.replace(/("[^"]+" (?:SET DATA TYPE )?TEXT)(?![[\w])(?! COLLATE)/g, '$1 COLLATE "C"');
}

/** A config whose adapter is an in-memory SQLite: a diff of two datamodels needs no real database. */
const DIFF_CONFIG = path.join("prisma", "diff.config.ts");

function prismaBin(): string {
  return path.join(process.cwd(), "node_modules", ".bin", "prisma");
}

/** `prisma migrate diff` between two datamodels (SQLite form), as SQL for `dialect`; runs offline. */
export function diffSql(dialect: Dialect, fromSqliteSchema: string | null, toSqliteSchema: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "readout-migration-"));
  try {
    const variant = (schema: string) => (dialect === "postgresql" ? toPostgresqlSchema(schema) : schema);
    const toFile = path.join(folder, "to.prisma");
    writeFileSync(toFile, variant(toSqliteSchema));
    const from = fromSqliteSchema === null ? ["--from-empty"] : ["--from-schema-datamodel", path.join(folder, "from.prisma")];
    if (fromSqliteSchema !== null) writeFileSync(path.join(folder, "from.prisma"), variant(fromSqliteSchema));
    const args = ["migrate", "diff", "--config", DIFF_CONFIG, ...from, "--to-schema-datamodel", toFile, "--script"];
    const result = spawnSync(prismaBin(), args, {
      env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`prisma migrate diff failed (${dialect}):\n${result.stdout}\n${result.stderr}`);
    return dialect === "postgresql" ? withBinaryCollation(result.stdout) : result.stdout;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** True when a diff script changes nothing (Prisma writes a comment saying so). */
export function isEmptyMigration(sql: string): boolean {
  return sql.split("\n").every((line) => line.trim() === "" || line.trim().startsWith("--"));
}
