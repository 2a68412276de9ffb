import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { listSources } from "@/lib/queries/list-sources";
import { encodeCursor, type EngagementCursor } from "./cursor";
import { listPeople } from "@/lib/queries/list-people";
import { listTopics } from "@/lib/queries/list-topics";
import { labelSide } from "@/lib/queries/view";
import type { FactOrigin, FactType } from "@/lib/taxonomy/enums";
import type { PersonList, SourceDocument, SourceList, TopicList } from "@/lib/schemas/api";
import { VISIBLE_EVIDENCE } from "@/lib/queries/visibility";

/** The API's reference lists: topics, people and sources, and one source with its annotations. */

export const sourcePath = (slug: string) => `/sources/${slug}`;
export const evidencePath = (slug: string, evidenceId: number) => `${sourcePath(slug)}#ev-${evidenceId}`;

/** The topic tree flattened, parents before their children, each naming its parent. */
export async function listTopicRecords(db: Db): Promise<TopicList> {
  const tree = await listTopics(db);
  return {
    data: tree.flatMap((topic) =>
      [topic, ...topic.children].map((entry) => ({
        slug: entry.slug,
        name: entry.name,
        description: entry.description,
        parent: entry === topic ? null : topic.slug,
        url: `/topics/${entry.slug}`,
        engagementCount: entry.engagementCount,
        outcomeCount: entry.outcomeCount,
      })),
    ),
  };
}

/** One page of the people who took part in at least one engagement, by slug; pass `page.nextCursor` back for the next. */
export async function listPersonRecords(db: Db, page: { limit: number; after: string | null }): Promise<PersonList> {
  const { people, more } = await listPeople(db, page);
  return {
    page: { limit: page.limit, nextCursor: more ? Buffer.from(people.at(-1)!.slug).toString("base64url") : null },
    data: people.map((person) => ({
      slug: person.slug,
      name: person.name,
      side: labelSide(person.side),
      aliases: person.aliases,
      url: `/people/${person.slug}`,
      engagementCount: person.engagementCount,
    })),
  };
}

/** One page of sources, newest first; pass `page.nextCursor` back for the next. */
export async function listSourceRecords(db: Db, page: { limit: number; after: EngagementCursor | null }): Promise<SourceList> {
  const { sources, next } = await listSources(db, page.after === null ? null : { after: page.after }, page.limit);
  return {
    page: { limit: page.limit, nextCursor: next ? encodeCursor(next) : null },
    data: sources.map(({ slug, title, publisher, published, evidenceCount, engagementCount }) => ({
      slug,
      title,
      publisher,
      published,
      url: sourcePath(slug),
      evidenceCount,
      engagementCount,
    })),
  };
}

/**
 * A source's cleaned text with every evidence excerpt as a text-quote selector (exact,
 * prefix, suffix) plus its position (start, end: offsets in `text`); NOT_FOUND when unknown.
 */
export async function getSourceDocument(db: Db, slug: string): Promise<SourceDocument> {
  const article = await db.article.findUnique({
    where: { slug },
    include: {
      evidence: {
        where: VISIBLE_EVIDENCE,
        orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }],
        include: { engagement: { select: { slug: true, title: true } } },
      },
    },
  });
  if (article === null) throw new AppError("NOT_FOUND", `No source with slug ‘${slug.slice(0, 80)}’`);
  return {
    slug: article.slug,
    title: article.title ?? article.slug,
    publisher: article.publisher,
    byline: article.byline,
    dateline: article.dateline,
    originalUrl: article.url,
    url: sourcePath(article.slug),
    published: { date: article.published, howKnown: article.publishedSource },
    sha256: article.sha256,
    language: article.language,
    ingestedAt: article.ingestedAt.toISOString(),
    text: article.cleanedText,
    evidence: article.evidence.map((row) => ({
      id: row.id,
      factType: row.factType as FactType,
      exact: row.exact,
      prefix: row.prefix,
      suffix: row.suffix,
      start: row.start,
      end: row.end,
      origin: row.origin as FactOrigin,
      url: evidencePath(article.slug, row.id),
      engagement: row.engagement,
    })),
  };
}
