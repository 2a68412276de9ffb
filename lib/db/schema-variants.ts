/**
 * prisma/schema.prisma is the one source of the data model (SQLite, the embedded default).
 * The PostgreSQL schema is derived from it by swapping the datasource and the client's
 * output folder; the models are copied unchanged, so the two can never describe different
 * data. `npm run db:schema` writes the derived file, and a test fails when it is stale.
 */

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRESQL_SCHEMA = "prisma/postgresql/schema.prisma";

const GENERATED_NOTE =
  "// GENERATED from prisma/schema.prisma by `npm run db:schema`: edit that file, never this one.\n" +
  "// Same models; only the datasource provider and the generated client's folder differ.\n\n";

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`${SQLITE_SCHEMA}: expected exactly one ${what}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL variant of the SQLite schema text. */
export function toPostgresqlSchema(sqliteSchema: string): string {
  let schema = replaceOnce(sqliteSchema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', 'provider = "sqlite"');
  // The adapter supplies the real URL at run time; a literal URL keeps `prisma generate` offline.
  schema = replaceOnce(schema, /url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost/readout"', 'url = "file:…"');
  // The schema moves one folder down (prisma/postgresql/), and its client gets its own folder.
  schema = replaceOnce(schema, /output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output     = "../../lib/generated/prisma-postgresql"', 'client output');
  return GENERATED_NOTE + schema;
}
