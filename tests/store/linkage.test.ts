import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { extractArticle } from "@/lib/extract";
import { PEOPLE } from "@/lib/gazetteer/people";
import { sha256Of } from "@/lib/ingest";
import { NO_TIMELINE_FILTERS } from "@/lib/filters";
import { listTimeline } from "@/lib/queries/list-timeline";
import type { Evidence, ExtractedEngagement, Extraction } from "@/lib/schemas/extraction";
import { ingestArticle } from "@/lib/store/ingest-article";
import { ingestSources } from "@/lib/store/ingest-batch";
import { writeTopics } from "@/lib/store/seed";
import { generateSyntheticCorpus } from "@/tests/bench/synthetic-corpus";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/database";
import { POSTGRES_ADMIN_URL } from "@/tests/pg/server-admin";

/**
 * Linkage decisions, tested through `ingestArticle` with hand-made extractions so that the
 * store's rules are tested apart from the extractor: each report below is one short article
 * whose facts are quoted from its own text.
 */

interface Report {
  /** distinguishes articles that would otherwise be byte-identical */
  id: string;
  us: string;
  cn: string;
  date: string | null;
  place: string | null;
  kind?: ExtractedEngagement["kind"];
  role?: ExtractedEngagement["role"];
  published?: string;
  /** the report states the meeting without naming anyone at it ("the trade talks in Jakarta") */
  nobodyNamed?: boolean;
}

function quote(text: string, exact: string): Evidence {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the test article`);
  return { start, end: start + exact.length, exact, prefix: text.slice(Math.max(0, start - 8), start), suffix: text.slice(start + exact.length, start + exact.length + 8) };
}

function sideOf(name: string): "US" | "CN" {
  const person = PEOPLE.find((known) => known.name === name);
  if (!person || person.side === "other") throw new Error(`${name} is not a US or Chinese official in the gazetteer`);
  return person.side;
}

/** The article text and the extraction a perfect extractor would return for it. */
function reportArticle(report: Report): { text: string; extraction: Extraction } {
  const when = report.date === null ? "" : ` on ${report.date}`;
  const where = report.place === null ? "" : ` in ${report.place}`;
  const text = `Report ${report.id}\n\n${report.us} held talks with ${report.cn}${where}${when}, officials said.`;
  const engagement: ExtractedEngagement = {
    role: report.role ?? "main",
    status: "held",
    kind: report.kind ?? "ministerial-meeting",
    title: `${report.us}–${report.cn} talks`,
    date: report.date,
    dateEnd: null,
    place: report.place === null ? null : { name: report.place, country: null },
    participants: report.nobodyNamed ? [] : [report.us, report.cn].map((name) => ({ name, side: sideOf(name), title: null, evidence: [quote(text, name)] })),
    topics: [],
    outcomes: [],
    confidence: 0.8,
    ...(report.date === null ? {} : { dateEvidence: [quote(text, report.date)] }),
    ...(report.place === null ? {} : { placeEvidence: [quote(text, report.place)] }),
  };
  return {
    text,
    extraction: { article: { title: `Report ${report.id}`, published: report.published ?? null, publishedSource: null, language: "en", sha256: sha256Of(text) }, engagements: [engagement] },
  };
}

async function ingestReport(db: Db, report: Report) {
  const { text, extraction } = reportArticle(report);
  return ingestArticle(db, text, { fileName: `report-${report.id}.txt` }, () => extraction);
}

/** The articles each engagement gathers evidence from, keyed by engagement id. */
async function articlesPerEngagement(db: Db): Promise<Map<number, Set<number>>> {
  const rows = await db.evidence.findMany({ select: { engagementId: true, articleId: true } });
  const result = new Map<number, Set<number>>();
  for (const row of rows) result.set(row.engagementId, (result.get(row.engagementId) ?? new Set()).add(row.articleId));
  return result;
}

const BLINKEN = "Antony Blinken";
const SULLIVAN = "Jake Sullivan";
const WANG = "Wang Yi";
const YANG = "Yang Jiechi";

describe("linking an extracted engagement to a stored one", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("linkage");
    await test.db.$transaction((tx) => writeTopics(tx));
  });
  afterAll(() => test.close());
  beforeEach(async () => {
    await test.db.evidence.deleteMany();
    await test.db.participation.deleteMany();
    await test.db.engagement.deleteMany();
    await test.db.article.deleteMany();
  });

  it("merges two reports of the same meeting: same days, same place, both sides in common", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    const second = await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    expect(second).toMatchObject({ engagementsCreated: 0, engagementsMerged: 1 });
    expect([...(await articlesPerEngagement(test.db)).values()].map((articles) => articles.size)).toEqual([2]);
  });

  it("keeps a report without a place apart: an unknown place is no agreement", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    const placeless = await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: "2023-06-19", place: null });
    expect(placeless).toMatchObject({ engagementsCreated: 1, engagementsMerged: 0 });
  });

  it("keeps meetings in places the gazetteer does not know apart unless the names agree", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2024-02-16", place: "Nairobi" });
    expect(await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: "2024-02-16", place: "Jakarta" })).toMatchObject({ engagementsCreated: 1 });
    expect(await ingestReport(test.db, { id: "c", us: BLINKEN, cn: WANG, date: "2024-02-16", place: "Nairobi" })).toMatchObject({ engagementsMerged: 1 });
  });

  it("keeps apart meetings that share people on one side only", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    const otherCounterpart = await ingestReport(test.db, { id: "b", us: BLINKEN, cn: YANG, date: "2023-06-19", place: "Beijing" });
    const otherVisitor = await ingestReport(test.db, { id: "c", us: SULLIVAN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    expect([otherCounterpart, otherVisitor]).toMatchObject([{ engagementsCreated: 1 }, { engagementsCreated: 1 }]);
  });

  it("keeps apart the same pair on consecutive days in different cities, and on different days in one city", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    expect(await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: "2023-06-20", place: "Shanghai" })).toMatchObject({ engagementsCreated: 1 });
    expect(await ingestReport(test.db, { id: "c", us: BLINKEN, cn: WANG, date: "2023-06-25", place: "Beijing" })).toMatchObject({ engagementsCreated: 1 });
    expect(await ingestReport(test.db, { id: "d", us: BLINKEN, cn: WANG, date: "2023-06-26", place: "Beijing" })).toMatchObject({ engagementsCreated: 1 });
  });

  it("stores an undated report as a new undated engagement flagged for review when nothing identifies a stored one", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    const undated = await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: null, place: null });
    expect(undated).toMatchObject({ engagementsCreated: 1, engagementsMerged: 0 });
    expect(undated.status === "ingested" && undated.note).toBe(`1 engagement(s) stored without a date, for review: ${BLINKEN}–${WANG} talks`);
    const stored = await test.db.engagement.findFirstOrThrow({ where: { startDate: null } });
    expect(stored).toMatchObject({ origin: "extracted", placeName: null, title: `${BLINKEN}–${WANG} talks` });
  });

  it("joins an undated report to the one stored meeting its place, kind and people identify", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: "2023-07-02", place: "Jakarta" });
    const reference = await ingestReport(test.db, { id: "c", us: BLINKEN, cn: WANG, date: null, place: "Jakarta" });
    expect(reference).toMatchObject({ engagementsCreated: 0, engagementsMerged: 1 });
    const jakarta = await test.db.engagement.findFirstOrThrow({ where: { placeName: "Jakarta" }, select: { id: true } });
    expect((await articlesPerEngagement(test.db)).get(jakarta.id)?.size).toBe(2);
  });

  it("stores an undated report apart when its place fits more than one stored meeting, or a meeting of another kind", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: "2024-04-26", place: "Beijing" });
    expect(await ingestReport(test.db, { id: "c", us: BLINKEN, cn: WANG, date: null, place: "Beijing" })).toMatchObject({ engagementsCreated: 1 });
    await ingestReport(test.db, { id: "d", us: BLINKEN, cn: WANG, date: "2023-07-02", place: "Jakarta" });
    const call = await ingestReport(test.db, { id: "e", us: BLINKEN, cn: WANG, date: null, place: "Jakarta", kind: "leader-call" });
    expect(call).toMatchObject({ engagementsCreated: 1 });
  });

  it("joins an undated report whose wording gave the same ministers' meeting another kind below the leaders'", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-07-02", place: "Jakarta" });
    const talks = await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: null, place: "Jakarta", kind: "economic-dialogue" });
    expect(talks).toMatchObject({ engagementsCreated: 0, engagementsMerged: 1 });
  });

  it("judges an undated report's place against every stored meeting there, whatever its kind", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-02-27", place: "New York" });
    await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: "2023-05-22", place: "New York", kind: "economic-dialogue" });
    const talks = await ingestReport(test.db, { id: "c", us: BLINKEN, cn: WANG, date: null, place: "New York", kind: "economic-dialogue" });
    expect(talks).toMatchObject({ engagementsCreated: 1, engagementsMerged: 0 });
  });

  it("never joins an undated report to a meeting that began after the article was published", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-02-27", place: "New York" });
    await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: "2023-05-22", place: "New York" });
    const beforeMay = await ingestReport(test.db, { id: "c", us: BLINKEN, cn: WANG, date: null, place: "New York", published: "2023-03-20" });
    expect(beforeMay).toMatchObject({ engagementsCreated: 0, engagementsMerged: 1 });
    const february = await test.db.engagement.findFirstOrThrow({ where: { startDate: "2023-02-27" }, select: { id: true } });
    expect((await articlesPerEngagement(test.db)).get(february.id)?.size).toBe(2);
    const beforeBoth = await ingestReport(test.db, { id: "d", us: BLINKEN, cn: WANG, date: null, place: "New York", published: "2023-01-10" });
    expect(beforeBoth).toMatchObject({ engagementsCreated: 1, engagementsMerged: 0 });
  });

  it("adds an undated passing mention only to the stored meeting it identifies, never as a new engagement", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-07-02", place: "Jakarta" });
    const unidentified = await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: null, place: null, role: "mentioned" });
    expect(unidentified).toMatchObject({ engagementsCreated: 0, engagementsMerged: 0 });
    expect(unidentified.status === "ingested" && unidentified.note).toMatch(/1 passing mention\(s\), undated or naming nobody, identified no stored engagement and were not added/);
    expect(await ingestReport(test.db, { id: "c", us: BLINKEN, cn: WANG, date: null, place: "Jakarta", role: "mentioned" })).toMatchObject({ engagementsMerged: 1 });
    expect(await test.db.engagement.count()).toBe(1);
  });

  it("leaves out a dated passing mention that names nobody, and keeps such a meeting when it is the article's news", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-07-02", place: "Jakarta" });
    const passing = await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: "2023-07-02", place: "Jakarta", role: "mentioned", nobodyNamed: true });
    expect(passing).toMatchObject({ engagementsCreated: 0, engagementsMerged: 0 });
    expect(passing.status === "ingested" && passing.note).toMatch(/1 passing mention\(s\), undated or naming nobody, identified no stored engagement/);
    const news = await ingestReport(test.db, { id: "c", us: BLINKEN, cn: WANG, date: "2023-08-14", place: "Jakarta", nobodyNamed: true });
    expect(news).toMatchObject({ engagementsCreated: 1, engagementsMerged: 0 });
    expect(await test.db.engagement.count()).toBe(2);
  });

  it("counts corroboration as distinct articles: a repeated article adds nothing", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    expect(await ingestReport(test.db, { id: "b", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" })).toMatchObject({ status: "already-present" });
    const perFact = await test.db.evidence.groupBy({ by: ["factType", "participationId"], _count: { articleId: true } });
    expect(perFact.map((group) => group._count.articleId)).toEqual(perFact.map(() => 2));
  });

  it("lists undated engagements in their own group of the timeline read model, after the dated years", async () => {
    await ingestReport(test.db, { id: "a", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" });
    await ingestReport(test.db, { id: "b", us: SULLIVAN, cn: YANG, date: null, place: null });
    const timeline = await listTimeline(test.db, NO_TIMELINE_FILTERS);
    expect(timeline.years.map((year) => [year.year, year.engagements.map((engagement) => engagement.title)])).toEqual([
      ["2023", [`${BLINKEN}–${WANG} talks`]],
      [null, [`${SULLIVAN}–${YANG} talks`]],
    ]);
  });
});

describe("undated main engagements reported in real wording (issue 7)", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("linkage-undated");
    await test.db.$transaction((tx) => writeTopics(tx));
  });
  afterAll(() => test.close());

  const cases = [
    {
      name: "a leaders' call reported as just concluded under a dated header",
      fileName: "call.txt",
      text: "Biden calls talk with Xi candid\n\nWASHINGTON, March 14, 2024 — President Joe Biden said Thursday that his just-concluded call with Chinese President Xi Jinping had been candid, and that the two leaders had agreed to keep working on fentanyl. Biden told reporters at the White House that the conversation ran nearly two hours.",
      people: ["Joe Biden", "Xi Jinping"],
    },
    {
      name: "a report with no date at all",
      fileName: "undated.txt",
      text: "Blinken and Wang hold talks\n\nSecretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing, and the two sides agreed to resume talks on fentanyl. Officials on both sides described the meeting as candid.",
      people: [BLINKEN, WANG],
    },
  ];

  it.each(cases)("keeps the main engagement of $name", async ({ fileName, text, people }) => {
    const result = await ingestArticle(test.db, text, { fileName });
    expect(result).toMatchObject({ status: "ingested" });
    const article = await test.db.article.findFirstOrThrow({ where: { fileName } });
    const engagements = await test.db.engagement.findMany({
      where: { evidence: { some: { articleId: article.id } } },
      include: { participations: { include: { person: { select: { name: true } } } } },
    });
    const withBoth = engagements.filter((engagement) => people.every((name) => engagement.participations.some((participation) => participation.person.name === name)));
    expect(withBoth).toHaveLength(1);
    expect(withBoth[0]?.origin).toBe("extracted");
    if (withBoth[0]?.startDate === null) expect(article.extractionNote).toMatch(/stored without a date, for review/);
  });
});

describe("the synthetic corpus ingested without publication dates", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("linkage-synthetic");
    await test.db.$transaction((tx) => writeTopics(tx));
  });
  afterAll(() => test.close());

  it("stores every article's meeting and merges none of them into another", async () => {
    // The extractor finds no US–China engagement in a few (a meeting in Taipei); every other article must keep its own.
    let withMainEngagement = 0;
    const extract = (prepared: Parameters<typeof extractArticle>[0]) => {
      const extraction = extractArticle(prepared);
      if (extraction.engagements.some((engagement) => engagement.role === "main" && engagement.date === null)) withMainEngagement += 1;
      return extraction;
    };
    for (const article of generateSyntheticCorpus(120)) await ingestArticle(test.db, article.text, { fileName: article.fileName }, extract);
    expect(withMainEngagement).toBeGreaterThan(100);
    const perEngagement = await articlesPerEngagement(test.db);
    const largest = Math.max(0, ...[...perEngagement.values()].map((articles) => articles.size));
    expect(largest).toBe(1);
    const articlesWithAnEngagement = new Set([...perEngagement.values()].flatMap((articles) => [...articles]));
    expect(articlesWithAnEngagement.size).toBe(withMainEngagement);
  });
});

/** A trigger that aborts any insert of a participation titled "Poisoned", in each dialect's syntax. */
async function poisonParticipationInserts(db: Db, dialect: "sqlite" | "postgresql"): Promise<void> {
  if (dialect === "sqlite") {
    await db.$executeRawUnsafe(`CREATE TRIGGER "poison" BEFORE INSERT ON "Participation" WHEN new."title" = 'Poisoned' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END`);
    return;
  }
  await db.$executeRawUnsafe(`CREATE FUNCTION "poison"() RETURNS trigger AS $$ BEGIN IF NEW."title" = 'Poisoned' THEN RAISE EXCEPTION 'poisoned row'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`CREATE TRIGGER "poison" BEFORE INSERT ON "Participation" FOR EACH ROW EXECUTE FUNCTION "poison"()`);
}

describe("a batch committed in groups", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = createTestDatabase("linkage-groups");
    await test.db.$transaction((tx) => writeTopics(tx));
    // A write that fails half-way through an article, after its first rows: the group must roll back and the others survive.
    await poisonParticipationInserts(test.db, POSTGRES_ADMIN_URL === null ? "sqlite" : "postgresql");
  });
  afterAll(() => test.close());

  it("stores every other article of a group in which one failed while writing, and counts each once", async () => {
    const reports = [
      { id: "a", us: BLINKEN, cn: WANG, date: "2023-06-19", place: "Beijing" },
      { id: "b", us: SULLIVAN, cn: WANG, date: "2023-06-20", place: "Beijing" },
      { id: "c", us: BLINKEN, cn: YANG, date: "2023-06-21", place: "Beijing" },
    ];
    const articles = new Map(reports.map((report) => [report.id, reportArticle(report)]));
    const poisoned = articles.get("b");
    const participant = poisoned?.extraction.engagements[0]?.participants[0];
    if (participant) participant.title = "Poisoned";
    async function* sources() {
      for (const [id, { text, extraction }] of articles) {
        yield { name: `report-${id}.txt`, read: async () => ({ raw: text, options: { fileName: `report-${id}.txt` } }), extract: () => extraction };
      }
    }
    const lines: string[] = [];
    const summary = await ingestSources(test.db, sources(), (line) => lines.push(line));
    expect(summary).toMatchObject({ ingested: 2, engagementsCreated: 2 });
    expect(summary.failed).toEqual([expect.stringMatching(/^report-b\.txt: /)]);
    expect(lines.some((line) => /rolled back articles 1–2/.test(line))).toBe(true);
    expect((await test.db.article.findMany({ orderBy: { fileName: "asc" } })).map((article) => article.fileName)).toEqual(["report-a.txt", "report-c.txt"]);
    expect(await test.db.participation.count()).toBe(4);
  });
});
