import { dialectOfClient, type Db } from "@/lib/db/client";
import { toDateView, type DateView } from "./view";
import { Prisma } from "@/lib/generated/prisma/client";
import { VISIBLE, VISIBLE_EVIDENCE, visibleFactSearchSql } from "./visibility";

/**
 * Full-text search over the search tables of migration 20261122180000_search: on SQLite the
 * FTS5 tables ArticleSearch (article text) and FactSearch (engagement facts), on PostgreSQL
 * the tsvector column Article.searchDocument and the table FactSearch, both GIN-indexed.
 * User input never reaches MATCH or to_tsquery as typed: `toFtsQuery` rebuilds it from
 * quoted terms, so any string is a valid query, with the same meaning on both databases.
 */

/** Longest input considered; the rest is ignored (a 10 KB paste must not cost more). */
export const MAX_QUERY_LENGTH = 500;
const MAX_TERMS = 24;
/** Matching facts ranked per query: the engagements they belong to are the engagement results. */
const CANDIDATE_FACTS = 500;
/** Matching articles ranked per query: the source results. */
const CANDIDATE_SOURCES = 100;
export const ENGAGEMENTS_PER_PAGE = 20;
export const SOURCES_PER_PAGE = 10;
/** Matching facts listed under one engagement; the rest are counted. */
const FACTS_PER_ENGAGEMENT = 5;
const PASSAGES_PER_SOURCE = 3;
/** characters of context on each side of a match in an article passage */
const PASSAGE_CONTEXT = 90;
/** a passage stops absorbing nearby matches past this length */
const PASSAGE_MAX = 480;

/** Marker characters for highlight()/snippet(): control characters never present in stored text. */
const OPEN = "\u0002";
const CLOSE = "\u0003";

/** FTS5 operators: dropped when typed bare, since quoting every term already means AND. */
const OPERATORS = new Set(["AND", "OR", "NOT", "NEAR"]);
/** A word as the unicode61 tokenizer sees it, allowing inner apostrophes, dots and hyphens, with an optional prefix star. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*(\*)?/gu;

export interface FtsQuery {
  /** the MATCH expression, or null when the input holds nothing searchable */
  match: string | null;
  /** the terms as understood, for "results for …" (phrases in quotes, prefixes with *) */
  terms: string[];
}

/**
 * Turns free text into a safe FTS5 query: balanced "double-quoted phrases" stay phrases,
 * a trailing * makes a prefix term, every other word is quoted; operators, stray quotes,
 * punctuation, emoji and control characters are dropped.
 */
export function toFtsQuery(input: string): FtsQuery {
  const text = Array.from(input.replace(/\p{Cc}/gu, " ")).slice(0, MAX_QUERY_LENGTH).join("");
  const terms: string[] = [];
  const phrase = /"([^"]*)"/g;
  let cursor = 0;
  for (const match of text.matchAll(phrase)) {
    terms.push(...wordTerms(text.slice(cursor, match.index)));
    const words = [...(match[1] ?? "").matchAll(WORD)].map((word) => word[0].replace(/\*$/, ""));
    if (words.length > 0) terms.push(`"${words.join(" ")}"`);
    cursor = match.index + match[0].length;
  }
  // an unbalanced quote is dropped, the words after it kept
  terms.push(...wordTerms(text.slice(cursor).replaceAll('"', " ")));
  const kept = terms.slice(0, MAX_TERMS);
  return { match: kept.length > 0 ? kept.map(toMatchTerm).join(" ") : null, terms: kept };
}

function wordTerms(text: string): string[] {
  return [...text.matchAll(WORD)].map((word) => word[0]).filter((word) => !OPERATORS.has(word.replace(/\*$/, "")));
}

/** `"phrase"` stays; `word*` becomes `"word"*`; `word` becomes `"word"` (quotes doubled defensively). */
function toMatchTerm(term: string): string {
  if (term.startsWith('"')) return term;
  const prefix = term.endsWith("*");
  const word = (prefix ? term.slice(0, -1) : term).replaceAll('"', '""');
  return prefix ? `"${word}"*` : `"${word}"`;
}

/**
 * The same terms as a PostgreSQL tsquery for to_tsquery('english', …): a phrase becomes its
 * words joined by <-> (followed by), a prefix term 'word':*, every term joined by &.
 * Each word is single-quoted (inner quotes doubled), so no character of it is an operator.
 */
export function toTsQuery(terms: string[]): string | null {
  const lexeme = (word: string) => `'${word.replaceAll("'", "''")}'`;
  const parts = terms.map((term) => {
    if (term.startsWith('"')) return `(${term.slice(1, -1).split(" ").map(lexeme).join(" <-> ")})`;
    if (term.endsWith("*")) return `${lexeme(term.slice(0, -1))}:*`;
    return lexeme(term);
  });
  return parts.length > 0 ? parts.join(" & ") : null;
}

/** A piece of highlighted text: render `match` pieces as <mark>, everything as text. */
export interface TextSegment {
  text: string;
  match: boolean;
}

export type FactKind = "engagement" | "outcome" | "person" | "topic";

export interface FactHit {
  kind: FactKind;
  snippet: TextSegment[];
}

export interface EngagementHit {
  slug: string;
  title: string;
  date: DateView;
  href: string;
  /** rank of the best matching fact, lower is better (SQLite: bm25; PostgreSQL: minus ts_rank) */
  score: number;
  /** the best matching facts, FACTS_PER_ENGAGEMENT at most */
  facts: FactHit[];
  /** all matching facts of the engagement among the ranked ones */
  factCount: number;
}

export interface SourcePassage {
  snippet: TextSegment[];
  /** the evidence excerpt the match falls in, else the source page */
  href: string;
  evidenceId: number | null;
  engagement: { slug: string; title: string } | null;
}

export interface SourceHit {
  slug: string;
  title: TextSegment[];
  publisher: string | null;
  published: string | null;
  href: string;
  score: number;
  matchCount: number;
  passages: SourcePassage[];
}

export interface SearchPage {
  /** 1-based */
  number: number;
  previous: number | null;
  next: number | null;
  /** engagements among the results (those of the best CANDIDATE_FACTS matching facts) */
  engagementTotal: number;
  /** sources among the results (the best CANDIDATE_SOURCES matching articles) */
  sourceTotal: number;
}

export interface SearchResults {
  query: string;
  terms: string[];
  /** this page's engagements, ENGAGEMENTS_PER_PAGE at most, best first */
  engagements: EngagementHit[];
  /** this page's sources, SOURCES_PER_PAGE at most, best first */
  sources: SourceHit[];
  page: SearchPage;
}

/**
 * One page of both result groups for a query (page 1 first, ranked lists paged together);
 * empty groups (not an error) when nothing is searchable or the page is past the results.
 * Ranking reads scores only; snippets and highlights, the costly part, are made for the page's
 * rows alone (at 100,000 engagements "hotline" matches 18,000 facts and 16,000 articles).
 */
export async function searchAll(db: Db, input: string, pageNumber = 1): Promise<SearchResults> {
  const query = input.trim().slice(0, MAX_QUERY_LENGTH);
  // Past the ranked candidates a page is empty: ranking costs the same whatever the page.
  const number = Math.max(1, Math.trunc(pageNumber) || 1);
  const { match, terms } = toFtsQuery(query);
  if (match === null) return { query, terms, engagements: [], sources: [], page: { number, previous: null, next: null, engagementTotal: 0, sourceTotal: 0 } };
  const search: Searcher =
    dialectOfClient(db) === "postgresql" ? postgresqlSearcher(db, toTsQuery(terms) as string, (marked) => toPhraseMarks(marked, terms)) : sqliteSearcher(db, match);
  const [facts, articles] = await Promise.all([search.rankFacts(), search.rankSources()]);
  const groups = groupByEngagement(facts);
  const pageGroups = groups.slice((number - 1) * ENGAGEMENTS_PER_PAGE, number * ENGAGEMENTS_PER_PAGE);
  const pageArticles = articles.slice((number - 1) * SOURCES_PER_PAGE, number * SOURCES_PER_PAGE);
  const [engagements, sources] = await Promise.all([toEngagementHits(db, search, pageGroups), search.sourceRows(pageArticles).then((rows) => toSourceHits(db, rows))]);
  const last = Math.max(Math.ceil(groups.length / ENGAGEMENTS_PER_PAGE), Math.ceil(articles.length / SOURCES_PER_PAGE));
  return {
    query,
    terms,
    engagements,
    sources,
    page: { number, previous: number > 1 ? Math.min(number - 1, Math.max(1, last)) : null, next: number < last ? number + 1 : null, engagementTotal: groups.length, sourceTotal: articles.length },
  };
}

/** A matching fact, ranked: lower score is better (SQLite: bm25; PostgreSQL: minus ts_rank). */
interface RankedFact {
  rowid: number;
  kind: FactKind;
  engagementId: number;
  score: number;
  /** already made by the ranking query (PostgreSQL), else made for the page (SQLite) */
  snippet: string | null;
}

interface RankedArticle {
  id: number;
  score: number;
}

/** The dialect-specific part of search: ranking, then the text of the page's rows. */
interface Searcher {
  rankFacts(): Promise<RankedFact[]>;
  rankSources(): Promise<RankedArticle[]>;
  /** marked snippets of these facts (by rowid) */
  snippets(rowids: number[]): Promise<Map<number, string>>;
  sourceRows(articles: RankedArticle[]): Promise<ArticleRow[]>;
}

/** Ranked facts by engagement, in the order of each engagement's best fact. */
function groupByEngagement(facts: RankedFact[]): RankedFact[][] {
  const byEngagement = new Map<number, RankedFact[]>();
  for (const fact of facts) byEngagement.set(fact.engagementId, [...(byEngagement.get(fact.engagementId) ?? []), fact]);
  return [...byEngagement.values()];
}

/** ts_headline options: the same markers as SQLite's highlight(); facts get a short window like snippet(…, 24). */
const FACT_HEADLINE = `StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=24, MinWords=12`;
const FULL_HEADLINE = `StartSel=${OPEN}, StopSel=${CLOSE}, HighlightAll=true`;

/**
 * ts_headline marks every occurrence of every query word, phrase or not. Words separated by
 * white space only become one mark, as FTS5 marks a phrase; and when the query holds phrases
 * only, a mark shorter than its shortest phrase is no phrase match and is unmarked (with a
 * plain or prefix term in the query, a lone word may be that term, so every mark stays).
 */
export function toPhraseMarks(marked: string, terms: string[]): string {
  const joined = marked.replace(new RegExp(`${CLOSE}(\\s+)${OPEN}`, "g"), "$1");
  if (terms.some((term) => !term.startsWith('"'))) return joined;
  const shortest = Math.min(...terms.map((term) => term.split(" ").length));
  return joined.replace(new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, "g"), (mark, words: string) =>
    words.trim().split(/\s+/).length >= shortest ? mark : words,
  );
}

/**
 * PostgreSQL: the best facts by ts_rank with their headlines (short, and made for the candidates
 * only), the best articles by ts_rank over the weighted document (title A above text B), and for
 * the page's articles the whole title and text with every match marked, as SQLite's highlight().
 * Scores are the negated rank, so that lower is better on both databases.
 */
function postgresqlSearcher(db: Db, tsQuery: string, marks: (marked: string) => string): Searcher {
  return {
    async rankFacts() {
      const visible = visibleFactSearchSql("f");
      const rows = await db.$queryRaw<{ rowid: number | bigint; kind: FactKind; engagementId: number | bigint; snippet: string; score: number }[]>`
        WITH "query" AS (SELECT to_tsquery('english', ${tsQuery}) AS "q"),
        "hits" AS (
          SELECT f."rowid", ts_rank(f."document", "query"."q") AS "rank"
          FROM "FactSearch" f ${visible.joins}, "query" WHERE f."document" @@ "query"."q" AND ${visible.condition}
          ORDER BY "rank" DESC, f."rowid" LIMIT ${CANDIDATE_FACTS})
        SELECT f."rowid", f."kind", f."engagementId", ts_headline('english', f."body", "query"."q", ${FACT_HEADLINE}) AS "snippet",
               -"hits"."rank"::float8 AS "score"
        FROM "hits" JOIN "FactSearch" f ON f."rowid" = "hits"."rowid", "query"
        ORDER BY "hits"."rank" DESC, f."rowid"`;
      return rows.map((row) => ({ rowid: Number(row.rowid), kind: row.kind, engagementId: Number(row.engagementId), score: row.score, snippet: marks(row.snippet) }));
    },
    async rankSources() {
      const rows = await db.$queryRaw<{ id: number | bigint; score: number }[]>`
        SELECT a."id", -ts_rank(a."searchDocument", to_tsquery('english', ${tsQuery}))::float8 AS "score"
        FROM "Article" a WHERE a."searchDocument" @@ to_tsquery('english', ${tsQuery})
        ORDER BY "score", a."id" LIMIT ${CANDIDATE_SOURCES}`;
      return rows.map((row) => ({ id: Number(row.id), score: row.score }));
    },
    snippets: async () => new Map(),
    async sourceRows(articles) {
      if (articles.length === 0) return [];
      const rows = await db.$queryRaw<Omit<ArticleRow, "score">[]>`
        WITH "query" AS (SELECT to_tsquery('english', ${tsQuery}) AS "q")
        SELECT a."id", a."slug", a."publisher", a."published", a."title",
          CASE WHEN a."title" IS NULL THEN NULL ELSE ts_headline('english', a."title", "query"."q", ${FULL_HEADLINE}) END AS "titleMarked",
          ts_headline('english', a."cleanedText", "query"."q", ${FULL_HEADLINE}) AS "textMarked"
        FROM "Article" a, "query" WHERE a."id" IN (${Prisma.join(articles.map((article) => article.id))})`;
      return inRankOrder(articles, rows.map((row) => ({ ...row, titleMarked: row.titleMarked === null ? null : marks(row.titleMarked), textMarked: marks(row.textMarked) })));
    },
  };
}

/** Rows of the ranked articles, in rank order, each with its score. */
function inRankOrder(articles: RankedArticle[], rows: Omit<ArticleRow, "score">[]): ArticleRow[] {
  return articles.flatMap((article) => {
    const row = rows.find((candidate) => Number(candidate.id) === article.id);
    return row === undefined ? [] : [{ ...row, score: article.score }];
  });
}

/**
 * SQLite (FTS5): ranking reads bm25 scores only, never the Article rows (16,000 of them for a
 * common word); snippet() and highlight() run for the page's rows alone (rowid IN the page's ids,
 * with MATCH so the functions see the query). Facts of rejected engagements and rejected facts
 * are dropped from the ranked candidates (visibleFactSearchSql on 500 rows, not on every match:
 * a hidden fact among the best 500 leaves one candidate fewer, never shows).
 */
function sqliteSearcher(db: Db, match: string): Searcher {
  return {
    async rankFacts() {
      const visible = visibleFactSearchSql('"ranked"');
      const rows = await db.$queryRaw<{ rowid: number | bigint; kind: FactKind; engagementId: number | bigint; score: number }[]>`
        SELECT "ranked"."rowid" AS "rowid", "ranked"."kind" AS "kind", "ranked"."engagementId" AS "engagementId", "ranked"."score" AS "score"
        FROM (
          SELECT "FactSearch"."rowid" AS "rowid", "FactSearch"."kind" AS "kind", "FactSearch"."engagementId" AS "engagementId", bm25("FactSearch") AS "score"
          FROM "FactSearch" WHERE "FactSearch" MATCH ${match}
          ORDER BY "score" LIMIT ${CANDIDATE_FACTS}
        ) "ranked" ${visible.joins}
        WHERE ${visible.condition}
        ORDER BY "ranked"."score", "ranked"."rowid"`;
      return rows.map((row) => ({ rowid: Number(row.rowid), kind: row.kind, engagementId: Number(row.engagementId), score: row.score, snippet: null }));
    },
    async rankSources() {
      const rows = await db.$queryRaw<{ id: number | bigint; score: number }[]>`
        SELECT "ArticleSearch"."rowid" AS "id", bm25("ArticleSearch", 4.0, 1.0) AS "score"
        FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match}
        ORDER BY "score" LIMIT ${CANDIDATE_SOURCES}`;
      return rows.map((row) => ({ id: Number(row.id), score: row.score }));
    },
    async snippets(rowids) {
      if (rowids.length === 0) return new Map();
      const rows = await db.$queryRaw<{ rowid: number | bigint; snippet: string }[]>`
        SELECT "FactSearch"."rowid" AS "rowid", snippet("FactSearch", 2, ${OPEN}, ${CLOSE}, '…', 24) AS "snippet"
        FROM "FactSearch" WHERE "FactSearch" MATCH ${match} AND "FactSearch"."rowid" IN (${Prisma.join(rowids)})`;
      return new Map(rows.map((row) => [Number(row.rowid), row.snippet]));
    },
    async sourceRows(articles) {
      if (articles.length === 0) return [];
      const rows = await db.$queryRaw<Omit<ArticleRow, "score">[]>`
        SELECT a."id", a."slug", a."publisher", a."published", a."title",
          highlight("ArticleSearch", 0, ${OPEN}, ${CLOSE}) AS "titleMarked",
          highlight("ArticleSearch", 1, ${OPEN}, ${CLOSE}) AS "textMarked"
        FROM "ArticleSearch" JOIN "Article" a ON a."id" = "ArticleSearch"."rowid"
        WHERE "ArticleSearch" MATCH ${match} AND "ArticleSearch"."rowid" IN (${Prisma.join(articles.map((article) => article.id))})`;
      return inRankOrder(articles, rows);
    },
  };
}

/** The page's engagements, each with its best matching facts and their snippets. */
async function toEngagementHits(db: Db, search: Searcher, groups: RankedFact[][]): Promise<EngagementHit[]> {
  const shown = groups.map((facts) => facts.slice(0, FACTS_PER_ENGAGEMENT));
  const [engagements, snippets] = await Promise.all([
    db.engagement.findMany({
      where: { id: { in: groups.map((facts) => facts[0]!.engagementId) }, ...VISIBLE },
      select: { id: true, slug: true, title: true, startDate: true, endDate: true, datePrecision: true },
    }),
    search.snippets(shown.flat().filter((fact) => fact.snippet === null).map((fact) => fact.rowid)),
  ]);
  return shown.flatMap((facts, index) => {
    const engagement = engagements.find((row) => row.id === facts[0]!.engagementId);
    if (engagement === undefined) return [];
    return [
      {
        slug: engagement.slug,
        title: engagement.title,
        date: toDateView(engagement),
        href: `/engagements/${engagement.slug}`,
        score: facts[0]!.score,
        facts: facts.map((fact) => ({ kind: fact.kind, snippet: parseMarked(fact.snippet ?? snippets.get(fact.rowid) ?? "").segments })),
        factCount: groups[index]!.length,
      },
    ];
  });
}

interface ArticleRow {
  id: number | bigint;
  slug: string;
  publisher: string | null;
  published: string | null;
  title: string | null;
  titleMarked: string | null;
  textMarked: string;
  score: number;
}

async function toSourceHits(db: Db, rows: ArticleRow[]): Promise<SourceHit[]> {
  const evidence = await db.evidence.findMany({
    where: { articleId: { in: rows.map((row) => Number(row.id)) }, ...VISIBLE_EVIDENCE },
    select: { id: true, articleId: true, start: true, end: true, engagement: { select: { slug: true, title: true } } },
  });
  return rows.map((row) => {
    const text = parseMarked(row.textMarked);
    const spans = evidence.filter((span) => span.articleId === Number(row.id));
    return {
      slug: row.slug,
      title: row.titleMarked === null ? [{ text: row.slug, match: false }] : parseMarked(row.titleMarked).segments,
      publisher: row.publisher,
      published: row.published,
      href: `/sources/${row.slug}`,
      score: row.score,
      matchCount: text.ranges.length,
      passages: cutPassages(text.plain, text.ranges).map((passage) => toSourcePassage(row.slug, text.plain, passage, spans)),
    };
  });
}

interface Range {
  start: number;
  end: number;
}

/** Marked text → the plain text, its match ranges (offsets in the plain text) and segments. */
export function parseMarked(marked: string): { plain: string; ranges: Range[]; segments: TextSegment[] } {
  const ranges: Range[] = [];
  const segments: TextSegment[] = [];
  let plain = "";
  let inside = false;
  for (const piece of marked.split(/([\u0002\u0003])/)) {
    if (piece === OPEN || piece === CLOSE) {
      inside = piece === OPEN;
      continue;
    }
    if (piece === "") continue;
    if (inside) ranges.push({ start: plain.length, end: plain.length + piece.length });
    segments.push({ text: piece, match: inside });
    plain += piece;
  }
  return { plain, ranges, segments };
}

interface Passage extends Range {
  matches: Range[];
}

/** Windows of context around the matches; matches close together share one window. */
export function cutPassages(text: string, matches: Range[], limit = PASSAGES_PER_SOURCE): Passage[] {
  const passages: Passage[] = [];
  for (const match of matches) {
    const last = passages.at(-1);
    if (last && match.start < last.end && match.end + PASSAGE_CONTEXT - last.start <= PASSAGE_MAX) {
      last.end = Math.min(text.length, snapForward(text, match.end + PASSAGE_CONTEXT));
      last.matches.push(match);
      continue;
    }
    if (passages.length === limit) break;
    passages.push({
      start: Math.max(0, snapBackward(text, match.start - PASSAGE_CONTEXT)),
      end: Math.min(text.length, snapForward(text, match.end + PASSAGE_CONTEXT)),
      matches: [match],
    });
  }
  return passages;
}

/** Moves a cut to the next word boundary so passages do not start or end mid-word. */
function snapBackward(text: string, index: number): number {
  if (index <= 0) return 0;
  const space = text.lastIndexOf(" ", index);
  return space === -1 ? index : space + 1;
}

function snapForward(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const space = text.indexOf(" ", index);
  return space === -1 ? text.length : space;
}

interface EvidenceSpan extends Range {
  id: number;
  engagement: { slug: string; title: string };
}

function toSourcePassage(slug: string, text: string, passage: Passage, spans: EvidenceSpan[]): SourcePassage {
  const evidence = innermostEvidence(passage.matches, spans);
  return {
    snippet: segmentPassage(text, passage),
    href: evidence === null ? `/sources/${slug}` : `/sources/${slug}#ev-${evidence.id}`,
    evidenceId: evidence?.id ?? null,
    engagement: evidence?.engagement ?? null,
  };
}

/** The shortest evidence span overlapping the first match that has any. */
export function innermostEvidence<T extends Range>(matches: Range[], spans: T[]): T | null {
  for (const match of matches) {
    const overlapping = spans.filter((span) => span.start < match.end && span.end > match.start);
    if (overlapping.length > 0) return overlapping.reduce((best, span) => (span.end - span.start < best.end - best.start ? span : best));
  }
  return null;
}

/** The passage as plain and matched segments, with ellipses where it cuts the article. */
function segmentPassage(text: string, passage: Passage): TextSegment[] {
  const segments: TextSegment[] = passage.start > 0 ? [{ text: "…", match: false }] : [];
  let cursor = passage.start;
  for (const match of passage.matches) {
    if (match.start > cursor) segments.push({ text: text.slice(cursor, match.start), match: false });
    segments.push({ text: text.slice(match.start, match.end), match: true });
    cursor = match.end;
  }
  if (cursor < passage.end) segments.push({ text: text.slice(cursor, passage.end), match: false });
  if (passage.end < text.length) segments.push({ text: "…", match: false });
  return segments;
}
