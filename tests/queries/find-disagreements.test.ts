import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findDisagreements } from "@/lib/queries/find-disagreements";
import { getEngagementPage } from "@/lib/queries/get-engagement-page";
import { seedDatabase } from "@/lib/store/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/database";

/**
 * Disagreement between sources, on the real seed plus conflicting rows inserted the way the
 * store writes them: date and place evidence with the value each source gives (`claim`),
 * and outcomes backed by excerpts of different articles.
 */

const WOODSIDE = "2023-11-15-biden-xi-woodside";
const BEIJING = "2023-06-blinken-beijing";
const BALI = "2022-11-biden-xi-bali";

const NBC = "nbc-us-looks-to-china-fentanyl-commitment-2023";
const CBS_SUMMIT = "cbs-biden-announces-progress-after-xi-meeting-2023";
const CBS_BLINKEN = "cbs-blinken-consequential-relationship-2023";
const AP_ALASKA = "ap-white-house-low-expectations-alaska-talks-2021";

let test: TestDatabase;
beforeAll(async () => {
  test = createTestDatabase("disagreements");
  await seedDatabase(test.db);
});
afterAll(() => test.close());

/** Rows a test adds are removed before the next one, so each starts from the seed. */
const added = { evidence: [] as number[], outcomes: [] as number[] };
beforeEach(async () => {
  await test.db.evidence.deleteMany({ where: { id: { in: added.evidence } } });
  await test.db.outcome.deleteMany({ where: { id: { in: added.outcomes } } });
  added.evidence = [];
  added.outcomes = [];
});

async function ids(engagementSlug: string, articleSlug: string) {
  const engagement = await test.db.engagement.findUniqueOrThrow({ where: { slug: engagementSlug }, select: { id: true } });
  const article = await test.db.article.findUniqueOrThrow({ where: { slug: articleSlug }, select: { id: true, cleanedText: true } });
  return { engagementId: engagement.id, article };
}

/** A real excerpt of the article (its first sentence-ish stretch), anchored at its offsets. */
function excerptOf(text: string, start = 0) {
  const end = Math.min(text.length, start + 60);
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 20), start), suffix: text.slice(end, end + 20), start, end };
}

async function addClaim(engagementSlug: string, articleSlug: string, factType: "date" | "place", claim: string | null, at = 0) {
  const { engagementId, article } = await ids(engagementSlug, articleSlug);
  const row = await test.db.evidence.create({
    data: { engagementId, articleId: article.id, factType, claim, origin: "extracted", ...excerptOf(article.cleanedText, at) },
    select: { id: true },
  });
  added.evidence.push(row.id);
  return row.id;
}

async function addOutcome(engagementSlug: string, articleSlug: string, topicSlug: string, status: string, statement: string) {
  const { engagementId, article } = await ids(engagementSlug, articleSlug);
  const topic = await test.db.topic.findUniqueOrThrow({ where: { slug: topicSlug }, select: { id: true } });
  const outcome = await test.db.outcome.create({
    data: { engagementId, topicId: topic.id, status, side: "CN", statement, origin: "extracted", confidence: 0.6 },
    select: { id: true },
  });
  added.outcomes.push(outcome.id);
  const evidence = await test.db.evidence.create({
    data: { engagementId, articleId: article.id, factType: "outcome", outcomeId: outcome.id, origin: "extracted", ...excerptOf(article.cleanedText, 100) },
    select: { id: true },
  });
  added.evidence.push(evidence.id);
  return outcome.id;
}

describe("findDisagreements: dates", () => {
  it("answers null for an unknown engagement", async () => {
    expect(await findDisagreements(test.db, "no-such-engagement")).toBeNull();
  });

  it("finds one version when every source gives the same date, reading curated month dates at their precision", async () => {
    const bali = (await findDisagreements(test.db, BALI))!;
    expect(bali.date).toMatchObject({ several: false, differ: false });
    expect(bali.date!.versions).toEqual([expect.objectContaining({ claim: "2022-11", label: "November 2022", shown: true, sourceCount: 2 })]);
    const woodside = (await findDisagreements(test.db, WOODSIDE))!;
    expect(woodside.date!.versions.map((version) => version.claim)).toEqual(["2023-11-15"]);
    expect(woodside.date!.versions[0]!.sourceCount).toBe(3);
  });

  it("shows both versions with their sources when an article gives another day", async () => {
    const evidenceId = await addClaim(WOODSIDE, AP_ALASKA, "date", "2023-11-14");
    const { date } = (await findDisagreements(test.db, WOODSIDE))!;
    expect(date).toMatchObject({ fact: "date", several: true, differ: true });
    expect(date!.versions.map(({ claim, label, shown, lessPrecise, sourceCount }) => ({ claim, label, shown, lessPrecise, sourceCount }))).toEqual([
      { claim: "2023-11-15", label: "15 November 2023", shown: true, lessPrecise: false, sourceCount: 3 },
      { claim: "2023-11-14", label: "14 November 2023", shown: false, lessPrecise: false, sourceCount: 1 },
    ]);
    const other = date!.versions[1]!;
    expect(other.evidence.map((evidence) => [evidence.id, evidence.article.slug, evidence.claim])).toEqual([[evidenceId, AP_ALASKA, "14 November 2023"]]);
  });

  it("treats a month that contains the day as compatible but less precise", async () => {
    await addClaim(WOODSIDE, AP_ALASKA, "date", "2023-11");
    const { date } = (await findDisagreements(test.db, WOODSIDE))!;
    expect(date).toMatchObject({ several: true, differ: false });
    expect(date!.versions.map(({ claim, lessPrecise }) => ({ claim, lessPrecise }))).toEqual([
      { claim: "2023-11-15", lessPrecise: false },
      { claim: "2023-11", lessPrecise: true },
    ]);
  });

  it("still differs when a month does not contain the day, or the year is another", async () => {
    await addClaim(WOODSIDE, AP_ALASKA, "date", "2023-10");
    expect((await findDisagreements(test.db, WOODSIDE))!.date).toMatchObject({ several: true, differ: true });
    await addClaim(BALI, AP_ALASKA, "date", "2022-11-15");
    const bali = (await findDisagreements(test.db, BALI))!.date!;
    // the curated month contains the extracted day: compatible, the month is the less precise
    expect(bali).toMatchObject({ several: true, differ: false });
    expect(bali.versions.find((version) => version.claim === "2022-11")!.lessPrecise).toBe(true);
  });

  it("relabels the date excerpts on the page with their version's wording", async () => {
    const page = (await getEngagementPage(test.db, BALI))!;
    expect(page.engagement.date.evidence.map((evidence) => evidence.claim)).toEqual(["November 2022", "November 2022"]);
    expect(await getEngagementPage(test.db, "nope")).toBeNull();
  });
});

describe("findDisagreements: places", () => {
  it("groups an alias with its place (Woodside is the Filoli estate)", async () => {
    await addClaim(WOODSIDE, CBS_BLINKEN, "place", "Woodside");
    const { place } = (await findDisagreements(test.db, WOODSIDE))!;
    expect(place).toMatchObject({ several: false, differ: false });
    expect(place!.versions[0]!.sourceCount).toBe(2);
  });

  it("shows a different city as a disagreement", async () => {
    await addClaim(WOODSIDE, NBC, "place", "San Francisco");
    const { place } = (await findDisagreements(test.db, WOODSIDE))!;
    expect(place).toMatchObject({ fact: "place", several: true, differ: true });
    expect(place!.versions.map((version) => [version.label, version.shown])).toEqual([
      ["Filoli estate, Woodside", true],
      ["San Francisco", false],
    ]);
  });

  it("treats the country of the place as compatible but less precise", async () => {
    await addClaim(BEIJING, CBS_SUMMIT, "place", "China");
    const { place } = (await findDisagreements(test.db, BEIJING))!;
    expect(place).toMatchObject({ several: true, differ: false });
    expect(place!.versions.map(({ label, lessPrecise }) => ({ label, lessPrecise }))).toEqual([
      { label: "Beijing", lessPrecise: false },
      { label: "China", lessPrecise: true },
    ]);
  });
});

describe("findDisagreements: outcomes", () => {
  it("on the seed, treats the pre-summit expectation as a forecast, not a conflicting account (military channels)", async () => {
    const { outcomes } = (await findDisagreements(test.db, WOODSIDE))!;
    expect(outcomes).toEqual([]);
  });

  it("sets a rejection reported by another article beside the results it contradicts", async () => {
    await addOutcome(WOODSIDE, NBC, "military-communication", "rejected", "China declined to restore the military hotline");
    const { outcomes } = (await findDisagreements(test.db, WOODSIDE))!;
    expect(outcomes.map((item) => item.topic.slug)).toEqual(["military-communication"]);
    expect(outcomes[0]!.outcomes.map((outcome) => [outcome.status.value, outcome.sources.map((source) => source.slug)])).toEqual([
      ["agreed", [CBS_SUMMIT, CBS_BLINKEN]],
      ["announced", [CBS_SUMMIT]],
      ["announced", [CBS_SUMMIT]],
      ["rejected", [NBC]],
    ]);
  });

  it("does not count two statuses from the same article as a disagreement (Beijing: agreed and proposed on fentanyl)", async () => {
    const { outcomes } = (await findDisagreements(test.db, BEIJING))!;
    expect(outcomes).toEqual([]);
  });

  it("shows a status from another article side by side with the one it contradicts", async () => {
    const id = await addOutcome(BEIJING, NBC, "fentanyl", "no-agreement", "No agreement on fentanyl was reached");
    const { outcomes } = (await findDisagreements(test.db, BEIJING))!;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.topic).toEqual({ slug: "fentanyl", name: expect.any(String) });
    expect(outcomes[0]!.outcomes.map((outcome) => outcome.status.value)).toEqual(["agreed", "proposed", "no-agreement"]);
    const added = outcomes[0]!.outcomes.find((outcome) => outcome.id === id)!;
    expect(added.sources.map((source) => source.slug)).toEqual([NBC]);
    expect(added.side?.value).toBe("CN");
  });

  it("ignores the same status from another article, and a status alone on its topic", async () => {
    await addOutcome(WOODSIDE, NBC, "fentanyl", "agreed", "Cooperation on fentanyl agreed");
    await addOutcome(WOODSIDE, NBC, "taiwan", "rejected", "Taiwan remarks rejected");
    const { outcomes } = (await findDisagreements(test.db, WOODSIDE))!;
    expect(outcomes).toEqual([]);
  });
});
