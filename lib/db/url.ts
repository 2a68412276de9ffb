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
