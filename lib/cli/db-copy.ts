import { runCli } from "@/lib/cli/run";
import { createDb } from "@/lib/db/client";
import { checkAnchors, copyRows, countRows, MIGRATION_SEEDED_MODELS } from "@/lib/db/copy";
import { applyMigrations, removeDatabase } from "@/lib/db/manage";
import { dialectOf, redactUrl } from "@/lib/db/url";
import { AppError } from "@/lib/errors";

const USAGE = "usage: npm run db:copy -- --from URL --to URL [--replace]   (URL: file:path.db or postgresql://…)";

function parseArgs(args: string[]): { from: string; to: string; replace: boolean } {
  const values: Record<string, string> = {};
  let replace = false;
  for (let at = 0; at < args.length; at += 1) {
    const arg = args[at] as string;
    if (arg === "--replace") replace = true;
    else if (arg === "--from" || arg === "--to") {
      const value = args[(at += 1)];
      if (value === undefined || value.startsWith("--")) throw new AppError("BAD_USAGE", `${arg} needs a URL`);
      values[arg.slice(2)] = value;
    } else throw new AppError("BAD_USAGE", `unknown argument ${arg}`);
  }
  const { from, to } = values;
  if (from === undefined || to === undefined) throw new AppError("BAD_USAGE", "give both --from and --to");
  for (const url of [from, to]) {
    try {
      dialectOf(url);
    } catch (error) {
      throw new AppError("BAD_USAGE", (error as Error).message.replace("DATABASE_URL", "a database URL"));
    }
  }
  if (from === to) throw new AppError("BAD_USAGE", "--from and --to name the same database");
  return { from, to, replace };
}

/**
 * Copies a whole Readout database between SQLite and PostgreSQL, either direction: migrates
 * the target, refuses one that holds data (unless --replace), copies every row with its id,
 * then verifies the row counts and every evidence anchor. Exit 0 only when both checks pass.
 */
runCli(USAGE, async (args) => {
  const { from, to, replace } = parseArgs(args);
  const log = (line: string) => console.error(`db:copy: ${line}`);
  const source = createDb(from);
  try {
    const sourceCounts = await countRows(source);
    if ((sourceCounts.get("Article") ?? 0) === 0) throw new AppError("BAD_USAGE", `${redactUrl(from)} holds no articles: nothing to copy`);
    if (replace) {
      await removeDatabase(to);
      log(`emptied ${redactUrl(to)}`);
    }
    applyMigrations(to);
    log(`migrations applied to ${redactUrl(to)}`);
    const target = createDb(to);
    try {
      const held = [...(await countRows(target)).entries()].filter(([model, count]) => count > 0 && !MIGRATION_SEEDED_MODELS.has(model));
      if (held.length > 0) {
        throw new AppError("BAD_USAGE", `${redactUrl(to)} is not empty (${held.map(([model, count]) => `${model}: ${count}`).join(", ")}); pass --replace to empty it first`);
      }
      const started = Date.now();
      await copyRows(source, target, log);
      log(`copied in ${((Date.now() - started) / 1000).toFixed(1)} s; verifying`);

      const targetCounts = await countRows(target);
      const mismatched = [...sourceCounts].filter(([model, count]) => targetCounts.get(model) !== count);
      for (const [model, count] of sourceCounts) log(`${model}: ${count} → ${targetCounts.get(model) ?? 0}`);
      if (mismatched.length > 0) throw new AppError("INVALID_DATA", `row counts differ for ${mismatched.map(([model]) => model).join(", ")}`);
      const anchors = await checkAnchors(target, log);
      if (anchors.broken.length > 0) {
        throw new AppError("INVALID_DATA", `${anchors.broken.length} evidence rows do not match their article text (ids ${anchors.broken.slice(0, 10).join(", ")}…)`);
      }
      log(`done: ${[...targetCounts.values()].reduce((sum, count) => sum + count, 0)} rows in ${targetCounts.size} tables, ${anchors.checked} evidence anchors verified`);
    } finally {
      await target.$disconnect();
    }
  } finally {
    await source.$disconnect();
  }
});
