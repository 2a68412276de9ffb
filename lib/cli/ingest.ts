import { runCli } from "@/lib/cli/run";
import { createDb, tuneForWrites } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ingestBatch } from "@/lib/store/ingest-batch";

const USAGE = "usage: npm run ingest -- PATH... (files, or folders of .txt, .md and .html articles)";

/** Exit codes: 0 every file ingested or already present, 1 some files failed, 2 bad usage. */
runCli(USAGE, async (args) => {
  const flags = args.filter((arg) => arg.startsWith("--"));
  if (flags.length > 0) throw new AppError("BAD_USAGE", `unknown option ${flags.join(" ")}`);
  if (args.length === 0) throw new AppError("BAD_USAGE", "no file or folder given");

  const db = createDb();
  try {
    await tuneForWrites(db);
    const summary = await ingestBatch(db, args, (line) => console.log(line));
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
