import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readCorpus, CORPUS_DIR } from "@/lib/store/corpus";
import { planCuration, readCurationSources, CURATION_DIR } from "@/lib/store/curation";
import { writeArticle } from "@/lib/store/write-article";
import { FactWriter, readTopicIds } from "@/lib/store/write-engagement";
import { TOPICS } from "@/lib/taxonomy/topics";
import { bumpDataVersion } from "@/lib/store/data-version";

export interface SeedOptions {
  corpusDir?: string;
  curationDir?: string;
  log?: (line: string) => void;
}

export interface SeedSummary {
  articles: number;
  engagements: number;
  evidence: number;
}

/** Creates every taxonomy topic, parents first (the taxonomy lists them in that order). */
export async function writeTopics(tx: Prisma.TransactionClient): Promise<void> {
  for (const topic of TOPICS) {
    const parent = topic.parent ? await tx.topic.findUniqueOrThrow({ where: { slug: topic.parent }, select: { id: true } }) : null;
    await tx.topic.upsert({
      where: { slug: topic.slug },
      create: { slug: topic.slug, name: topic.name, description: topic.description, parentId: parent?.id ?? null },
      update: { name: topic.name, description: topic.description, parentId: parent?.id ?? null },
    });
  }
}

/**
 * Loads the taxonomy, the seed corpus and the curated facts in one transaction: if any quote
 * fails to resolve, the error names file, fact and quote and the database is left unchanged.
 */
export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const corpus = await readCorpus(options.corpusDir ?? CORPUS_DIR);
  const sources = await readCurationSources(options.curationDir ?? CURATION_DIR);
  log(`read ${corpus.length} corpus articles and ${sources.length} curation files`);

  return db.$transaction(
    async (tx) => {
      await writeTopics(tx);
      const articleIds = new Map<string, number>();
      for (const article of corpus) {
        articleIds.set(article.slug, await writeArticle(tx, article.prepared, { slug: article.slug, origin: "corpus", fileName: article.fileName }));
      }
      const records = planCuration(sources, corpus, articleIds);
      const writer = await FactWriter.open(tx, [], await readTopicIds(tx));
      for (const record of records) {
        await writer.addEngagementFacts(await writer.createEngagement(record), record, true);
        log(`loaded ${record.slug}`);
      }
      await writer.flush();
      await bumpDataVersion(tx);
      return { articles: corpus.length, engagements: records.length, evidence: await tx.evidence.count() };
    },
    { timeout: 120_000 },
  );
}
