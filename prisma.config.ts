import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/db/url";

/** The FTS5 search tables (migration 20261122180000_search) and the shadow tables FTS5 keeps for them. */
const SEARCH_TABLES = ["ArticleSearch", "FactSearch"].flatMap((table) =>
  ["", "_data", "_idx", "_docsize", "_config", "_content"].map((suffix) => `${table}${suffix}`),
);

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  tables: { external: SEARCH_TABLES },
  adapter: async () => new PrismaBetterSQLite3({ url: databaseUrl() }),
});
