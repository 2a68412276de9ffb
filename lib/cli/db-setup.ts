import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { createDb, tuneForWrites } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/url";
import { runCli } from "@/lib/cli/run";
import { AppError } from "@/lib/errors";
import { seedDatabase } from "@/lib/store/seed";
import { ensureAuthSecret } from "@/lib/auth/secret";

const USAGE = "usage: tsx lib/cli/db-setup.ts [--reset]";

function removeDatabaseFiles(url: string): void {
  if (!url.startsWith("file:")) throw new AppError("BAD_USAGE", `--reset only removes SQLite files; DATABASE_URL is ${url}`);
  const file = url.slice("file:".length);
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}

function applyMigrations(url: string): void {
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new AppError("INTERNAL", `prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Creates the SQLite database when missing, applies pending migrations, and loads the
 * taxonomy, seed corpus and curated facts when the database holds no articles yet.
 */
runCli(USAGE, async (args) => {
  const unknown = args.filter((arg) => arg !== "--reset");
  if (unknown.length > 0) throw new AppError("BAD_USAGE", `unknown argument ${unknown.join(" ")}`);
  const url = databaseUrl();
  if (args.includes("--reset")) {
    removeDatabaseFiles(url);
    console.error(`db: removed ${url}`);
  }
  applyMigrations(url);
  console.error(`db: migrations applied to ${url}`);
  if (ensureAuthSecret()) console.error("db: wrote a new random session secret to .auth-secret (git-ignored; or set BETTER_AUTH_SECRET)");
  const db = createDb(url);
  try {
    await tuneForWrites(db, url);
    if ((await db.article.count()) > 0) {
      console.error("db: already loaded; `npm run db:reset` rebuilds it from the corpus and curation files");
      return;
    }
    const summary = await seedDatabase(db, { log: (line) => console.error(`db: ${line}`) });
    console.error(`db: loaded ${summary.articles} articles, ${summary.engagements} engagements, ${summary.evidence} evidence excerpts`);
  } finally {
    await db.$disconnect();
  }
});
