import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_TIMELINE_FILTERS, type TimelineFilters } from "@/lib/filters";
import { getEngagement } from "@/lib/queries/get-engagement";
import { getPerson } from "@/lib/queries/get-person";
import { getSource } from "@/lib/queries/get-source";
import { getTopicThread } from "@/lib/queries/get-topic-thread";
import { SUGGESTION_LIMIT, listFilterOptions } from "@/lib/queries/list-filter-options";
import { listSources } from "@/lib/queries/list-sources";
import { listTimeline } from "@/lib/queries/list-timeline";
import { listTopics } from "@/lib/queries/list-topics";
import type { ArticleNode } from "@/lib/queries/segment-article";
import { seedDatabase } from "@/lib/store/seed";
import { ArticleText } from "@/components/source/article-text";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/database";

/** Read models against the real seed: the curated engagements on the five corpus articles. */
let test: TestDatabase;
beforeAll(async () => {
  test = createTestDatabase("queries");
  await seedDatabase(test.db);
});
afterAll(() => test.close());

const filtered = (filters: Partial<TimelineFilters>) => ({ ...NO_TIMELINE_FILTERS, ...filters });
const slugsOf = (timeline: Awaited<ReturnType<typeof listTimeline>>) => timeline.years.flatMap((year) => year.engagements.map((e) => e.slug));

async function engagementSlugsLinkedTo(topicSlugs: string[]): Promise<string[]> {
  const links = await test.db.engagementTopic.findMany({
    where: { topic: { OR: [{ slug: { in: topicSlugs } }, { parent: { slug: { in: topicSlugs } } }] } },
    select: { engagement: { select: { slug: true } } },
  });
  return [...new Set(links.map((link) => link.engagement.slug))].sort();
}

describe("listTimeline", () => {
  it("lists every engagement, oldest first, grouped by year", async () => {
    const timeline = await listTimeline(test.db, NO_TIMELINE_FILTERS);
    expect(timeline.total).toBe(await test.db.engagement.count());
    const years = timeline.years.map((year) => year.year);
    expect(years).toEqual([...new Set(years)].sort());
    const starts = timeline.years.flatMap((year) => year.engagements.map((e) => e.date.start ?? "9999"));
    expect(starts).toEqual([...starts].sort());
    for (const year of timeline.years) for (const engagement of year.engagements) expect(engagement.date.year).toBe(year.year);
  });

  it("with topic=fentanyl returns exactly the engagements linked to fentanyl", async () => {
    const timeline = await listTimeline(test.db, filtered({ topic: ["fentanyl"] }));
    const expected = await engagementSlugsLinkedTo(["fentanyl"]);
    expect(expected.length).toBeGreaterThan(0);
    expect([...slugsOf(timeline)].sort()).toEqual(expected);
    expect(timeline.total).toBe(expected.length);
  });

  it("includes a parent topic's children (human rights covers Xinjiang, Tibet, Hong Kong)", async () => {
    const timeline = await listTimeline(test.db, filtered({ topic: ["human-rights"] }));
    expect([...slugsOf(timeline)].sort()).toEqual(await engagementSlugsLinkedTo(["human-rights"]));
    expect(slugsOf(timeline)).toContain("2021-03-18-blinken-sullivan-yang-wang-anchorage");
  });

  it("filters by person, kind, outcome status with side, and dates", async () => {
    const withBlinken = slugsOf(await listTimeline(test.db, filtered({ person: "antony-blinken" })));
    expect(withBlinken).toContain("2023-06-blinken-beijing");
    expect(withBlinken).not.toContain("2022-11-biden-xi-bali");

    const summits = await listTimeline(test.db, filtered({ kind: "leader-summit" }));
    expect(summits.years.flatMap((year) => year.engagements).every((e) => e.kind.value === "leader-summit")).toBe(true);

    const rejected = slugsOf(await listTimeline(test.db, filtered({ outcome: "rejected" })));
    expect(rejected).toContain("2023-06-blinken-beijing");
    expect(rejected).not.toContain("2023-11-15-biden-xi-woodside");

    const in2023 = await listTimeline(test.db, filtered({ from: "2023-01-01", to: "2023-12-31" }));
    expect(in2023.years.map((year) => year.year)).toEqual(["2023"]);
  });

  it("filters by place name, exactly", async () => {
    expect(slugsOf(await listTimeline(test.db, filtered({ place: "Beijing" })))).toEqual(["2023-06-blinken-beijing"]);
    expect(slugsOf(await listTimeline(test.db, filtered({ place: "Filoli estate, Woodside" })))).toEqual(["2023-11-15-biden-xi-woodside"]);
    expect((await listTimeline(test.db, filtered({ place: "Beij" }))).total).toBe(0);
  });

  it("returns nothing, not an error, when filters exclude everything", async () => {
    expect(await listTimeline(test.db, filtered({ from: "1990-01-01", to: "1990-12-31" }))).toEqual({
      total: 0,
      years: [],
      ids: [],
      older: null,
      newer: null,
      range: { years: [], hasUndated: false },
    });
  });

  it("counts outcomes and distinct source articles", async () => {
    const woodside = (await listTimeline(test.db, NO_TIMELINE_FILTERS)).years
      .flatMap((year) => year.engagements)
      .find((e) => e.slug === "2023-11-15-biden-xi-woodside");
    const articles = await test.db.evidence.findMany({ where: { engagement: { slug: "2023-11-15-biden-xi-woodside" } }, distinct: ["articleId"] });
    expect(woodside?.sourceCount).toBe(articles.length);
    expect(woodside?.outcomeCount).toBe(await test.db.outcome.count({ where: { engagement: { slug: "2023-11-15-biden-xi-woodside" } } }));
    expect(woodside?.participants.map((group) => group.side)).toEqual(["US", "CN"]);
  });
});

describe("getEngagement", () => {
  it("returns null for an unknown slug", async () => {
    expect(await getEngagement(test.db, "no-such-engagement")).toBeNull();
  });

  it("gives every fact its evidence and counts the distinct articles behind it", async () => {
    const engagement = await getEngagement(test.db, "2023-11-15-biden-xi-woodside");
    expect(engagement).not.toBeNull();
    const facts = [
      engagement!.date,
      ...(engagement!.place ? [engagement!.place] : []),
      ...engagement!.participants.flatMap((group) => group.items),
      ...engagement!.topics,
      ...engagement!.outcomes,
    ];
    for (const fact of facts) {
      expect(fact.evidence.length).toBeGreaterThan(0);
      expect(fact.sourceCount).toBe(new Set(fact.evidence.map((evidence) => evidence.article.slug)).size);
    }
    expect(engagement!.date.label).toBe("15 November 2023");
  });

  it("links the previous engagement sharing a topic", async () => {
    const engagement = await getEngagement(test.db, "2023-11-15-biden-xi-woodside");
    expect(engagement!.previous?.slug).toBe("2023-06-blinken-beijing");
    expect(engagement!.previous?.sharedTopics.map((topic) => topic.slug)).toContain("fentanyl");
    const beijing = await getEngagement(test.db, "2023-06-blinken-beijing");
    expect(beijing!.next?.slug).toBe("2023-11-15-biden-xi-woodside");
  });
});

describe("getTopicThread", () => {
  it("returns null for an unknown topic", async () => {
    expect(await getTopicThread(test.db, "fentanil")).toBeNull();
  });

  it("orders the outcomes on a topic by date: refused in June 2023, agreed in November", async () => {
    const thread = await getTopicThread(test.db, "military-communication");
    const starts = thread!.outcomes.map((outcome) => outcome.engagement.date.start ?? "");
    expect(starts).toEqual([...starts].sort());
    const statuses = thread!.outcomes.map((outcome) => outcome.status.value);
    expect(statuses.indexOf("rejected")).toBeLessThan(statuses.indexOf("agreed"));
    for (const outcome of thread!.outcomes) expect(outcome.evidence.length).toBeGreaterThan(0);
    expect(thread!.engagements.map((engagement) => engagement.slug)).toEqual(await engagementSlugsLinkedTo(["military-communication"]));
  });

  it("shows a parent with its children and gathers their engagements once each", async () => {
    const thread = await getTopicThread(test.db, "human-rights");
    expect(thread!.children.map((child) => child.slug).sort()).toEqual(["hong-kong", "tibet", "xinjiang"]);
    const slugs = thread!.engagements.map((engagement) => engagement.slug);
    expect(slugs).toEqual([...new Set(slugs)]);
    expect((await getTopicThread(test.db, "xinjiang"))!.parent?.slug).toBe("human-rights");
  });
});

describe("getPerson", () => {
  it("lists a person's engagements in date order with the title held at each", async () => {
    const person = await getPerson(test.db, "antony-blinken");
    expect(person!.side.value).toBe("US");
    const starts = person!.engagements.map((engagement) => engagement.date.start ?? "");
    expect(starts).toEqual([...starts].sort());
    expect(person!.engagements.every((engagement) => engagement.titleHeld === "Secretary of State")).toBe(true);
    expect(await getPerson(test.db, "nobody")).toBeNull();
  });
});

describe("getSource", () => {
  const flatten = (nodes: ArticleNode[]): string => nodes.map((node) => (node.type === "text" ? node.text : flatten(node.children))).join("");
  const anchors = (nodes: ArticleNode[]): number[] =>
    nodes.flatMap((node) => (node.type === "text" ? [] : [...(node.first ? [node.evidenceId] : []), ...anchors(node.children)]));

  it("returns the text intact with one anchor per evidence span, each labelled with its fact", async () => {
    const source = await getSource(test.db, "cbs-biden-announces-progress-after-xi-meeting-2023");
    const article = await test.db.article.findUniqueOrThrow({ where: { slug: "cbs-biden-announces-progress-after-xi-meeting-2023" } });
    expect(source!.paragraphs.map(flatten).join("")).toBe(article.cleanedText.replace(/\n[ \t\r]*\n\s*/g, "").trim());
    const anchored = source!.paragraphs.flatMap(anchors).sort((a, b) => a - b);
    expect(anchored).toEqual(source!.evidence.map((evidence) => evidence.id).sort((a, b) => a - b));
    expect(source!.evidence.map((evidence) => evidence.number)).toEqual(source!.evidence.map((_, index) => index + 1));
    for (const evidence of source!.evidence) expect(evidence.factText.length).toBeGreaterThan(0);
    expect(await getSource(test.db, "no-such-article")).toBeNull();
  });

  it("renders article text as text: markup in an article is escaped", () => {
    const paragraphs: ArticleNode[][] = [[{ type: "text", text: "Before <script>alert(1)</script> after" }]];
    const html = renderToStaticMarkup(createElement(ArticleText, { paragraphs, evidence: [] }));
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
  });
});

describe("indexes and filter options", () => {
  it("offers top-level topics with children, and only people who took part in something", async () => {
    const options = await listFilterOptions(test.db);
    expect(options.topics.find((topic) => topic.value === "human-rights")?.children.map((child) => child.value).sort()).toEqual(["hong-kong", "tibet", "xinjiang"]);
    expect(options.topics.some((topic) => topic.value === "xinjiang")).toBe(false);
    const people = options.people.map((person) => person.value);
    expect(people.length).toBe(Math.min(SUGGESTION_LIMIT, await test.db.person.count({ where: { participations: { some: {} } } })));
    expect(options.people.find((person) => person.value === "antony-blinken")?.label).toBe("Antony Blinken (United States)");
    expect(options.kinds.map((kind) => kind.value)).toContain("leader-summit");
    expect(options.places).toEqual([
      { value: "Anchorage", label: "Anchorage, United States" },
      { value: "Bali", label: "Bali, Indonesia" },
      { value: "Beijing", label: "Beijing, China" },
      { value: "China", label: "China" },
      { value: "Filoli estate, Woodside", label: "Filoli estate, Woodside, United States" },
    ]);
  });

  it("counts engagements per topic and evidence per source", async () => {
    const topics = await listTopics(test.db);
    const fentanyl = topics.find((topic) => topic.slug === "fentanyl");
    expect(fentanyl?.engagementCount).toBe((await engagementSlugsLinkedTo(["fentanyl"])).length);
    const { sources, next, total } = await listSources(test.db);
    expect(sources).toHaveLength(await test.db.article.count());
    expect(total).toBe(sources.length);
    expect(next).toBeNull();
    expect(sources.reduce((sum, source) => sum + source.evidenceCount, 0)).toBe(await test.db.evidence.count());
  });

  it("pages the sources index both ways, across dated and undated articles: back from any page gives exactly the page before it", async () => {
    // one after another, so that ids follow the names
    const undated: { id: number }[] = [];
    for (const n of [1, 2, 3]) {
      undated.push(await test.db.article.create({ data: { slug: `undated-note-${n}`, sha256: `undated-${n}`, rawText: "A note.", cleanedText: "A note.", origin: "ingested" }, select: { id: true } }));
    }
    try {
      await pageBothWays();
    } finally {
      await test.db.article.deleteMany({ where: { id: { in: undated.map((row) => row.id) } } });
    }
  });

  async function pageBothWays() {
    const forward: string[][] = [];
    const pages = [];
    let page = await listSources(test.db, null, 2);
    expect(page.previous).toBeNull();
    for (;;) {
      pages.push(page);
      forward.push(page.sources.map((source) => source.slug));
      if (page.next === null) break;
      page = await listSources(test.db, { after: page.next }, 2);
    }
    expect(forward.flat()).toEqual((await listSources(test.db)).sources.map((source) => source.slug));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (let index = pages.length - 1; index > 0; index -= 1) {
      const previous = pages[index]!.previous;
      expect(previous, `page ${index + 1} links back`).not.toBeNull();
      const back = await listSources(test.db, { before: previous! }, 2);
      expect(back.sources.map((source) => source.slug)).toEqual(forward[index - 1]);
      expect(back.previous === null).toBe(index === 1);
      expect(back.next).toEqual(pages[index - 1]!.next);
    }
    expect(forward.flat().slice(-3), "undated last, newest id first").toEqual(["undated-note-3", "undated-note-2", "undated-note-1"]);
  }
});
