import path from "node:path";

/** The SQLite file used when DATABASE_URL is not set: prisma/readout.db in the project. */
export const DEFAULT_DATABASE_URL = `file:${path.join(process.cwd(), "prisma", "readout.db")}`;

/** DATABASE_URL if set, else the embedded default. Relative file: paths resolve from the project root. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:") && !url.startsWith("file:/")) {
    return `file:${path.resolve(process.cwd(), url.slice("file:".length))}`;
  }
  return url;
}

/** The two databases Readout runs on. */
export type Dialect = "sqlite" | "postgresql";

/** Which database a URL names: `file:` is SQLite, `postgres://` or `postgresql://` is PostgreSQL; anything else is refused. */
export function dialectOf(url: string): Dialect {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  const scheme = url.split(":")[0] ?? "";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), not "${scheme}:"`);
}

/** The per-dialect Prisma files: schema, migrations folder. */
export const PRISMA_FILES: Record<Dialect, { schema: string; migrations: string }> = {
  sqlite: { schema: path.join("prisma", "schema.prisma"), migrations: path.join("prisma", "migrations") },
  postgresql: { schema: path.join("prisma", "postgresql", "schema.prisma"), migrations: path.join("prisma", "postgresql", "migrations") },
};

/** A URL fit for a log line: the password replaced. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, "//$1:***@");
}
