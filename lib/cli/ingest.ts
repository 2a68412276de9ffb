import { stat } from "node:fs/promises";
import { runCli } from "@/lib/cli/run";
import { AppError } from "@/lib/errors";
import { parseIngestArgs } from "@/lib/ingest/given";

const USAGE =
  "usage: npm run ingest -- [--published yyyy-mm-dd] [--url URL] [--title TITLE] [--publisher NAME] FILE\n" +
  "       npm run ingest -- PATH... (files, or folders of .txt, .md and .html articles; FILE.meta.json beside a file gives its metadata)";

/** Exit codes: 0 every file ingested or already present, 1 some files failed, 2 bad usage. */
runCli(USAGE, async (args) => {
  const { paths, given } = parseIngestArgs(args);
  if (paths.length === 0) throw new AppError("BAD_USAGE", "no file or folder given");
  const [only] = paths;
  if (Object.keys(given).length > 0 && only !== undefined && (await stat(only).catch(() => null))?.isDirectory()) {
    throw new AppError("BAD_USAGE", `${only} is a folder; metadata flags apply to one file (put FILE.meta.json beside each file instead)`);
  }

  // Loaded only once the arguments are good, so a usage error answers at once (the parsers and the database client take seconds to load on a busy machine).
  const [{ createDb, tuneForWrites }, { ingestBatch }] = await Promise.all([import("@/lib/db/client"), import("@/lib/store/ingest-batch")]);
  const db = createDb();
  try {
    await tuneForWrites(db);
    const summary = await ingestBatch(db, paths, (line) => console.log(line), given);
    console.log(
      `\n${summary.ingested} ingested, ${summary.alreadyPresent} already present, ${summary.failed.length} failed; ` +
        `engagements: ${summary.engagementsCreated} created, ${summary.engagementsMerged} merged`,
    );
    if (summary.failed.length > 0) console.log(`failed:\n  ${summary.failed.join("\n  ")}`);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
});
