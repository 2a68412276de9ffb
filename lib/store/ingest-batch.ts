import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { toPublicError } from "@/lib/errors";
import { readArticleFile } from "@/lib/ingest";
import { readSidecar } from "@/lib/ingest/given";
import type { GivenMetadata } from "@/lib/schemas/corpus";
import { ingestArticle, type IngestResult } from "@/lib/store/ingest-article";

const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm"]);

export interface BatchSummary {
  ingested: number;
  alreadyPresent: number;
  failed: string[];
  engagementsCreated: number;
  engagementsMerged: number;
}

/** Files named directly are taken as given (the reader refuses bad ones); folders are walked for articles. */
async function* articlePaths(paths: string[]): AsyncGenerator<string> {
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (info?.isDirectory()) {
      const entries = (await readdir(given, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      const inside = entries.filter((entry) => entry.isDirectory() || ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase()));
      yield* articlePaths(inside.map((entry) => path.join(given, entry.name)));
    } else {
      yield given;
    }
  }
}

function describe(result: IngestResult): string {
  if (result.status === "already-present") return `already ingested as ${result.articleSlug}`;
  const facts = `${result.engagementsCreated} engagement(s) created, ${result.engagementsMerged} merged`;
  const stored = result.articleWasStored ? "facts extracted for stored article" : "ingested";
  return `${stored} ${result.articleSlug}: ${facts}${result.note ? ` (${result.note})` : ""}`;
}

/**
 * Ingests every article under the given paths, one file and one transaction at a time, so a
 * bad file fails alone and memory stays flat however many files there are. `report` receives
 * one progress line per file. Metadata given for every file (command-line flags) wins over each
 * file's sidecar FILE.meta.json, which wins over what the article states itself.
 */
export async function ingestBatch(db: Db, paths: string[], report: (line: string) => void, given: GivenMetadata = {}): Promise<BatchSummary> {
  const summary: BatchSummary = { ingested: 0, alreadyPresent: 0, failed: [], engagementsCreated: 0, engagementsMerged: 0 };
  let index = 0;
  for await (const file of articlePaths(paths)) {
    index += 1;
    try {
      const { raw, format } = await readArticleFile(file);
      const sidecar = await readSidecar(file);
      const result = await ingestArticle(db, raw, { fileName: path.basename(file), format, ...sidecar, ...given });
      if (result.status === "already-present") summary.alreadyPresent += 1;
      else {
        summary.ingested += 1;
        summary.engagementsCreated += result.engagementsCreated;
        summary.engagementsMerged += result.engagementsMerged;
      }
      report(`[${index}] ${file}: ${describe(result)}`);
    } catch (error) {
      const message = toPublicError(error).message;
      // File-reading errors already start with the path; others get it here.
      const reason = message.startsWith(file) ? message : `${file}: ${message}`;
      summary.failed.push(reason);
      report(`[${index}] FAILED ${reason}`);
    }
  }
  return summary;
}
