import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { engagementLinks, open, queryDb, revealAsUser, settle, setupBrowser } from "./browser";
import { expectedSlugs } from "./expected";

const { page: newPage } = setupBrowser();

async function listedSlugs(page: Page): Promise<string[]> {
  return (await engagementLinks(page)).sort();
}

/** The timeline's filter form: the form holding the topic checkboxes. */
function filterForm(page: Page): Locator {
  return page.locator('form:has(input[name="topic"])');
}

/** Sets one field of the filter form the way a user would, whatever control the page uses. */
async function setField(form: Locator, name: string, value: string): Promise<void> {
  const fields = form.locator(`[name="${name}"]`);
  expect(await fields.count(), `filter form has a field named ${name}`).toBeGreaterThan(0);
  const first = fields.first();
  const tag = await first.evaluate((element) => element.tagName.toLowerCase());
  const type = (await first.getAttribute("type")) ?? "";
  if (tag === "select") await first.selectOption(value);
  else if (type === "checkbox" || type === "radio") await checkAsUser(form.locator(`[name="${name}"][value="${value}"]`));
  else await first.fill(value);
}

/** Checks a box the way a user would: opening the collapsed <details> around it first. */
async function checkAsUser(box: Locator): Promise<void> {
  await revealAsUser(box);
  await box.check();
}

async function submit(page: Page, form: Locator, expectParam: [string, string]): Promise<URL> {
  const [name, value] = expectParam;
  await Promise.all([
    page.waitForURL((current) => current.searchParams.getAll(name).includes(value)),
    form.locator('button[type="submit"], input[type="submit"], button:not([type])').first().click(),
  ]);
  await settle(page);
  return new URL(page.url());
}

interface MeetingExpectation {
  place: string;
  datePrefix: string;
  shown: RegExp[];
}

const NAMED_MEETINGS: MeetingExpectation[] = [
  { place: "Anchorage", datePrefix: "2021-03", shown: [/2021/, /Mar(ch)?\b|2021-03/] },
  { place: "Bali", datePrefix: "2022-11", shown: [/2022/, /Nov(ember)?\b|2022-11/] },
  { place: "Beijing", datePrefix: "2023-06", shown: [/2023/, /June?\b|2023-06/] },
  { place: "Woodside", datePrefix: "2023-11-15", shown: [/2023/, /Nov(ember)?\b|2023-11/, /\b15\b/] },
];

describe("timeline /", () => {
  test("lists every engagement in the database", async () => {
    const page = await newPage();
    await open(page, "/");
    expect(await listedSlugs(page)).toEqual(expectedSlugs.all());
  });

  test("lists Anchorage, Bali, Beijing and Woodside in date order", async () => {
    const page = await newPage();
    await open(page, "/");
    const links = await page.locator('#timeline a[href*="/engagements/"]').evaluateAll((elements) =>
      elements.map((element, index) => {
        const anchor = element as HTMLAnchorElement;
        const entry = anchor.closest("li, article, tr, section") ?? anchor;
        return {
          index,
          slug: decodeURIComponent(new URL(anchor.getAttribute("href") ?? "", document.baseURI).pathname.replace(/^\/engagements\//, "").replace(/\/$/, "")),
          text: (anchor.textContent ?? "").replace(/\s+/g, " ").trim(),
          entryText: (entry.textContent ?? "").replace(/\s+/g, " ").trim(),
        };
      }),
    );
    const found = NAMED_MEETINGS.map((meeting) => {
      const rows = queryDb<{ slug: string; title: string }>(
        `SELECT slug, title FROM "Engagement" WHERE "placeName" LIKE ? AND "startDate" LIKE ?`,
        `%${meeting.place}%`,
        `${meeting.datePrefix}%`,
      );
      expect(rows, `one engagement in ${meeting.place} dated ${meeting.datePrefix} in the database`).toHaveLength(1);
      const { slug, title } = rows[0]!;
      const first = links.find((link) => link.slug === slug);
      expect(first, `the timeline links to /engagements/${slug}`).toBeDefined();
      expect(first!.text, `${meeting.place} link shows the engagement title`).toContain(title);
      expect(first!.text, `${meeting.place} link names the place`).toContain(meeting.place);
      for (const pattern of meeting.shown) expect(first!.entryText, `${meeting.place} entry shows its date`).toMatch(pattern);
      return { place: meeting.place, index: first!.index };
    });
    const order = [...found].sort((a, b) => a.index - b.index).map((meeting) => meeting.place);
    expect(order).toEqual(NAMED_MEETINGS.map((meeting) => meeting.place));
  });

  test("/?topic=fentanyl lists exactly the engagements linked to fentanyl", async () => {
    const expected = expectedSlugs.topic("fentanyl");
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(expectedSlugs.all().length);
    const page = await newPage();
    await open(page, "/?topic=fentanyl");
    expect(await listedSlugs(page)).toEqual(expected);
  });
});

describe("timeline filters in the URL", () => {
  const cases: { name: string; query: string; expected: () => string[] }[] = [
    { name: "person", query: "person=wang-yi", expected: () => expectedSlugs.person("wang-yi") },
    { name: "kind", query: "kind=leader-summit", expected: () => expectedSlugs.kind("leader-summit") },
    { name: "outcome status", query: "outcome=rejected", expected: () => expectedSlugs.outcome("rejected") },
    { name: "side", query: "side=both", expected: () => expectedSlugs.side("both") },
    { name: "date range", query: "from=2022&to=2023-06", expected: () => expectedSlugs.dates("2022-01-01", "2023-06-30") },
    { name: "date from only", query: "from=2023-07-01", expected: () => expectedSlugs.dates("2023-07-01", "9999-12-31") },
    {
      name: "topic and kind together",
      query: "topic=fentanyl&kind=leader-summit",
      expected: () => expectedSlugs.topic("fentanyl").filter((slug) => expectedSlugs.kind("leader-summit").includes(slug)),
    },
  ];

  test.each(cases)("filters by $name (/?$query)", async ({ query, expected }) => {
    const want = expected();
    expect(want.length, "the filter matches something in the seeded data").toBeGreaterThan(0);
    expect(want.length, "the filter leaves something out").toBeLessThan(expectedSlugs.all().length);
    const page = await newPage();
    await open(page, `/?${query}`);
    expect(await listedSlugs(page)).toEqual(want);
  });
});

describe("filter form", () => {
  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

    test(`person filter ${mode}: the form puts it in the URL and filters`, async () => {
      const page = await newPage({ javaScriptEnabled });
      await open(page, "/");
      const form = filterForm(page);
      await setField(form, "person", "xi-jinping");
      const current = await submit(page, form, ["person", "xi-jinping"]);
      expect(current.pathname).toBe("/");
      expect(current.searchParams.get("person")).toBe("xi-jinping");
      expect(await listedSlugs(page)).toEqual(expectedSlugs.person("xi-jinping"));
    });

    test.each([
      ["outcome", "rejected", () => expectedSlugs.outcome("rejected")],
      ["side", "both", () => expectedSlugs.side("both")],
    ] as const)(`%s=%s through the form ${mode}`, async (name, value, expected) => {
      const page = await newPage({ javaScriptEnabled });
      await open(page, "/");
      const form = filterForm(page);
      await setField(form, name, value);
      const current = await submit(page, form, [name, value]);
      expect(current.searchParams.get(name)).toBe(value);
      expect(await listedSlugs(page)).toEqual(expected());
    });

    test(`kind and date filters ${mode}`, async () => {
      const page = await newPage({ javaScriptEnabled });
      await open(page, "/");
      const form = filterForm(page);
      await setField(form, "kind", "ministerial-visit");
      await setField(form, "from", "2023-03-01");
      const current = await submit(page, form, ["kind", "ministerial-visit"]);
      expect(current.searchParams.get("from")).toBe("2023-03-01");
      const want = expectedSlugs.kind("ministerial-visit").filter((slug) => expectedSlugs.dates("2023-03-01", "9999-12-31").includes(slug));
      expect(want.length).toBeGreaterThan(0);
      expect(await listedSlugs(page)).toEqual(want);
    });
  }

  test("without JavaScript: check a topic, submit, then remove the chip", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await open(page, "/");
    const form = filterForm(page);
    await checkAsUser(form.locator('input[type="checkbox"][name="topic"][value="fentanyl"]'));
    const current = await submit(page, form, ["topic", "fentanyl"]);
    expect(current.searchParams.getAll("topic")).toEqual(["fentanyl"]);
    expect(await listedSlugs(page)).toEqual(expectedSlugs.topic("fentanyl"));
    // The box stays checked on the filtered page (the form reflects the URL).
    expect(await filterForm(page).locator('input[type="checkbox"][name="topic"][value="fentanyl"]').isChecked()).toBe(true);

    const chip = await removeChip(page, "topic", "fentanyl", /fentanyl/i);
    await Promise.all([page.waitForURL((next) => !next.searchParams.getAll("topic").includes("fentanyl")), chip.click()]);
    await settle(page);
    expect(await listedSlugs(page)).toEqual(expectedSlugs.all());
  });

  test("without JavaScript: removing one chip keeps the other filters", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await open(page, "/?topic=fentanyl&kind=leader-summit");
    const chip = await removeChip(page, "topic", "fentanyl", /fentanyl/i);
    await Promise.all([page.waitForURL((next) => !next.searchParams.getAll("topic").includes("fentanyl")), chip.click()]);
    await settle(page);
    const current = new URL(page.url());
    expect(current.searchParams.get("kind")).toBe("leader-summit");
    expect(current.searchParams.getAll("topic")).toEqual([]);
    expect(await listedSlugs(page)).toEqual(expectedSlugs.kind("leader-summit"));
  });
});

/**
 * The active-filter chip that removes `param=value`: a link back to the timeline whose query
 * is the current one without that value (empty form fields aside), named after the filter (so
 * the site logo's link home does not count).
 */
async function removeChip(page: Page, param: string, value: string, label: RegExp): Promise<Locator> {
  const current = new URL(page.url());
  const wanted = new URLSearchParams();
  for (const [key, kept] of current.searchParams) if (kept !== "" && !(key === param && kept === value)) wanted.append(key, kept);
  const canonical = (search: URLSearchParams) => [...search].filter(([, kept]) => kept !== "").map(([key, kept]) => `${key}=${kept}`).sort().join("&");
  const target = canonical(wanted);
  const candidates = page.locator("a[href]");
  const links = await candidates.evaluateAll((elements) =>
    elements.map((link) => ({
      href: (link as HTMLAnchorElement).href,
      name: [link.textContent, link.getAttribute("aria-label"), link.getAttribute("title")].join(" "),
    })),
  );
  const index = links.findIndex(({ href, name }) => {
    const next = new URL(href);
    return next.origin === current.origin && next.pathname === "/" && canonical(next.searchParams) === target && label.test(name);
  });
  const hrefs = links.map((link) => link.href);
  expect(index, `a chip link removing ${param}=${value} (to /?${target}) among ${hrefs.length} links`).toBeGreaterThanOrEqual(0);
  return candidates.nth(index);
}
