import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { AppError, isAppError } from "@/lib/errors";
import { personBySlug, titleOn } from "@/lib/gazetteer/people";
import { curationFileSchema, type CuratedEngagement, type CuratedQuote } from "@/lib/schemas/curation";
import type { CorpusArticle } from "@/lib/store/corpus";
import type { EngagementRecord, EvidenceRecord } from "@/lib/store/records";
import { resolveQuote } from "@/lib/store/resolve-quote";
import { topicBySlug } from "@/lib/taxonomy/topics";

export const CURATION_DIR = path.join(process.cwd(), "prisma", "curation");

export interface CurationSource {
  file: string;
  json: unknown;
}

/** Reads every `*.json` in the curation folder (parsing happens in planCuration). */
export async function readCurationSources(dir: string = CURATION_DIR): Promise<CurationSource[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), "utf8");
      try {
        return { file: name, json: JSON.parse(text) as unknown };
      } catch (error) {
        throw new AppError("INVALID_DATA", `${name}: not valid JSON (${(error as Error).message})`);
      }
    }),
  );
}

/** Article ids by corpus slug, known once the articles are written. */
export type ArticleIds = ReadonlyMap<string, number>;

/**
 * Turns curation files into store records, resolving every quote against the cleaned text
 * of its corpus article. All problems are collected and reported together, each naming the
 * file, the fact and the quote; nothing is returned unless every quote resolves.
 */
export function planCuration(sources: CurationSource[], corpus: CorpusArticle[], articleIds: ArticleIds): EngagementRecord[] {
  const problems: string[] = [];
  const records: EngagementRecord[] = [];
  const seenSlugs = new Map<string, string>();
  const articles = new Map(corpus.map((article) => [article.slug, article]));

  for (const source of sources) {
    const parsed = curationFileSchema.safeParse(source.json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${source.file} › ${issue.path.join(".")}: ${issue.message}`);
      continue;
    }
    for (const engagement of parsed.data.engagements) {
      const where = `${source.file} › ${engagement.slug}`;
      const earlier = seenSlugs.get(engagement.slug);
      if (earlier) problems.push(`${where}: slug already used in ${earlier}`);
      seenSlugs.set(engagement.slug, source.file);
      records.push(planEngagement(engagement, where, articles, articleIds, problems));
    }
  }
  if (problems.length > 0) {
    throw new AppError("INVALID_DATA", `Curation has ${problems.length} problem(s); nothing was loaded:\n  - ${problems.join("\n  - ")}`, { problems });
  }
  return records;
}

function planEngagement(
  engagement: CuratedEngagement,
  where: string,
  articles: ReadonlyMap<string, CorpusArticle>,
  articleIds: ArticleIds,
  problems: string[],
): EngagementRecord {
  const resolveAll = (quotes: CuratedQuote[], fact: string, claim?: string): EvidenceRecord[] =>
    quotes.flatMap((quote) => {
      const article = articles.get(quote.source);
      const articleId = articleIds.get(quote.source);
      if (!article || articleId === undefined) {
        problems.push(`${where} › ${fact}: unknown source "${quote.source}"`);
        return [];
      }
      try {
        return [{ articleId, claim, selector: resolveQuote(article.prepared.cleanedText, quote, `${where} › ${fact} › ${quote.source}`) }];
      } catch (error) {
        if (!isAppError(error)) throw error;
        problems.push(error.message);
        return [];
      }
    });

  const { date, place } = engagement;
  return {
    slug: engagement.slug,
    title: engagement.title,
    kind: engagement.kind,
    status: engagement.status,
    startDate: date.start,
    endDate: date.end ?? null,
    datePrecision: date.precision,
    place: place && { name: place.name, country: place.country, latitude: place.latitude, longitude: place.longitude },
    occasion: engagement.occasion,
    summary: engagement.summary,
    origin: "reviewed",
    confidence: null,
    dateEvidence: resolveAll(date.evidence, "date", date.end ? `${date.start}/${date.end}` : date.start),
    placeEvidence: place ? resolveAll(place.evidence, "place", place.name) : [],
    participants: engagement.participants.flatMap((participant) => {
      const known = personBySlug(participant.person);
      if (!known) {
        problems.push(`${where} › participant "${participant.person}": not in lib/gazetteer/people.ts`);
        return [];
      }
      return [
        {
          person: { slug: known.slug, name: known.name, side: known.side },
          title: participant.title ?? titleOn(known, date.start),
          evidence: resolveAll(participant.evidence, `participant ${participant.person}`),
        },
      ];
    }),
    topics: engagement.topics.flatMap((topic) => {
      if (!topicBySlug(topic.slug)) {
        problems.push(`${where} › topic "${topic.slug}": not in the taxonomy`);
        return [];
      }
      return [{ slug: topic.slug, evidence: resolveAll(topic.evidence, `topic ${topic.slug}`) }];
    }),
    outcomes: engagement.outcomes.map((outcome, index) => {
      if (outcome.topic !== null && !topicBySlug(outcome.topic)) {
        problems.push(`${where} › outcome ${index + 1}: topic "${outcome.topic}" not in the taxonomy`);
      }
      return { ...outcome, evidence: resolveAll(outcome.evidence, `outcome ${index + 1} ("${outcome.statement}")`) };
    }),
  };
}
