import { describe, expect, test } from "vitest";
import { open, queryDb, setupBrowser } from "./browser";

const { page: newPage } = setupBrowser();

function woodside(): { slug: string; title: string } {
  const rows = queryDb<{ slug: string; title: string }>(`SELECT slug, title FROM "Engagement" WHERE "placeName" LIKE '%Woodside%' AND "startDate" = '2023-11-15'`);
  expect(rows, "one Woodside engagement in the database").toHaveLength(1);
  return rows[0]!;
}

describe("search", () => {
  test("fentanyl finds the Woodside engagement, with a highlighted snippet linking to its excerpt", async () => {
    const { slug, title } = woodside();
    const page = await newPage();
    await open(page, "/search?q=fentanyl");

    const engagementHit = page.locator("#engagement-results ~ ol > li").filter({ has: page.locator(`a[href="/engagements/${slug}"]`) });
    expect(await engagementHit.count(), "Woodside is among the engagement results").toBe(1);
    const marked = await engagementHit.locator("mark").allTextContents();
    expect(marked.some((text) => /fentanyl/i.test(text)), `highlighted words in the Woodside result: ${marked.join(", ")}`).toBe(true);

    const passage = page.locator("#source-results ~ ol li li").filter({ hasText: `evidence for ${title}` }).filter({ has: page.locator("mark", { hasText: /fentanyl/i }) });
    expect(await passage.count(), "a source passage that is evidence for Woodside highlights fentanyl").toBeGreaterThan(0);
    const link = passage.first().locator('a[href*="#ev-"]');
    const href = (await link.getAttribute("href"))!;
    const evidenceId = /#ev-(\d+)$/.exec(href)?.[1];
    expect(evidenceId, `excerpt link ${href}`).toBeDefined();
    const [evidence] = queryDb<{ exact: string; slug: string }>(
      `SELECT e."exact", e2."slug" FROM "Evidence" e JOIN "Engagement" e2 ON e2.id = e."engagementId" WHERE e.id = ?`,
      Number(evidenceId),
    );
    expect(evidence?.slug, "the linked excerpt backs a Woodside fact").toBe(slug);

    await link.click();
    await page.waitForURL(`**${href}`);
    const target = page.locator(`mark#ev-${evidenceId}`);
    expect(await target.evaluate((element) => element.matches(":target")), "the excerpt is the highlighted target").toBe(true);
    expect((await target.textContent())?.length).toBeGreaterThan(0);
    expect(evidence!.exact.startsWith((await target.textContent())!)).toBe(true);
  });

  test("any input is answered with a page, never an error", async () => {
    const page = await newPage();
    for (const q of ['"', "NEAR(fent", "' OR 1=1 --", "🚀 fent*", "x".repeat(10_000)]) {
      await open(page, `/search?q=${encodeURIComponent(q)}`);
      expect(await page.locator("main h1").count()).toBeGreaterThan(0);
    }
  });
});

describe("topic thread", () => {
  test("military communication lists its steps in date order, the refusal before the agreement", async () => {
    const page = await newPage();
    await open(page, "/topics/military-communication");
    const steps = page.getByRole("list", { name: "Steps, in date order" }).locator(":scope > li");
    const count = await steps.count();
    expect(count, "the thread has several steps").toBeGreaterThanOrEqual(2);
    const rows: { slug: string; status: string }[] = [];
    for (let index = 0; index < count; index += 1) {
      const step = steps.nth(index);
      expect(await step.textContent()).toContain(`Step ${index + 1}`);
      const href = (await step.locator('a[href^="/engagements/"]').first().getAttribute("href"))!;
      rows.push({ slug: href.replace("/engagements/", ""), status: (await step.textContent()) ?? "" });
    }
    const dates = rows.map(({ slug }) => queryDb<{ startDate: string }>(`SELECT "startDate" FROM "Engagement" WHERE slug = ?`, slug)[0]!.startDate);
    expect(dates).toEqual([...dates].sort());
    const refused = rows.findIndex((row) => /Rejected/.test(row.status));
    const agreed = rows.findIndex((row) => /Agreed/.test(row.status));
    expect(refused, "a rejected step").toBeGreaterThanOrEqual(0);
    expect(agreed, "an agreed step").toBeGreaterThan(refused);
  });
});

describe("map", () => {
  test("the timeline's map has a marker for Woodside that leads to it", async () => {
    const { slug, title } = woodside();
    const page = await newPage();
    await open(page, "/");
    const markers = page.locator('svg a[aria-label*="Woodside"]');
    expect(await markers.count(), "one marker names Woodside").toBe(1);
    await markers.first().click();
    await page.waitForURL((address) => address.pathname === `/engagements/${slug}` || address.searchParams.has("place"));
    if (new URL(page.url()).pathname === `/engagements/${slug}`) {
      expect(await page.locator("h1").textContent()).toContain(title);
    } else {
      expect(await page.locator(`#timeline a[href="/engagements/${slug}"]`).count()).toBeGreaterThan(0);
    }
  });
});
