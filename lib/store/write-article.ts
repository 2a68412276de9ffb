import { Prisma } from "@/lib/generated/prisma/client";
import type { PreparedArticle } from "@/lib/ingest";
import { queryRows, toId, type Tx } from "@/lib/store/sql";

export interface ArticleOrigin {
  slug: string;
  origin: "corpus" | "ingested";
  fileName: string | null;
  extractionNote?: string | null;
  /** set when the article's facts are written in the same transaction */
  extractedAt?: Date | null;
}

/** Stores one prepared article; its text is never updated afterwards, so anchors stay valid. */
export async function writeArticle(tx: Tx, prepared: PreparedArticle, origin: ArticleOrigin): Promise<number> {
  const rows = await queryRows<{ id: unknown }>(tx, Prisma.sql`
    INSERT INTO "Article" ("slug", "sha256", "title", "publisher", "byline", "dateline", "url", "published", "publishedSource",
                           "language", "origin", "fileName", "rawText", "cleanedText", "extractionNote", "extractedAt", "ingestedAt")
    VALUES (${origin.slug}, ${prepared.sha256}, ${prepared.title}, ${prepared.publisher}, ${prepared.byline}, ${prepared.dateline},
            ${prepared.url}, ${prepared.published}, ${prepared.publishedSource}, ${prepared.language}, ${origin.origin},
            ${origin.fileName}, ${prepared.rawText}, ${prepared.cleanedText}, ${origin.extractionNote ?? null}, ${origin.extractedAt ?? null}, ${new Date()})
    RETURNING "id"`);
  return toId(rows[0]?.id);
}
