import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { extractArticle } from "@/lib/extract";
import { MAX_ARTICLE_BYTES, prepareArticle, readArticleFile, type ArticleFormat } from "@/lib/ingest";
import { ingestArticle, type IngestResult } from "@/lib/store/ingest-article";

/**
 * Adding an article from the browser. The upload (or pasted text) is written to a private
 * temporary file and read back with the CLI's own reader, so the browser gets the same
 * checks, limits and messages as `npm run ingest`, then the same store function.
 */

export interface ArticleInput {
  /** the file's name as uploaded, or pasted.<format> */
  fileName: string;
  bytes: Uint8Array;
  title: string | null;
  publisher: string | null;
  url: string | null;
  published: string | null;
}

export interface ReadArticle {
  raw: string;
  format: ArticleFormat;
  fileName: string;
}

export interface PreviewExcerpt {
  prefix: string;
  exact: string;
  suffix: string;
}

export interface PreviewFact {
  text: string;
  evidence: PreviewExcerpt[];
}

export interface PreviewEngagement {
  title: string;
  role: string;
  date: string | null;
  place: string | null;
  confidence: number;
  participants: PreviewFact[];
  topics: PreviewFact[];
  outcomes: PreviewFact[];
}

export interface ArticlePreview {
  title: string | null;
  published: string | null;
  language: string;
  characters: number;
  engagements: PreviewEngagement[];
}

const SAFE_NAME = /[^A-Za-z0-9._-]+/g;

export function checkMetadata(input: Pick<ArticleInput, "url" | "published">): void {
  if (input.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(input.published)) throw new AppError("BAD_REQUEST", "the publication date must be yyyy-mm-dd");
  if (input.url !== null) {
    try {
      const url = new URL(input.url);
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("scheme");
    } catch {
      throw new AppError("BAD_REQUEST", "the URL must be an http or https address");
    }
  }
}

export async function readUploadedArticle(input: Pick<ArticleInput, "fileName" | "bytes">): Promise<ReadArticle> {
  const fileName = path.basename(input.fileName).replace(SAFE_NAME, "-").slice(-120) || "article.txt";
  if (input.bytes.length > MAX_ARTICLE_BYTES + 1) throw new AppError("UNREADABLE_INPUT", `${fileName}: is over the ${(MAX_ARTICLE_BYTES / (1024 * 1024)).toFixed(1)} MB limit for one article`);
  const dir = await mkdtemp(path.join(tmpdir(), "readout-upload-"));
  const file = path.join(dir, fileName);
  try {
    await writeFile(file, input.bytes, { mode: 0o600 });
    const read = await readArticleFile(file);
    return { raw: read.raw, format: read.format, fileName };
  } catch (error) {
    // The reader names the file it read; the editor knows it by its own name.
    if (error instanceof AppError) throw new AppError(error.code, error.message.split(file).join(fileName), error.details && { ...error.details, path: fileName });
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const excerpts = (list: { prefix: string; exact: string; suffix: string }[]) => list.slice(0, 3).map(({ prefix, exact, suffix }) => ({ prefix, exact, suffix }));

/** What extraction would store, without storing anything. */
export function previewArticle(read: ReadArticle, meta: Omit<ArticleInput, "fileName" | "bytes">): ArticlePreview {
  const prepared = prepareArticle(read.raw, { fileName: read.fileName, format: read.format, title: meta.title, publisher: meta.publisher, url: meta.url, published: meta.published });
  const extraction = prepared.language === "en" || prepared.language === "und" ? extractArticle(prepared) : { engagements: [] };
  return {
    title: prepared.title ?? null,
    published: prepared.published ?? null,
    language: prepared.language,
    characters: prepared.cleanedText.length,
    engagements: extraction.engagements.map((engagement) => ({
      title: engagement.title,
      role: engagement.role,
      date: engagement.date,
      place: engagement.place?.name ?? null,
      confidence: engagement.confidence,
      participants: engagement.participants.map((fact) => ({ text: `${fact.name}${fact.title ? `, ${fact.title}` : ""} (${fact.side})`, evidence: excerpts(fact.evidence) })),
      topics: engagement.topics.map((fact) => ({ text: fact.slug, evidence: excerpts(fact.evidence) })),
      outcomes: engagement.outcomes.map((fact) => ({ text: `${fact.status}${fact.side ? ` (${fact.side})` : ""}: ${fact.statement}`, evidence: excerpts(fact.evidence) })),
    })),
  };
}

/** Stores the article through the ingest pipeline: one transaction, the CLI's messages. */
export function saveArticle(db: Db, read: ReadArticle, meta: Omit<ArticleInput, "fileName" | "bytes">): Promise<IngestResult> {
  return ingestArticle(db, read.raw, { fileName: read.fileName, format: read.format, title: meta.title, publisher: meta.publisher, url: meta.url, published: meta.published });
}
