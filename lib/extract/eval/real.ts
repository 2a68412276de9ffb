import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { prepareArticle, sha256Of, type PreparedArticle } from "@/lib/ingest";
import type { RealGoldFile } from "@/lib/schemas/extraction";

/**
 * The real-article parts of the eval: each gold article's text is read from
 * DIR/<part>/<id>.txt and checked against its recipe's sha256, so a figure is only ever
 * computed on the exact texts the gold was written for. Nothing here fails silently: a
 * missing or changed text is named, and a part with no usable text says why it was skipped.
 */

export interface RealArticle {
  gold: RealGoldFile["articles"][number];
  prepared: PreparedArticle;
}

export interface RealPart {
  articles: RealArticle[];
  /** one line per article left out, and why */
  problems: string[];
  /** why the whole part was skipped; null when it was scored */
  skipped: string | null;
}

export function loadRealPart(gold: RealGoldFile, dir: string): RealPart {
  const partDir = path.join(dir, gold.part);
  if (!existsSync(partDir)) return { articles: [], problems: [], skipped: `${partDir} not found: the texts are not committed; fetch them with the recipes in the gold file` };
  const articles: RealArticle[] = [];
  const problems: string[] = [];
  for (const article of gold.articles) {
    const file = path.join(partDir, `${article.id}.txt`);
    if (!existsSync(file)) {
      problems.push(`${article.id}: text missing`);
      continue;
    }
    const raw = readFileSync(file, "utf8");
    if (sha256Of(raw) !== article.recipe.sha256) {
      problems.push(`${article.id}: sha256 differs from the recipe`);
      continue;
    }
    articles.push({ gold: article, prepared: prepareArticle(raw, { fileName: `${article.id}.txt`, published: article.published, title: article.title }) });
  }
  const skipped = articles.length === 0 ? `no text in ${partDir} matches its recipe (${problems.length} missing or changed)` : null;
  return { articles, problems, skipped };
}
