import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { extractArticle, TIMED_OUT } from "@/lib/extract";
import { CORPUS_DIR } from "@/lib/store/corpus";
import { ingestArticle } from "@/lib/store/ingest-article";
import { ingestBatch, ingestSources, type ArticleSource } from "@/lib/store/ingest-batch";
import { seedDatabase, writeTopics } from "@/lib/store/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/database";

const TMP = path.join(process.cwd(), "tests", ".tmp", `ingest-${process.pid}`);

async function rowCounts(db: Db) {
  return {
    articles: await db.article.count(),
    engagements: await db.engagement.count(),
    participations: await db.participation.count(),
    topics: await db.engagementTopic.count(),
    outcomes: await db.outcome.count(),
    evidence: await db.evidence.count(),
  };
}

/** For each fact, how many distinct articles support it (the corroboration count shown). */
async function corroboration(db: Db): Promise<Map<string, number>> {
  const rows = await db.evidence.findMany({ select: { articleId: true, factType: true, engagementId: true, participationId: true, topicLinkId: true, outcomeId: true } });
  const articlesByFact = new Map<string, Set<number>>();
  for (const row of rows) {
    const fact = `${row.factType}:${row.engagementId}:${row.participationId ?? row.topicLinkId ?? row.outcomeId ?? ""}`;
    articlesByFact.set(fact, (articlesByFact.get(fact) ?? new Set()).add(row.articleId));
  }
  return new Map([...articlesByFact].map(([fact, articles]) => [fact, articles.size]));
}

const silent = () => {};

beforeAll(() => mkdirSync(TMP, { recursive: true }));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("analysis threads", () => {
  const databases: TestDatabase[] = [];
  afterAll(() => Promise.all(databases.map((database) => database.close())));

  it("store exactly what the writer alone stores: the same rows and the same corroboration", async () => {
    const stored = [];
    for (const analysisThreads of [0, 2]) {
      const test = createTestDatabase(`ingest-threads-${analysisThreads}`);
      databases.push(test);
      await test.db.$transaction((tx) => writeTopics(tx));
      // The seeds twice (the second time already present) and an article in another language.
      const foreign = path.join(TMP, `threads-${analysisThreads}`, "otra.txt");
      mkdirSync(path.dirname(foreign), { recursive: true });
      writeFileSync(foreign, "El secretario de Estado se reunió con el ministro de Asuntos Exteriores en Pekín el lunes para hablar de comercio y de la guerra.");
      const summary = await ingestBatch(test.db, [CORPUS_DIR, CORPUS_DIR, foreign], silent, {}, { analysisThreads });
      expect(summary).toMatchObject({ ingested: 6, alreadyPresent: 5, failed: [] });
      const engagements = await test.db.engagement.findMany({ select: { slug: true, startDate: true, placeName: true }, orderBy: { slug: "asc" } });
      stored.push({ counts: await rowCounts(test.db), engagements, corroboration: [...(await corroboration(test.db))].sort() });
    }
    expect(stored[1]).toEqual(stored[0]);
    expect(stored[0]?.counts.evidence).toBeGreaterThan(0);
  });
});

describe("ingesting the seed articles into an empty database", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("ingest-empty");
    await test.db.$transaction((tx) => writeTopics(tx));
  });
  afterAll(() => test.close());

  it("stores every article with engagements, and a second run changes nothing", async () => {
    const first = await ingestBatch(test.db, [CORPUS_DIR], silent);
    expect(first).toMatchObject({ ingested: 5, alreadyPresent: 0, failed: [] });
    const dated = await test.db.engagement.findMany({ select: { startDate: true, placeName: true } });
    expect(dated).toEqual(expect.arrayContaining([{ startDate: "2021-03-18", placeName: "Anchorage" }, expect.objectContaining({ startDate: "2023-11-15" })]));
    const after = await rowCounts(test.db);

    const second = await ingestBatch(test.db, [CORPUS_DIR], silent);
    expect(second).toMatchObject({ ingested: 0, alreadyPresent: 5, failed: [], engagementsCreated: 0, engagementsMerged: 0 });
    expect(await rowCounts(test.db)).toEqual(after);
  });

  it("marks every stored fact as extracted, with a confidence", async () => {
    expect(await test.db.engagement.count({ where: { OR: [{ origin: { not: "extracted" } }, { confidence: null }] } })).toBe(0);
    expect(await test.db.evidence.count({ where: { origin: { not: "extracted" } } })).toBe(0);
  });

  it("anchors every extracted excerpt in the article text", async () => {
    const evidence = await test.db.evidence.findMany({ include: { article: { select: { cleanedText: true } } } });
    for (const row of evidence) expect(row.article.cleanedText.slice(row.start, row.end)).toBe(row.exact);
  });
});

describe("ingesting the seed articles into the curated database", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("ingest-curated");
    await seedDatabase(test.db);
  });
  afterAll(() => test.close());

  it("raises corroboration counts without adding a duplicate engagement or overwriting reviewed facts", async () => {
    const before = await corroboration(test.db);
    const reviewed = await test.db.engagement.findMany({ orderBy: { id: "asc" } });
    const summary = await ingestBatch(test.db, [CORPUS_DIR], silent);
    expect(summary.failed).toEqual([]);
    expect(summary.engagementsMerged).toBeGreaterThanOrEqual(5);

    // Linkage needs strong evidence: what an article reports without a date, a place or officials of both sides is new, for review.
    const created = await test.db.engagement.findMany({
      where: { id: { notIn: reviewed.map((engagement) => engagement.id) } },
      include: { participations: { include: { person: { select: { side: true } } } } },
    });
    expect(created).toHaveLength(summary.engagementsCreated);
    for (const engagement of created) {
      const sides = new Set(engagement.participations.map((participation) => participation.person.side));
      expect(engagement.origin).toBe("extracted");
      expect(engagement.startDate === null || engagement.placeName === null || !(sides.has("US") && sides.has("CN")), engagement.title).toBe(true);
    }
    const stillReviewed = await test.db.engagement.findMany({ where: { id: { in: reviewed.map((engagement) => engagement.id) } }, orderBy: { id: "asc" } });
    expect(stillReviewed).toEqual(reviewed);
    const after = await corroboration(test.db);
    const raised = [...before].filter(([fact, count]) => (after.get(fact) ?? 0) > count);
    expect(raised.length).toBeGreaterThan(0);
    for (const [fact, count] of before) expect(after.get(fact), fact).toBeGreaterThanOrEqual(count);
  });
});

describe("ingesting one article", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("ingest-one");
    await test.db.$transaction((tx) => writeTopics(tx));
  });
  afterAll(() => test.close());

  it("stores a non-English article flagged and unextracted", async () => {
    const greek = "Ο υπουργός Εξωτερικών συναντήθηκε με τον ομόλογό του στο Πεκίνο την Τρίτη. Οι δύο πλευρές συζήτησαν το εμπόριο και την ασφάλεια στην περιοχή, σύμφωνα με ανακοίνωση του υπουργείου.";
    const result = await ingestArticle(test.db, greek, { fileName: "greek.txt" });
    expect(result).toMatchObject({ status: "ingested", language: "el", engagementsCreated: 0 });
    const article = await test.db.article.findFirstOrThrow({ where: { fileName: "greek.txt" } });
    expect(article.language).toBe("el");
    expect(article.extractionNote).toMatch(/not extracted/);
  });

  it("stores an article without a US–China engagement and says so", async () => {
    const text =
      "City council approves harbor budget\n\nJUNEAU — The city council approved a harbor budget on Tuesday after a long debate over moorage fees and a new breakwater. Members said the vote would allow repairs to begin in the spring.";
    const result = await ingestArticle(test.db, text, { fileName: "council.txt" });
    expect(result).toMatchObject({ status: "ingested", engagementsCreated: 0, engagementsMerged: 0, note: "no US–China engagement found in this article" });
  });

  it("writes nothing when an extracted quote does not match the text", async () => {
    const before = await rowCounts(test.db);
    const text =
      "Blinken meets Wang Yi\n\nBEIJING — Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday, and the two sides agreed to resume talks on fentanyl.";
    const corrupt = (prepared: Parameters<typeof extractArticle>[0]) => {
      const extraction = extractArticle(prepared);
      const first = extraction.engagements[0];
      if (!first) throw new Error("expected the sample to yield an engagement");
      const evidence = first.participants[0]?.evidence[0];
      if (evidence) evidence.exact = "words that are not there";
      return extraction;
    };
    const error = await ingestArticle(test.db, text, { fileName: "corrupt.txt", published: "2023-06-20" }, corrupt).catch((thrown: unknown) => thrown);
    expect(isAppError(error) && error.code).toBe("INVALID_DATA");
    expect(await rowCounts(test.db)).toEqual(before);
  });
});

describe("bad input in a batch", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("ingest-bad");
    await test.db.$transaction((tx) => writeTopics(tx));
  });
  afterAll(() => test.close());

  it("reports each bad file in one line, continues past it and writes nothing for it", async () => {
    const dir = path.join(TMP, "bad");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "a-empty.txt"), "");
    writeFileSync(path.join(dir, "b-binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xff]));
    writeFileSync(path.join(dir, "c-invalid-utf8.txt"), Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x20, 0xa0, 0xa1]));
    writeFileSync(path.join(dir, "d-huge.txt"), Buffer.alloc(20 * 1024 * 1024, 0x61));
    writeFileSync(path.join(dir, "e-good.txt"), "Blinken meets Wang Yi\n\nBEIJING — Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday, and the two sides agreed to resume talks on fentanyl.");
    writeFileSync(path.join(dir, "f-vanishing.txt"), "This file is deleted before it is read.");
    writeFileSync(
      path.join(dir, "h-scripts-around-story.html"),
      "<html><head><title>Talks</title><script>var tracking = 'Xi Jinping';</script></head><body><nav>Home</nav><article><h1>Officials meet</h1><p>Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Monday.</p><script>alert('inline')</script><p>The two sides agreed to keep talking.</p></article></body></html>",
    );
    writeFileSync(
      path.join(dir, "g-scripts.html"),
      "<html><head><script>alert(1)</script><style>p{}</style></head><body><script>document.write('x')</script><noscript>Enable JS</noscript></body></html>",
    );

    const lines: string[] = [];
    // No analysis threads: each file is read at its turn, so the one deleted meanwhile is gone when its turn comes.
    const summary = await ingestBatch(
      test.db,
      [dir, path.join(TMP, "missing.txt")],
      (line) => {
        lines.push(line);
        if (line.includes("e-good.txt")) rmSync(path.join(dir, "f-vanishing.txt"));
      },
      {},
      { analysisThreads: 0 },
    );

    expect(summary.ingested).toBe(2);
    const failedFiles = summary.failed.map((reason) => path.basename(reason.split(":")[0] ?? ""));
    expect(failedFiles).toEqual(["a-empty.txt", "b-binary.txt", "c-invalid-utf8.txt", "d-huge.txt", "f-vanishing.txt", "g-scripts.html", "missing.txt"]);
    for (const reason of summary.failed) expect(reason).not.toContain("\n");
    expect(lines).toHaveLength(9);
    expect(await test.db.article.count()).toBe(2);
    const html = await test.db.article.findFirstOrThrow({ where: { fileName: "h-scripts-around-story.html" } });
    expect(html.cleanedText).toContain("met Chinese Foreign Minister Wang Yi");
    expect(html.cleanedText).not.toMatch(/alert|tracking|Home/);
  });
});

describe("an article whose extraction runs out of time (issue 7, item 6)", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("ingest-timeout");
    await test.db.$transaction((tx) => writeTopics(tx));
  });
  afterAll(() => test.close());

  const report = (id: string) =>
    `Talks ${id}\n\nBEIJING — Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on June ${id}, 2023, and the two sides agreed to keep talking.\n`;
  const source = (id: string, extract?: ArticleSource["extract"]): ArticleSource => ({
    name: `report-${id}.txt`,
    read: async () => ({ raw: report(id), options: { fileName: `report-${id}.txt`, published: `2023-06-${id}` } }),
    extract,
  });

  it("is stored with its text, flagged as timed out, with no facts, and the batch goes on", async () => {
    async function* sources() {
      yield source("18");
      // No CPU time at all: the extractor's own budget check gives up before its first step.
      yield source("19", (prepared) => extractArticle(prepared, { budgetMs: 0 }));
      yield source("20");
    }
    const lines: string[] = [];
    const summary = await ingestSources(test.db, sources(), (line) => lines.push(line));

    expect(summary).toMatchObject({ ingested: 3, failed: [], engagementsCreated: 2 });
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(TIMED_OUT);
    const timedOut = await test.db.article.findFirstOrThrow({ where: { fileName: "report-19.txt" } });
    expect(timedOut.extractionNote).toMatch(new RegExp(`^${TIMED_OUT} after 0 ms`));
    expect(timedOut.extractedAt).not.toBeNull();
    expect(timedOut.cleanedText).toContain("met Chinese Foreign Minister Wang Yi in Beijing on June 19");
    expect(await test.db.evidence.count({ where: { articleId: timedOut.id } })).toBe(0);
    const others = await test.db.article.findMany({ where: { fileName: { in: ["report-18.txt", "report-20.txt"] } }, select: { id: true, extractionNote: true } });
    expect(others).toHaveLength(2);
    for (const other of others) {
      expect(other.extractionNote).toBeNull();
      expect(await test.db.evidence.count({ where: { articleId: other.id } })).toBeGreaterThan(0);
    }
  });
});

describe("npm run ingest", () => {
  const run = (args: string[], databaseUrl: string) =>
    spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["lib/cli/ingest.ts", ...args], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("ingest-cli");
    await test.db.$transaction((tx) => writeTopics(tx));
  });
  afterAll(() => test.close());

  it("exits 2 with the usage line when given nothing or an unknown option", () => {
    for (const args of [[], ["--frobnicate", "x.txt"]]) {
      const result = run(args, test.url);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("usage: npm run ingest");
    }
  });

  it("exits 1 naming a missing file, after a summary line", () => {
    const result = run([path.join(TMP, "nope.txt")], test.url);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/0 ingested, 0 already present, 1 failed/);
    expect(result.stdout).toContain("nope.txt");
  });

  it("exits 0 after ingesting a folder, with one progress line per file", () => {
    const result = run([CORPUS_DIR], test.url);
    expect(result.status).toBe(0);
    expect(result.stdout.match(/^\[\d\] /gm)).toHaveLength(5);
    expect(result.stdout).toMatch(/5 ingested, 0 already present, 0 failed/);
  });
});
