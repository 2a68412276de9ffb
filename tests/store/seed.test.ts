import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { CORPUS_DIR } from "@/lib/store/corpus";
import { CURATION_DIR } from "@/lib/store/curation";
import { seedDatabase } from "@/lib/store/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/database";

const SHARED_SEEDS = path.join(process.cwd(), "..", "shared", "seeds");
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("seed corpus", () => {
  const corpusFiles = readdirSync(CORPUS_DIR).filter((name) => name.endsWith(".txt"));

  it("holds the five seed articles, each with metadata whose hash matches the bytes", () => {
    expect(corpusFiles).toHaveLength(5);
    for (const name of corpusFiles) {
      const meta = JSON.parse(readFileSync(path.join(CORPUS_DIR, name.replace(/\.txt$/, ".meta.json")), "utf8")) as { sha256: string };
      expect(sha256(path.join(CORPUS_DIR, name)), name).toBe(meta.sha256);
    }
  });

  it.runIf(existsSync(SHARED_SEEDS))("is byte for byte the shared seeds", () => {
    const originals = readdirSync(SHARED_SEEDS).sort();
    expect(corpusFiles.sort()).toEqual(originals);
    for (const name of originals) expect(sha256(path.join(CORPUS_DIR, name)), name).toBe(sha256(path.join(SHARED_SEEDS, name)));
  });
});

describe("seedDatabase with the curated facts", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("seed");
    await seedDatabase(test.db);
  });
  afterAll(() => test.close());

  it("anchors every evidence row: exact equals the article text between its offsets", async () => {
    const evidence = await test.db.evidence.findMany({ include: { article: { select: { cleanedText: true } } } });
    expect(evidence.length).toBeGreaterThan(0);
    for (const row of evidence) {
      expect(row.article.cleanedText.slice(row.start, row.end), `evidence ${row.id}`).toBe(row.exact);
      expect(row.article.cleanedText.slice(row.start - row.prefix.length, row.start)).toBe(row.prefix);
      expect(row.article.cleanedText.slice(row.end, row.end + row.suffix.length)).toBe(row.suffix);
    }
  });

  it("gives every participant, topic, outcome and date at least one excerpt", async () => {
    const unsupported = {
      participations: await test.db.participation.count({ where: { evidence: { none: {} } } }),
      topics: await test.db.engagementTopic.count({ where: { evidence: { none: {} } } }),
      outcomes: await test.db.outcome.count({ where: { evidence: { none: {} } } }),
      dates: await test.db.engagement.count({ where: { startDate: { not: null }, evidence: { none: { factType: "date" } } } }),
      places: await test.db.engagement.count({ where: { placeName: { not: null }, evidence: { none: { factType: "place" } } } }),
    };
    expect(unsupported).toEqual({ participations: 0, topics: 0, outcomes: 0, dates: 0, places: 0 });
  });

  it("stores every curated fact as its own row: nothing merged away", async () => {
    const files = readdirSync(CURATION_DIR).filter((name) => name.endsWith(".json"));
    const curated = files.flatMap((name) => (JSON.parse(readFileSync(path.join(CURATION_DIR, name), "utf8")) as { engagements: { outcomes: unknown[]; participants: unknown[]; topics: unknown[] }[] }).engagements);
    const sum = (count: (engagement: (typeof curated)[number]) => number) => curated.reduce((total, engagement) => total + count(engagement), 0);
    expect({
      engagements: await test.db.engagement.count(),
      outcomes: await test.db.outcome.count(),
      participations: await test.db.participation.count(),
      topics: await test.db.engagementTopic.count(),
    }).toEqual({
      engagements: curated.length,
      outcomes: sum((engagement) => engagement.outcomes.length),
      participations: sum((engagement) => engagement.participants.length),
      topics: sum((engagement) => engagement.topics.length),
    });
  });

  it("loads the four named meetings", async () => {
    const engagements = await test.db.engagement.findMany({ select: { startDate: true, placeName: true } });
    const has = (prefix: string, place: RegExp) => engagements.some((e) => e.startDate?.startsWith(prefix) && place.test(e.placeName ?? ""));
    expect(has("2021-03-18", /Anchorage/)).toBe(true);
    expect(has("2022-11", /Bali/)).toBe(true);
    expect(has("2023-06", /Beijing/)).toBe(true);
    expect(has("2023-11-15", /Woodside/)).toBe(true);
  });

  it("leaves out the US–Japan meeting in Tokyo", async () => {
    expect(await test.db.engagement.count({ where: { placeName: { contains: "Tokyo" } } })).toBe(0);
  });
});

describe("seedDatabase with broken curation", () => {
  const writeCuration = (name: string, quote: { exact: string; prefix?: string }) => {
    const dir = path.join(process.cwd(), "tests", ".tmp", `curation-${name}-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const evidence = [{ source: "cbs-biden-announces-progress-after-xi-meeting-2023", ...quote }];
    const engagement = {
      slug: "broken-example",
      title: "A broken example",
      kind: "leader-summit",
      status: "held",
      date: { start: "2023-11-15", precision: "day", evidence: [{ source: "cbs-biden-announces-progress-after-xi-meeting-2023", exact: "completed their talks Wednesday" }] },
      place: null,
      occasion: null,
      summary: "An engagement whose topic quote does not resolve.",
      participants: [],
      topics: [{ slug: "fentanyl", evidence }],
      outcomes: [],
    };
    writeFileSync(path.join(dir, "broken.json"), JSON.stringify({ engagements: [engagement] }));
    return dir;
  };

  async function failureOf(curationDir: string) {
    const test = createTestDatabase("broken");
    try {
      const error = await seedDatabase(test.db, { curationDir }).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      return { error, articles: await test.db.article.count(), topics: await test.db.topic.count() };
    } finally {
      await test.close();
    }
  }

  it("names file, fact and quote for a missing quote and writes nothing", async () => {
    const { error, articles, topics } = await failureOf(writeCuration("missing", { exact: "agreed to ban fentanyl outright" }));
    expect(isAppError(error) && error.code).toBe("INVALID_DATA");
    const message = (error as Error).message;
    expect(message).toContain("broken.json");
    expect(message).toContain("topic fentanyl");
    expect(message).toContain("agreed to ban fentanyl outright");
    expect({ articles, topics }).toEqual({ articles: 0, topics: 0 });
  });

  it("refuses an ambiguous quote and writes nothing", async () => {
    const { error, articles } = await failureOf(writeCuration("ambiguous", { exact: "senior administration official" }));
    expect((error as Error).message).toMatch(/occurs \d+ times/);
    expect(articles).toBe(0);
  });
});
