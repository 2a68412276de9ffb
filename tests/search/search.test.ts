import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cutPassages, innermostEvidence, parseMarked, searchAll, toFtsQuery } from "@/lib/queries/search";
import { seedDatabase } from "@/lib/store/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/database";

const text = (segments: { text: string; match: boolean }[]) => segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join("");

describe("toFtsQuery", () => {
  it.each([
    ["military channels", '"military" "channels"'],
    ['"military channels"', '"military channels"'],
    ["fent*", '"fent"*'],
    ['"military channels" fent*', '"military channels" "fent"*'],
    ["Taiwan AND OR NOT NEAR china", '"Taiwan" "china"'],
    ["and or", '"and" "or"'],
    ['"unbalanced words', '"unbalanced" "words"'],
    ["' OR 1=1 --", '"1" "1"'],
    ["NEAR(x, 2)", '"x" "2"'],
    ["military-to-military", '"military-to-military"'],
    ["U.S. China’s", '"U.S" "China’s"'],
  ])("%s → %s", (input, match) => {
    expect(toFtsQuery(input).match).toBe(match);
  });

  it.each(["", "   ", '"', "***", "😀", "\u0000", "( ) ^ :"])("finds nothing searchable in %j", (input) => {
    expect(toFtsQuery(input).match).toBeNull();
  });

  it("ignores input past 500 characters", () => {
    expect(toFtsQuery(`${"a ".repeat(250)}zebra`).terms).not.toContain("zebra");
  });
});

describe("highlight parsing and passages", () => {
  it("turns markers into segments and offsets in the plain text", () => {
    const parsed = parseMarked("a \u0002fentanyl\u0003 crisis");
    expect(parsed.plain).toBe("a fentanyl crisis");
    expect(parsed.ranges).toEqual([{ start: 2, end: 10 }]);
    expect(text(parsed.segments)).toBe("a [fentanyl] crisis");
  });

  it("links a passage to the innermost evidence span its match falls in", () => {
    const spans = [
      { id: 1, start: 0, end: 100 },
      { id: 2, start: 5, end: 20 },
    ];
    expect(innermostEvidence([{ start: 10, end: 12 }], spans)?.id).toBe(2);
    expect(innermostEvidence([{ start: 150, end: 160 }], spans)).toBeNull();
  });

  it("merges nearby matches and caps the number of passages", () => {
    const long = "word ".repeat(400);
    const passages = cutPassages(long, [
      { start: 100, end: 104 },
      { start: 120, end: 124 },
      { start: 1000, end: 1004 },
      { start: 1500, end: 1504 },
      { start: 1900, end: 1904 },
    ]);
    expect(passages).toHaveLength(3);
    expect(passages[0]?.matches).toHaveLength(2);
  });
});

describe("searchAll on the seed corpus", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("search");
    await seedDatabase(test.db);
  });
  afterAll(() => test.close());

  it("finds engagements by prefix and groups facts under them", async () => {
    const results = await searchAll(test.db, "fent*");
    const slugs = results.engagements.map((hit) => hit.slug);
    expect(slugs).toContain("2023-11-15-biden-xi-woodside");
    expect(slugs).toContain("2023-06-blinken-beijing");
    for (const hit of results.engagements) {
      expect(hit.href).toBe(`/engagements/${hit.slug}`);
      expect(hit.facts.some((fact) => fact.snippet.some((segment) => segment.match && /^fentanyl$/i.test(segment.text)))).toBe(true);
    }
  });

  it("matches a phrase only where the words are adjacent", async () => {
    const phrase = await searchAll(test.db, '"military communication"');
    const words = await searchAll(test.db, "communication military");
    expect(phrase.sources.length).toBeGreaterThan(0);
    expect(words.sources.length).toBeGreaterThanOrEqual(phrase.sources.length);
    for (const source of phrase.sources) {
      for (const passage of source.passages) expect(text(passage.snippet).toLowerCase()).toMatch(/\[military communications?\]/);
    }
  });

  it("ranks the article about the rejected military channel first for it", async () => {
    const results = await searchAll(test.db, '"military communication" rejected');
    expect(results.sources[0]?.slug).toBe("blinken-beijing-military-communication-rejected-2023");
  });

  it("links passages inside an evidence span to that excerpt, others to the source", async () => {
    const results = await searchAll(test.db, "fentanyl");
    const passages = results.sources.flatMap((source) => source.passages.map((passage) => ({ source, passage })));
    const anchored = passages.filter(({ passage }) => passage.evidenceId !== null);
    expect(anchored.length).toBeGreaterThan(0);
    for (const { source, passage } of anchored) {
      expect(passage.href).toBe(`/sources/${source.slug}#ev-${passage.evidenceId}`);
      const evidence = await test.db.evidence.findUniqueOrThrow({ where: { id: passage.evidenceId! }, include: { article: true } });
      expect(evidence.article.slug).toBe(source.slug);
    }
    for (const { source, passage } of passages.filter(({ passage }) => passage.evidenceId === null)) expect(passage.href).toBe(`/sources/${source.slug}`);
  });

  it("keeps the index in sync when facts change", async () => {
    expect((await searchAll(test.db, "zanzibar")).engagements).toHaveLength(0);
    const engagement = await test.db.engagement.findFirstOrThrow({ where: { slug: "2022-11-biden-xi-bali" } });
    await test.db.engagement.update({ where: { id: engagement.id }, data: { occasion: "a stopover in Zanzibar" } });
    expect((await searchAll(test.db, "zanzibar")).engagements.map((hit) => hit.slug)).toEqual(["2022-11-biden-xi-bali"]);
    await test.db.person.update({ where: { slug: "xi-jinping" }, data: { name: "Xi Jinping Quuxington" } });
    expect((await searchAll(test.db, "quuxington")).engagements.length).toBeGreaterThan(0);
    await test.db.engagement.delete({ where: { id: engagement.id } });
    expect((await searchAll(test.db, "zanzibar")).engagements).toHaveLength(0);
  });

  it("answers an empty query with empty groups", async () => {
    expect(await searchAll(test.db, "  ")).toMatchObject({ engagements: [], sources: [] });
  });
});
