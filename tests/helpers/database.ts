import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb, type Db } from "@/lib/db/client";

const TMP_DIR = path.join(process.cwd(), "tests", ".tmp");
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export interface TestDatabase {
  db: Db;
  url: string;
  file: string;
  close: () => Promise<void>;
}

/**
 * A fresh SQLite file with every migration applied, for integration tests. The migration SQL
 * is executed directly (the same files `prisma migrate deploy` applies) to keep tests fast.
 */
export function createTestDatabase(name: string): TestDatabase {
  mkdirSync(TMP_DIR, { recursive: true });
  const file = path.join(TMP_DIR, `${name}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.db`);
  const sqlite = new Database(file);
  for (const migration of readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    sqlite.exec(readFileSync(path.join(MIGRATIONS_DIR, migration, "migration.sql"), "utf8"));
  }
  sqlite.close();
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    url,
    file,
    close: async () => {
      await db.$disconnect();
      for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}
