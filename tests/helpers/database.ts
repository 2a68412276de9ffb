import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb, type Db } from "@/lib/db/client";
import { createDatabaseFromTemplate, dropDatabase, POSTGRES_ADMIN_URL, testDatabaseName } from "../pg/server-admin";

const TMP_DIR = path.join(process.cwd(), "tests", ".tmp");
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export interface TestDatabase {
  db: Db;
  url: string;
  /** the SQLite file, or the PostgreSQL database name */
  file: string;
  close: () => Promise<void>;
}

/**
 * A fresh database with every migration applied, for integration tests: a SQLite file, or,
 * when READOUT_TEST_POSTGRES_URL is set, a PostgreSQL database copied from the migrated
 * template (tests/pg/global-setup.ts). The migration SQL is executed directly (the same
 * files `prisma migrate deploy` applies) to keep tests fast.
 */
export function createTestDatabase(name: string): TestDatabase {
  return POSTGRES_ADMIN_URL === null ? createSqliteTestDatabase(name) : createPostgresqlTestDatabase(name, POSTGRES_ADMIN_URL);
}

/** Always SQLite, whatever the suite runs on (e.g. the other side of a copy). */
export function createSqliteTestDatabase(name: string): TestDatabase {
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

function createPostgresqlTestDatabase(name: string, adminUrl: string): TestDatabase {
  const database = testDatabaseName(name);
  const url = createDatabaseFromTemplate(adminUrl, database);
  const db = createDb(url);
  return {
    db,
    url,
    file: database,
    close: async () => {
      await db.$disconnect();
      dropDatabase(adminUrl, database);
    },
  };
}
