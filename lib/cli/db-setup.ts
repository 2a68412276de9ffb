import { createDb, tuneForWrites } from "@/lib/db/client";
import { applyMigrations, removeDatabase } from "@/lib/db/manage";
import { databaseUrl, redactUrl } from "@/lib/db/url";
import { runCli } from "@/lib/cli/run";
import { AppError } from "@/lib/errors";
import { seedDatabase } from "@/lib/store/seed";
import { ensureAuthSecret } from "@/lib/auth/secret";

const USAGE = "usage: tsx lib/cli/db-setup.ts [--reset]";

/**
 * Creates the database when missing (SQLite) or empty (PostgreSQL), applies pending
 * migrations, and loads the taxonomy, seed corpus and curated facts when the database holds
 * no articles yet. `--reset` empties it first.
 */
runCli(USAGE, async (args) => {
  const unknown = args.filter((arg) => arg !== "--reset");
  if (unknown.length > 0) throw new AppError("BAD_USAGE", `unknown argument ${unknown.join(" ")}`);
  const url = databaseUrl();
  if (args.includes("--reset")) {
    await removeDatabase(url);
    console.error(`db: emptied ${redactUrl(url)}`);
  }
  applyMigrations(url);
  console.error(`db: migrations applied to ${redactUrl(url)}`);
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
