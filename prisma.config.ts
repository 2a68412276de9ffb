import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { migrationAdapter } from "./lib/db/migrate-adapter";
import { databaseUrl, dialectOf, PRISMA_FILES } from "./lib/db/url";

/**
 * One config for both databases, chosen by DATABASE_URL like the app: `prisma migrate deploy`
 * applies prisma/migrations to a SQLite file, prisma/postgresql/migrations to a PostgreSQL
 * server. (`prisma generate --schema …` still generates either client whatever the URL.)
 */
const url = databaseUrl();
const dialect = dialectOf(url);

/** The FTS5 search tables (migration 20261122180000_search) and the shadow tables FTS5 keeps for them. */
const SEARCH_TABLES = ["ArticleSearch", "FactSearch"].flatMap((table) =>
  ["", "_data", "_idx", "_docsize", "_config", "_content"].map((suffix) => `${table}${suffix}`),
);

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  engine: "js",
  schema: PRISMA_FILES[dialect].schema,
  migrations: { path: PRISMA_FILES[dialect].migrations },
  // PostgreSQL keeps its fact search documents in the table "FactSearch" (see its search migration).
  tables: { external: dialect === "sqlite" ? SEARCH_TABLES : ["FactSearch"] },
  adapter: async () => (dialect === "sqlite" ? new PrismaBetterSQLite3({ url }) : migrationAdapter(url)),
});
