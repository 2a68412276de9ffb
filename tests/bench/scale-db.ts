import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ENGAGEMENT_KINDS, OUTCOME_STATUSES } from "@/lib/taxonomy/enums";
import { TOPICS } from "@/lib/taxonomy/topics";
import { mulberry32 } from "./synthetic-corpus";

/**
 * A database of N engagements with a realistic shape — people on both sides, places with
 * coordinates, topics from the taxonomy, outcomes, articles whose text holds every quoted
 * excerpt at its offsets, about ten evidence rows per engagement, some engagements undated —
 * written straight through SQL in one transaction (no extraction), for the scale benchmark.
 * Deterministic: the same N gives the same database. The migrations are the project's own,
 * so the FTS triggers and indexes are maintained exactly as in production.
 */

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

const GIVEN = ["Alex", "Jordan", "Morgan", "Casey", "Taylor", "Riley", "Avery", "Quinn", "Harper", "Rowan", "Emerson", "Finley", "Hayden", "Kendall", "Logan", "Parker"];
const FAMILY = ["Ashford", "Bramley", "Carver", "Dalton", "Ellery", "Fairfax", "Garland", "Hollis", "Irving", "Jessup", "Kimball", "Lowell", "Mercer", "Norwood", "Oakley", "Prescott", "Radley", "Sterling", "Thorne", "Upton", "Vance", "Whitlock", "Yardley", "Zeller"];
const CN_FAMILY = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo"];
const CN_GIVEN = ["Wei", "Fang", "Min", "Jun", "Hua", "Lei", "Ning", "Tao", "Yan", "Bo", "Qiang", "Ling", "Hao", "Jie", "Xin", "Yu", "Kai", "Rui", "Zhen", "Hong"];
const US_TITLES = ["Secretary of State", "Treasury Secretary", "Commerce Secretary", "Defense Secretary", "National Security Adviser", "Trade Representative", "Deputy Secretary of State", "Climate Envoy"];
const CN_TITLES = ["Foreign Minister", "Vice Premier", "Commerce Minister", "Defense Minister", "Director of the Foreign Affairs Office", "Vice Foreign Minister", "Ambassador", "Special Envoy"];
const PLACES = [
  ["Beijing", "China", 39.9, 116.4], ["Washington", "United States", 38.9, -77.04], ["Shanghai", "China", 31.23, 121.47], ["New York", "United States", 40.71, -74.0],
  ["Geneva", "Switzerland", 46.2, 6.14], ["Singapore", "Singapore", 1.35, 103.82], ["Bali", "Indonesia", -8.34, 115.09], ["Vienna", "Austria", 48.21, 16.37],
  ["Stockholm", "Sweden", 59.33, 18.07], ["Kuala Lumpur", "Malaysia", 3.14, 101.69], ["London", "United Kingdom", 51.5, -0.12], ["Tianjin", "China", 39.13, 117.2],
  ["San Francisco", "United States", 37.77, -122.42], ["Jakarta", "Indonesia", -6.2, 106.85], ["Lima", "Peru", -12.05, -77.04], ["Rome", "Italy", 41.9, 12.5],
] as const;
const KINDS = Object.keys(ENGAGEMENT_KINDS);
const STATUSES = Object.keys(OUTCOME_STATUSES);
const VERBS = ["resume", "expand", "review", "launch", "strengthen", "continue", "restart", "establish"];
const OBJECTS = ["working-level talks", "a joint working group", "regular consultations", "expert exchanges", "a dialogue mechanism", "student exchanges", "a crisis hotline", "information sharing"];

export interface ScaleShape {
  engagements: number;
  people: number;
  places: number;
  articles: number;
  evidence: number;
}

/** Builds (or reuses, when complete) the database of `count` engagements at `file`. */
export function ensureScaleDatabase(file: string, count: number, log: (line: string) => void = () => {}): ScaleShape {
  const migrations = readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  if (existsSync(file)) {
    const existing = new Database(file, { readonly: true });
    try {
      // user_version is set in the same transaction as the data: non-zero means complete;
      // application_id counts the migrations it was built with, so a new index means a rebuild.
      if (existing.pragma("user_version", { simple: true }) === count && existing.pragma("application_id", { simple: true }) === migrations.length) return shapeOf(existing);
    } finally {
      existing.close();
    }
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${partial}${suffix}`, { force: true });
  const sqlite = new Database(partial);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -200000");
  for (const migration of migrations) {
    sqlite.exec(readFileSync(path.join(MIGRATIONS_DIR, migration, "migration.sql"), "utf8"));
  }
  const started = Date.now();
  sqlite.transaction(() => fill(sqlite, count, log))();
  sqlite.pragma(`user_version = ${count}`);
  sqlite.pragma(`application_id = ${migrations.length}`);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("ANALYZE");
  const shape = shapeOf(sqlite);
  sqlite.close();
  for (const suffix of ["-wal", "-shm"]) rmSync(`${partial}${suffix}`, { force: true });
  renameSync(partial, file);
  log(`built ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return shape;
}

function shapeOf(sqlite: Database.Database): ScaleShape {
  const count = (table: string) => Number((sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n);
  return { engagements: count("Engagement"), people: count("Person"), places: Number((sqlite.prepare(`SELECT COUNT(DISTINCT "placeName") AS n FROM "Engagement"`).get() as { n: number }).n), articles: count("Article"), evidence: count("Evidence") };
}

interface Quote {
  start: number;
  end: number;
}

/** Article text assembled piece by piece, remembering where each quoted piece landed. */
class TextBuilder {
  text = "";
  add(piece: string): Quote {
    const start = this.text.length;
    this.text += piece;
    return { start, end: this.text.length };
  }
}

function fill(sqlite: Database.Database, count: number, log: (line: string) => void): void {
  const rand = mulberry32(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const now = new Date().toISOString();

  const topicIds = new Map<string, number>();
  const insertTopic = sqlite.prepare(`INSERT INTO "Topic" ("slug", "name", "description", "parentId") VALUES (?, ?, ?, ?)`);
  for (const topic of [...TOPICS].sort((a, b) => Number(a.parent !== undefined) - Number(b.parent !== undefined))) {
    topicIds.set(topic.slug, Number(insertTopic.run(topic.slug, topic.name, topic.description, topic.parent ? topicIds.get(topic.parent)! : null).lastInsertRowid));
  }
  const topics = TOPICS.map((topic) => ({ id: topicIds.get(topic.slug)!, name: topic.name }));

  // A person per 50 engagements (at least 60): 100,000 engagements → 2,000 people on two sides.
  const peopleCount = Math.max(60, Math.round(count / 50));
  const insertPerson = sqlite.prepare(`INSERT INTO "Person" ("slug", "name", "side") VALUES (?, ?, ?)`);
  const people: { id: number; name: string; side: "US" | "CN"; title: string }[] = [];
  for (let index = 0; index < peopleCount; index += 1) {
    const side = index % 2 === 0 ? "US" : "CN";
    const name = side === "US" ? `${GIVEN[index % GIVEN.length]} ${FAMILY[Math.floor(index / 2) % FAMILY.length]} ${index}` : `${CN_FAMILY[Math.floor(index / 2) % CN_FAMILY.length]} ${CN_GIVEN[index % CN_GIVEN.length]} ${index}`;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    people.push({ id: Number(insertPerson.run(slug, name, side).lastInsertRowid), name, side, title: side === "US" ? pick(US_TITLES) : pick(CN_TITLES) });
  }
  const us = people.filter((person) => person.side === "US");
  const cn = people.filter((person) => person.side === "CN");
  // A few hundred distinct places at scale: the known cities plus numbered venues around them.
  const placeCount = Math.max(PLACES.length, Math.round(count / 200));
  const places = Array.from({ length: placeCount }, (_, index) => {
    const [city, country, latitude, longitude] = PLACES[index % PLACES.length]!;
    return index < PLACES.length
      ? { name: city, country, latitude, longitude }
      : { name: `${city} venue ${Math.floor(index / PLACES.length)}`, country, latitude: latitude + rand() - 0.5, longitude: longitude + rand() - 0.5 };
  });

  const insertArticle = sqlite.prepare(
    `INSERT INTO "Article" ("slug", "sha256", "title", "publisher", "url", "published", "publishedSource", "language", "origin", "fileName", "rawText", "cleanedText", "ingestedAt", "extractedAt")
     VALUES (?, ?, ?, ?, ?, ?, 'given', 'en', 'ingested', ?, ?, ?, ?, ?)`,
  );
  const insertEngagement = sqlite.prepare(
    `INSERT INTO "Engagement" ("slug", "title", "kind", "status", "startDate", "endDate", "datePrecision", "placeName", "placeCountry", "latitude", "longitude", "summary", "origin", "confidence", "createdAt")
     VALUES (?, ?, ?, ?, ?, NULL, 'day', ?, ?, ?, ?, ?, 'extracted', ?, ?)`,
  );
  const insertParticipation = sqlite.prepare(`INSERT INTO "Participation" ("engagementId", "personId", "title", "origin", "confidence") VALUES (?, ?, ?, 'extracted', 0.8)`);
  const insertTopicLink = sqlite.prepare(`INSERT INTO "EngagementTopic" ("engagementId", "topicId", "origin", "confidence") VALUES (?, ?, 'extracted', 0.7)`);
  const insertOutcome = sqlite.prepare(`INSERT INTO "Outcome" ("engagementId", "statement", "topicId", "status", "side", "origin", "confidence") VALUES (?, ?, ?, ?, ?, 'extracted', 0.6)`);
  const insertEvidence = sqlite.prepare(
    `INSERT INTO "Evidence" ("articleId", "engagementId", "factType", "participationId", "topicLinkId", "outcomeId", "claim", "exact", "prefix", "suffix", "start", "end", "origin")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'extracted')`,
  );

  const firstDay = Date.UTC(2000, 0, 1);
  const span = Date.UTC(2025, 11, 31) - firstDay;
  let written = 0;
  // Two engagements per article: 100,000 engagements → 50,000 articles.
  for (let articleIndex = 0; written < count; articleIndex += 1) {
    const text = new TextBuilder();
    type Pending = { factType: string; quote: Quote; participationId?: number; topicLinkId?: number; outcomeId?: number; claim?: string; engagementId: number };
    const pending: Pending[] = [];
    const planned: { slug: string; title: string; kind: string; startDate: string | null; place: (typeof places)[number] | null; summary: string }[] = [];
    const engagementsHere = Math.min(2, count - written);
    const participants: (typeof people)[number][][] = [];
    const topicChoices: (typeof topics)[number][][] = [];
    const outcomeChoices: { statement: string; topic: (typeof topics)[number]; status: string; side: string }[][] = [];
    const quotes: { date: Quote | null; place: Quote | null; people: Quote[][]; topics: Quote[]; outcomes: Quote[] }[] = [];
    let published = "2000-01-01";

    for (let local = 0; local < engagementsHere; local += 1) {
      const index = written + local;
      const undated = rand() < 0.03;
      const day = new Date(firstDay + Math.floor(rand() * span)).toISOString().slice(0, 10);
      if (!undated && day > published) published = day;
      const place = rand() < 0.05 ? null : places[Math.floor(Math.pow(rand(), 2) * places.length)]!;
      const who = [pick(us), pick(cn), rand() < 0.5 ? pick(us) : pick(cn)].filter((person, position, list) => list.indexOf(person) === position);
      const chosenTopics = [pick(topics), pick(topics)].filter((topic, position, list) => list.indexOf(topic) === position);
      const outcomes = Array.from({ length: rand() < 0.5 ? 1 : 2 }, () => ({
        statement: `The two sides agreed to ${pick(VERBS)} ${pick(OBJECTS)} on ${chosenTopics[0]!.name.toLowerCase()}`,
        topic: chosenTopics[0]!,
        status: pick(STATUSES),
        side: pick(["US", "CN", "both"]),
      }));
      const kind = pick(KINDS);
      const title = `${who[0]!.name} meets ${who[1]!.name}${place ? ` in ${place.name}` : ""}`;
      planned.push({ slug: `scale-${index + 1}`, title, kind, startDate: undated ? null : day, place, summary: `${title} to discuss ${chosenTopics.map((topic) => topic.name.toLowerCase()).join(" and ")}.` });
      participants.push(who);
      topicChoices.push(chosenTopics);
      outcomeChoices.push(outcomes);

      const date = undated ? null : (text.add("On "), text.add(day));
      if (undated) text.add("At an unannounced date");
      text.add(", ");
      const peopleQuotes: Quote[][] = who.map(() => []);
      who.forEach((person, position) => {
        if (position > 0) text.add(position === who.length - 1 ? " and " : ", ");
        text.add(`${person.title} `);
        peopleQuotes[position]!.push(text.add(person.name));
      });
      text.add(" held talks");
      const placeQuote = place ? (text.add(" in "), text.add(place.name)) : null;
      text.add(". They discussed ");
      const topicQuotes = chosenTopics.map((topic, position) => (position > 0 && text.add(" and "), text.add(topic.name.toLowerCase())));
      text.add(". ");
      const outcomeQuotes = outcomes.map((outcome) => {
        const quote = text.add(outcome.statement);
        text.add(". ");
        return quote;
      });
      // Each participant is named a second time, so most participations have two excerpts.
      who.forEach((person, position) => {
        peopleQuotes[position]!.push(text.add(person.name));
        text.add(position === 0 ? " called the meeting candid. " : " said the talks were useful. ");
      });
      text.add("\n\n");
      quotes.push({ date, place: placeQuote, people: peopleQuotes, topics: topicQuotes, outcomes: outcomeQuotes });
    }

    const body = text.text;
    const articleId = Number(
      insertArticle.run(`scale-article-${articleIndex + 1}`, createHash("sha256").update(`${articleIndex}\n${body}`).digest("hex"), `Talks report ${articleIndex + 1}`, pick(["Wire Service", "Daily Record", "Policy Weekly"]), `https://example.org/scale/${articleIndex + 1}`, published, `scale-${articleIndex + 1}.txt`, body, body, now, now).lastInsertRowid,
    );

    planned.forEach((engagement, local) => {
      const engagementId = Number(
        insertEngagement.run(engagement.slug, engagement.title, engagement.kind, rand() < 0.9 ? "held" : "planned", engagement.startDate, engagement.place?.name ?? null, engagement.place?.country ?? null, engagement.place?.latitude ?? null, engagement.place?.longitude ?? null, engagement.summary, 0.5 + rand() / 2, now).lastInsertRowid,
      );
      const quote = quotes[local]!;
      participants[local]!.forEach((person, position) => {
        const participationId = Number(insertParticipation.run(engagementId, person.id, person.title).lastInsertRowid);
        for (const where of quote.people[position]!) pending.push({ factType: "participation", quote: where, participationId, engagementId });
      });
      topicChoices[local]!.forEach((topic, position) => {
        const topicLinkId = Number(insertTopicLink.run(engagementId, topic.id).lastInsertRowid);
        pending.push({ factType: "topic", quote: quote.topics[position]!, topicLinkId, engagementId });
      });
      outcomeChoices[local]!.forEach((outcome, position) => {
        const outcomeId = Number(insertOutcome.run(engagementId, outcome.statement, outcome.topic.id, outcome.status, outcome.side).lastInsertRowid);
        pending.push({ factType: "outcome", quote: quote.outcomes[position]!, outcomeId, engagementId });
      });
      if (quote.date) pending.push({ factType: "date", quote: quote.date, claim: engagement.startDate!, engagementId });
      if (quote.place) pending.push({ factType: "place", quote: quote.place, claim: engagement.place!.name, engagementId });
    });
    for (const row of pending) {
      const { start, end } = row.quote;
      insertEvidence.run(articleId, row.engagementId, row.factType, row.participationId ?? null, row.topicLinkId ?? null, row.outcomeId ?? null, row.claim ?? null, body.slice(start, end), body.slice(Math.max(0, start - 32), start), body.slice(end, end + 32), start, end);
    }
    written += engagementsHere;
    if (written % 10_000 === 0 || written === count) log(`  ${written.toLocaleString("en-US")} / ${count.toLocaleString("en-US")} engagements`);
  }
  sqlite.prepare(`UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1`).run();
}
