import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listEngagementsRoute } from "@/app/api/v1/engagements/route";
import { GET as listPeopleRoute } from "@/app/api/v1/people/route";
import { buildEngagementsCsv, buildEngagementsJson, buildFactsCsv } from "@/lib/export/build";
import type { Editor } from "@/lib/auth/session";
import { rejectFact } from "@/lib/desk/facts";
import { NO_TIMELINE_FILTERS, type TimelineFilters } from "@/lib/filters";
import { findDisagreements } from "@/lib/queries/find-disagreements";
import { getFactHistory, historyKey } from "@/lib/queries/get-fact-history";
import { getPerson } from "@/lib/queries/get-person";
import { getSource } from "@/lib/queries/get-source";
import { getTopicThread } from "@/lib/queries/get-topic-thread";
import { listFilterOptions } from "@/lib/queries/list-filter-options";
import { listMapPlaces } from "@/lib/queries/list-map-places";
import { listReviewQueue } from "@/lib/queries/list-review-queue";
import { listTimeline, type TimelineEngagement } from "@/lib/queries/list-timeline";
import { listTopics, type TopicSummary } from "@/lib/queries/list-topics";
import { searchAll } from "@/lib/queries/search";
import { callRoute, useSeededApiDatabase } from "@/tests/api/api-database";
import type { TestDatabase } from "@/tests/helpers/database";

/**
 * A rejected fact or engagement is hidden from every public read model and still seen by the
 * desk. One engagement keeps its record but loses a participant, a topic link and an outcome;
 * another is rejected whole. Each read model is read before and after, so every check below
 * would fail if the rejection were ignored.
 */

const EDITOR: Editor = { id: "test-editor", name: "", email: "e@example.org", role: "editor" };
const WOODSIDE = "2023-11-15-biden-xi-woodside";
const ORIGIN = "http://readout.test";

interface Rejected {
  participation: { id: number; personSlug: string; evidenceIds: number[] };
  topicLink: { id: number; topicSlug: string };
  outcome: { id: number; statement: string; status: string; side: string | null; evidenceIds: number[]; articleSlug: string };
  engagement: { id: number; slug: string; title: string; placeName: string; extractedLinkId: number };
}

let test: TestDatabase;
let rejected: Rejected;
const before: { topics: TopicSummary[]; personEngagements: number } = { topics: [], personEngagements: 0 };

async function timelineSlugs(filters: Partial<TimelineFilters> = {}): Promise<string[]> {
  const timeline = await listTimeline(test.db, { ...NO_TIMELINE_FILTERS, ...filters });
  return timeline.years.flatMap((year) => year.engagements.map((engagement) => engagement.slug));
}

async function timelineRow(slug: string): Promise<TimelineEngagement> {
  const timeline = await listTimeline(test.db, NO_TIMELINE_FILTERS);
  const row = timeline.years.flatMap((year) => year.engagements).find((engagement) => engagement.slug === slug);
  if (row === undefined) throw new Error(`${slug} is not on the timeline`);
  return row;
}

async function collect(stream: AsyncGenerator<string>): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk;
  return text;
}

function topicCount(topics: TopicSummary[], slug: string): { engagementCount: number; outcomeCount: number } {
  const all = topics.flatMap((topic) => [topic, ...topic.children]);
  const found = all.find((topic) => topic.slug === slug);
  if (found === undefined) throw new Error(`no topic ${slug}`);
  return { engagementCount: found.engagementCount, outcomeCount: found.outcomeCount };
}

/** Picks facts of Woodside whose rejection must change what a filter matches, and an engagement with a place of its own. */
async function chooseFacts(): Promise<Rejected> {
  const db = test.db;
  const woodside = await db.engagement.findUniqueOrThrow({
    where: { slug: WOODSIDE },
    include: {
      participations: { include: { person: true, evidence: true } },
      topics: { include: { topic: { include: { children: true } } } },
      outcomes: { include: { topic: true, evidence: { include: { article: true } } } },
    },
  });
  const participation = woodside.participations.find((row) => row.person.slug === "joe-biden")!;
  // A topic without subtopics whose only link at Woodside is this one, so the filter can no longer match it.
  const link = woodside.topics.find((row) => row.topic.children.length === 0)!;
  // An outcome on a topic, with evidence, whose status and side no other Woodside outcome shares.
  const outcome = woodside.outcomes.find(
    (row) =>
      row.topicId !== null &&
      row.evidence.length > 0 &&
      woodside.outcomes.filter((other) => other.status === row.status && other.side === row.side).length === 1,
  )!;
  const places = await db.engagement.groupBy({ by: ["placeName"], where: { placeName: { not: null } }, _count: { _all: true } });
  const uniquePlaces = places.filter((place) => place._count._all === 1).map((place) => place.placeName!);
  const other = await db.engagement.findFirstOrThrow({
    where: { slug: { not: WOODSIDE }, placeName: { in: uniquePlaces }, latitude: { not: null }, topics: { some: {} } },
    include: { topics: true },
    orderBy: { id: "asc" },
  });
  expect([participation, link, outcome]).not.toContain(undefined);
  return {
    participation: { id: participation.id, personSlug: participation.person.slug, evidenceIds: participation.evidence.map((row) => row.id) },
    topicLink: { id: link.id, topicSlug: link.topic.slug },
    outcome: {
      id: outcome.id,
      statement: outcome.statement,
      status: outcome.status,
      side: outcome.side,
      evidenceIds: outcome.evidence.map((row) => row.id),
      articleSlug: outcome.evidence[0]!.article.slug,
    },
    engagement: { id: other.id, slug: other.slug, title: other.title, placeName: other.placeName!, extractedLinkId: other.topics[0]!.id },
  };
}

beforeAll(async () => {
  test = await useSeededApiDatabase("visibility");
  rejected = await chooseFacts();
  const db = test.db;

  // Everything below must be visible before the rejections, or the checks after them prove nothing.
  const row = await timelineRow(WOODSIDE);
  expect(row.participants.flatMap((group) => group.items).map((person) => person.slug)).toContain(rejected.participation.personSlug);
  expect(row.topics.map((topic) => topic.slug)).toContain(rejected.topicLink.topicSlug);
  expect(await timelineSlugs()).toContain(rejected.engagement.slug);
  expect(await timelineSlugs({ person: rejected.participation.personSlug })).toContain(WOODSIDE);
  expect(await timelineSlugs({ topic: [rejected.topicLink.topicSlug] })).toContain(WOODSIDE);
  expect(await timelineSlugs({ outcome: rejected.outcome.status as TimelineFilters["outcome"], side: rejected.outcome.side as TimelineFilters["side"] })).toContain(WOODSIDE);
  before.topics = await listTopics(db);
  before.personEngagements = (await getPerson(db, rejected.participation.personSlug))!.totalEngagements;

  // The pipeline left one topic link of the engagement unreviewed: the desk must keep offering it.
  await db.engagementTopic.update({ where: { id: rejected.engagement.extractedLinkId }, data: { origin: "extracted" } });

  const versionOf = async (kind: "participation" | "topic" | "outcome" | "engagement", id: number) => {
    const tables = { participation: db.participation, topic: db.engagementTopic, outcome: db.outcome, engagement: db.engagement };
    return ((await (tables[kind] as typeof db.outcome).findUniqueOrThrow({ where: { id } })) as { version: number }).version;
  };
  const reject = async (kind: "participation" | "topic" | "outcome" | "engagement", id: number) =>
    rejectFact(db, EDITOR, { kind, id, version: await versionOf(kind, id) }, `test: reject this ${kind}`);
  await reject("participation", rejected.participation.id);
  await reject("topic", rejected.topicLink.id);
  await reject("outcome", rejected.outcome.id);
  await reject("engagement", rejected.engagement.id);
}, 120_000);
afterAll(() => test.close());

describe("rejected facts and engagements on the timeline", () => {
  it("leaves a rejected engagement off the timeline and its count", async () => {
    const timeline = await listTimeline(test.db, NO_TIMELINE_FILTERS);
    const slugs = timeline.years.flatMap((year) => year.engagements.map((engagement) => engagement.slug));
    expect(slugs).not.toContain(rejected.engagement.slug);
    expect(timeline.total).toBe(await test.db.engagement.count({ where: { origin: { not: "rejected" } } }));
  });

  it("leaves rejected facts out of the engagement's row", async () => {
    const row = await timelineRow(WOODSIDE);
    expect(row.participants.flatMap((group) => group.items).map((person) => person.slug)).not.toContain(rejected.participation.personSlug);
    expect(row.topics.map((topic) => topic.slug)).not.toContain(rejected.topicLink.topicSlug);
    expect(row.outcomeCount).toBe(await test.db.outcome.count({ where: { engagement: { slug: WOODSIDE }, origin: { not: "rejected" } } }));
  });

  it("never lets a rejected fact make an engagement match a filter", async () => {
    expect(await timelineSlugs({ person: rejected.participation.personSlug })).not.toContain(WOODSIDE);
    expect(await timelineSlugs({ topic: [rejected.topicLink.topicSlug] })).not.toContain(WOODSIDE);
    expect(await timelineSlugs({ outcome: rejected.outcome.status as TimelineFilters["outcome"], side: rejected.outcome.side as TimelineFilters["side"] })).not.toContain(WOODSIDE);
  });

  it("drops a rejected engagement's place from the filter choices and the map", async () => {
    const options = await listFilterOptions(test.db);
    expect(options.places.map((place) => place.value)).not.toContain(rejected.engagement.placeName);
    const map = await listMapPlaces(test.db, NO_TIMELINE_FILTERS, (await test.db.engagement.findMany({ select: { id: true } })).map((row) => row.id));
    expect(map.places.map((place) => place.name)).not.toContain(rejected.engagement.placeName);
  });
});

describe("rejected facts on topic, person and source pages", () => {
  it("counts and threads a topic without its rejected link and outcome", async () => {
    const thread = await getTopicThread(test.db, rejected.topicLink.topicSlug);
    expect(thread?.engagements.map((entry) => entry.slug)).not.toContain(WOODSIDE);
    const after = await listTopics(test.db);
    const was = topicCount(before.topics, rejected.topicLink.topicSlug);
    expect(topicCount(after, rejected.topicLink.topicSlug).engagementCount).toBeLessThan(was.engagementCount);
    const outcomeTopic = (await test.db.outcome.findUniqueOrThrow({ where: { id: rejected.outcome.id }, include: { topic: true } })).topic!.slug;
    expect(topicCount(after, outcomeTopic).outcomeCount).toBe(topicCount(before.topics, outcomeTopic).outcomeCount - 1);
    const outcomeThread = await getTopicThread(test.db, outcomeTopic);
    expect(outcomeThread?.outcomes.map((outcome) => outcome.statement)).not.toContain(rejected.outcome.statement);
  });

  it("leaves the engagement off the page of a person whose participation was rejected", async () => {
    const person = await getPerson(test.db, rejected.participation.personSlug);
    expect(person?.engagements.map((entry) => entry.slug)).not.toContain(WOODSIDE);
    expect(person?.totalEngagements).toBe(before.personEngagements - 1);
  });

  it("does not list the evidence of a rejected fact on its source page", async () => {
    const source = await getSource(test.db, rejected.outcome.articleSlug);
    const shown = source!.evidence.map((row) => row.id);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of [...rejected.outcome.evidenceIds, ...rejected.participation.evidenceIds]) expect(shown).not.toContain(id);
  });

  it("finds no disagreements for a rejected engagement", async () => {
    expect(await findDisagreements(test.db, rejected.engagement.slug)).toBeNull();
  });
});

describe("rejected facts in search, exports and the API", () => {
  it("search finds neither a rejected engagement nor a rejected outcome", async () => {
    const byTitle = await searchAll(test.db, `"${rejected.engagement.title}"`);
    expect(byTitle.engagements.map((hit) => hit.slug)).not.toContain(rejected.engagement.slug);
    const byStatement = await searchAll(test.db, `"${rejected.outcome.statement}"`);
    const woodside = byStatement.engagements.find((hit) => hit.slug === WOODSIDE);
    expect(woodside?.facts.some((fact) => fact.kind === "outcome") ?? false).toBe(false);
  });

  it("exports neither in CSV nor JSON", async () => {
    const engagementsCsv = await collect(buildEngagementsCsv(test.db, NO_TIMELINE_FILTERS, ORIGIN));
    expect(engagementsCsv).toContain(WOODSIDE);
    expect(engagementsCsv).not.toContain(rejected.engagement.slug);
    const factsCsv = await collect(buildFactsCsv(test.db, NO_TIMELINE_FILTERS, ORIGIN));
    expect(factsCsv).not.toContain(rejected.outcome.statement);
    for (const id of rejected.participation.evidenceIds) expect(factsCsv).not.toContain(`#ev-${id},`);
    const json = JSON.parse(await collect(buildEngagementsJson(test.db, NO_TIMELINE_FILTERS))) as { data: { slug: string; participants: { slug: string }[]; topics: { slug: string }[] }[] };
    expect(json.data.map((row) => row.slug)).not.toContain(rejected.engagement.slug);
    const woodside = json.data.find((row) => row.slug === WOODSIDE)!;
    expect(woodside.participants.map((person) => person.slug)).not.toContain(rejected.participation.personSlug);
    expect(woodside.topics.map((topic) => topic.slug)).not.toContain(rejected.topicLink.topicSlug);
  });

  it("lists neither in the API", async () => {
    const body = (await (await callRoute(listEngagementsRoute, "/api/v1/engagements?limit=100")).json()) as { data: { slug: string; participants: { slug: string }[] }[] };
    expect(body.data.map((row) => row.slug)).not.toContain(rejected.engagement.slug);
    expect(body.data.find((row) => row.slug === WOODSIDE)?.participants.map((person) => person.slug)).not.toContain(rejected.participation.personSlug);
    const people = (await (await callRoute(listPeopleRoute, "/api/v1/people?limit=100")).json()) as { data: { slug: string; engagementCount: number }[] };
    expect(people.data.find((person) => person.slug === rejected.participation.personSlug)?.engagementCount).toBe(before.personEngagements - 1);
  });
});

describe("the desk still sees what readers do not", () => {
  it("keeps every rejection in the history", async () => {
    const history = await getFactHistory(test.db, [
      { factType: "participation", ids: [rejected.participation.id] },
      { factType: "topic", ids: [rejected.topicLink.id] },
      { factType: "outcome", ids: [rejected.outcome.id] },
      { factType: "engagement", ids: [rejected.engagement.id] },
    ]);
    const keys = [historyKey("participation", rejected.participation.id), historyKey("topic", rejected.topicLink.id), historyKey("outcome", rejected.outcome.id), historyKey("engagement", rejected.engagement.id)];
    for (const key of keys) expect(history.get(key)?.map((entry) => [entry.field, entry.to])).toEqual([["origin", "rejected"]]);
  });

  it("keeps offering the unreviewed facts of a rejected engagement in the queue", async () => {
    const queue = await listReviewQueue(test.db, { engagement: rejected.engagement.slug, article: null, kind: null, page: 1 });
    expect(queue.items.map((item) => [item.kind, item.id])).toContainEqual(["topic", rejected.engagement.extractedLinkId]);
  });
});
