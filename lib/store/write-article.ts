import type { Prisma } from "@/lib/generated/prisma/client";
import type { PreparedArticle } from "@/lib/ingest";

type Tx = Prisma.TransactionClient;

export interface ArticleOrigin {
  slug: string;
  origin: "corpus" | "ingested";
  fileName: string | null;
  extractionNote?: string | null;
}

/** Stores one prepared article; its text is never updated afterwards, so anchors stay valid. */
export async function writeArticle(tx: Tx, prepared: PreparedArticle, origin: ArticleOrigin): Promise<number> {
  const created = await tx.article.create({
    data: {
      slug: origin.slug,
      sha256: prepared.sha256,
      title: prepared.title,
      publisher: prepared.publisher,
      byline: prepared.byline,
      dateline: prepared.dateline,
      url: prepared.url,
      published: prepared.published,
      publishedSource: prepared.publishedSource,
      language: prepared.language,
      origin: origin.origin,
      fileName: origin.fileName,
      rawText: prepared.rawText,
      cleanedText: prepared.cleanedText,
      extractionNote: origin.extractionNote ?? null,
    },
    select: { id: true },
  });
  return created.id;
}
