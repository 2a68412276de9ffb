import { describe, expect, test } from "vitest";
import { open, queryDb, seriousAxeViolations, setupBrowser } from "./browser";
import { engagementSlugWherePlace } from "./expected";

const { page: newPage } = setupBrowser();

/** The article backing the most excerpts: the busiest reader page. */
function busiestSource(): string {
  const [row] = queryDb<{ slug: string }>(
    `SELECT a.slug FROM "Article" a JOIN "Evidence" ev ON ev."articleId" = a.id GROUP BY a.id ORDER BY COUNT(*) DESC, a.id LIMIT 1`,
  );
  if (!row) throw new Error("no article with evidence in the test database");
  return row.slug;
}

const PAGES: { name: string; path: () => string }[] = [
  { name: "timeline", path: () => "/" },
  { name: "filtered timeline", path: () => "/?topic=fentanyl&kind=leader-summit" },
  { name: "engagement", path: () => `/engagements/${engagementSlugWherePlace("Woodside")}` },
  { name: "topic", path: () => "/topics/military-communication" },
  { name: "person", path: () => "/people/xi-jinping" },
  { name: "source", path: () => `/sources/${busiestSource()}` },
];

const VIEWS = [
  { view: "light 1280px", colorScheme: "light" as const, width: 1280, height: 800 },
  { view: "dark 1280px", colorScheme: "dark" as const, width: 1280, height: 800 },
  { view: "light 360px", colorScheme: "light" as const, width: 360, height: 740 },
  { view: "dark 360px", colorScheme: "dark" as const, width: 360, height: 740 },
];

describe("axe: no serious or critical WCAG 2.2 AA violation", () => {
  const matrix = PAGES.flatMap((page) => VIEWS.map((view) => ({ ...page, ...view })));
  test.each(matrix)("$name page, $view", async ({ path, colorScheme, width, height }) => {
    const page = await newPage({ colorScheme, viewport: { width, height } });
    await open(page, path());
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe("small screens", () => {
  test.each(PAGES)("$name page does not scroll sideways at 360px", async ({ path }) => {
    const page = await newPage({ viewport: { width: 360, height: 740 } });
    await open(page, path());
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("body *")]
        // Visually hidden content (clipped to 1px by .sr-only) cannot make anyone scroll.
        .filter((element) => !element.closest(".sr-only"))
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .filter((element) => !(element.parentElement && element.parentElement.getBoundingClientRect().right > width + 1))
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${element.className && typeof element.className === "string" ? `.${element.className.trim().split(/\s+/).slice(0, 3).join(".")}` : ""}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, wide };
    });
    expect(overflow.wide, "elements sticking out to the right").toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
  });
});

describe("keyboard", () => {
  test.each(PAGES)("$name page: the first Tab reaches a skip link that moves focus to main", async ({ path }) => {
    const page = await newPage();
    await open(page, path());
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      const rect = active?.getBoundingClientRect();
      return {
        tag: active?.tagName.toLowerCase() ?? "",
        text: (active?.textContent ?? "").trim(),
        href: active?.getAttribute("href") ?? "",
        visible: !!rect && rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.right > 0,
      };
    });
    expect(first.tag, "first focusable element").toBe("a");
    expect(first.text).toMatch(/skip/i);
    expect(first.href).toMatch(/^#./);
    expect(first.visible, "the skip link is visible when focused").toBe(true);
    const targetId = first.href.slice(1);
    const targetIsMain = await page.evaluate((id) => {
      const target = document.getElementById(decodeURIComponent(id));
      return !!target && (target.tagName.toLowerCase() === "main" || target.closest("main") !== null || target.querySelector("main") !== null);
    }, targetId);
    expect(targetIsMain, `#${targetId} is the main element`).toBe(true);

    await page.keyboard.press("Enter");
    await page.waitForURL((current) => current.hash === first.href);
    const focus = await page.evaluate(() => {
      const active = document.activeElement;
      return { tag: active?.tagName.toLowerCase() ?? "", inMain: !!active?.closest("main") };
    });
    expect(focus.inMain, `focus moved into main (now on <${focus.tag}>)`).toBe(true);
    // The next Tab continues inside main, past the header and navigation.
    await page.keyboard.press("Tab");
    const next = await page.evaluate(() => !!document.activeElement?.closest("main"));
    expect(next, "the Tab after the skip link lands inside main").toBe(true);
  });
});
