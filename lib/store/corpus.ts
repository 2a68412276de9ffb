import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { prepareArticle, sha256Of, type PreparedArticle } from "@/lib/ingest";
import { articleMetaSchema, type ArticleMeta } from "@/lib/schemas/corpus";

export const CORPUS_DIR = path.join(process.cwd(), "prisma", "corpus");

export interface CorpusArticle {
  slug: string;
  fileName: string;
  meta: ArticleMeta;
  prepared: PreparedArticle;
}

/**
 * Reads the seed corpus: each `<name>.txt` with its `<name>.meta.json`. The raw bytes must
 * hash to the recorded SHA-256, so a modified seed stops the load instead of moving anchors.
 */
export async function readCorpus(dir: string = CORPUS_DIR): Promise<CorpusArticle[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".txt")).sort();
  return Promise.all(names.map((fileName) => readCorpusArticle(dir, fileName)));
}

async function readCorpusArticle(dir: string, fileName: string): Promise<CorpusArticle> {
  const base = fileName.slice(0, -".txt".length);
  const metaPath = path.join(dir, `${base}.meta.json`);
  const bytes = await readFile(path.join(dir, fileName));
  let metaJson: unknown;
  try {
    metaJson = JSON.parse(await readFile(metaPath, "utf8"));
  } catch (error) {
    throw new AppError("INVALID_DATA", `${metaPath}: missing or not JSON (${(error as Error).message})`);
  }
  const parsed = articleMetaSchema.safeParse(metaJson);
  if (!parsed.success) {
    throw new AppError("INVALID_DATA", `${metaPath}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  const meta = parsed.data;
  const actual = sha256Of(bytes);
  if (actual !== meta.sha256) {
    throw new AppError("INVALID_DATA", `${fileName}: SHA-256 ${actual} differs from the recorded ${meta.sha256}; corpus files must stay byte for byte`);
  }
  const raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  const prepared = prepareArticle(raw, { fileName, title: meta.title, published: meta.published, publisher: meta.publisher, url: meta.url });
  // The curator's account of how the date was inferred replaces the generic "given".
  return { slug: meta.slug, fileName, meta, prepared: { ...prepared, publishedSource: meta.publishedSource ?? prepared.publishedSource } };
}
