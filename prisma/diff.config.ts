import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/**
 * Config for `prisma migrate diff` between two datamodel files (lib/db/migration-sql.ts).
 * Prisma's JS schema engine wants an adapter even when it connects to nothing: an in-memory
 * SQLite serves, and the SQL comes out in the provider of the schema files given (measured:
 * a PostgreSQL schema yields SERIAL, TIMESTAMP(3) …), so no PostgreSQL server is needed.
 */
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url: ":memory:" }),
});
