import type { Db } from "@/lib/db/client";
import { formatDateRange } from "./view";

export interface SourceSummary {
  slug: string;
  title: string;
  publisher: string | null;
  published: string | null;
  publishedLabel: string | null;
  evidenceCount: number;
  engagementCount: number;
}

/** Every stored article, newest first, with how much evidence it provides. */
export async function listSources(db: Db): Promise<SourceSummary[]> {
  const articles = await db.article.findMany({
    orderBy: [{ published: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    select: {
      slug: true,
      title: true,
      publisher: true,
      published: true,
      evidence: { select: { engagementId: true } },
    },
  });
  return articles.map((article) => ({
    slug: article.slug,
    title: article.title ?? article.slug,
    publisher: article.publisher,
    published: article.published,
    publishedLabel: article.published === null ? null : formatDateRange(article.published, null, "day"),
    evidenceCount: article.evidence.length,
    engagementCount: new Set(article.evidence.map((row) => row.engagementId)).size,
  }));
}
