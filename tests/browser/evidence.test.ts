import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { open, queryDb, revealAsUser, settle, setupBrowser } from "./browser";
import { engagementSlugWherePlace } from "./expected";

const { page: newPage } = setupBrowser();

interface EvidenceRow {
  id: number;
  exact: string;
  start: number;
  end: number;
  articleId: number;
  articleSlug: string;
}

function evidenceOf(engagementSlug: string): EvidenceRow[] {
  return queryDb<EvidenceRow>(
    `SELECT ev.id, ev.exact, ev.start, ev."end", ev."articleId", a.slug AS "articleSlug"
       FROM "Evidence" ev JOIN "Article" a ON a.id = ev."articleId" JOIN "Engagement" e ON e.id = ev."engagementId"
      WHERE e.slug = ? ORDER BY ev.id`,
    engagementSlug,
  );
}

/** Evidence spans that cross another span of the same article (neither contains the other). */
function crossesAnother(row: EvidenceRow): boolean {
  const others = queryDb<{ start: number; end: number }>(`SELECT start, "end" FROM "Evidence" WHERE "articleId" = ? AND id <> ?`, row.articleId, row.id);
  return others.some((other) => other.start < row.end && row.start < other.end && !(other.start <= row.start && row.end <= other.end) && !(row.start <= other.start && other.end <= row.end));
}

interface TargetState {
  exists: boolean;
  tag: string;
  text: string;
  isTarget: boolean;
  inViewport: boolean;
  background: string;
  /** background of a mark that is not the target (nor nested with it), or null when there is none */
  otherBackground: string | null;
}

function targetState(page: Page, id: string): Promise<TargetState> {
  return page.evaluate((elementId) => {
    const element = document.getElementById(elementId);
    if (!element) return { exists: false, tag: "", text: "", isTarget: false, inViewport: false, background: "", otherBackground: null };
    const rect = element.getBoundingClientRect();
    const other = [...document.querySelectorAll("mark")].find((mark) => !mark.contains(element) && !element.contains(mark));
    return {
      exists: true,
      tag: element.tagName.toLowerCase(),
      text: element.textContent ?? "",
      isTarget: element.matches(":target"),
      inViewport: rect.bottom > 0 && rect.top < window.innerHeight && rect.width > 0,
      background: getComputedStyle(element).backgroundColor,
      otherBackground: other ? getComputedStyle(other).backgroundColor : null,
    };
  }, id);
}

/** Where two texts part, with a little context: "reads …X, expected …Y". */
function describeDifference(actual: string, expected: string): string {
  let at = 0;
  while (at < actual.length && at < expected.length && actual[at] === expected[at]) at += 1;
  const from = Math.max(0, at - 30);
  return `reads ${JSON.stringify(`…${actual.slice(from, at + 30)}`)}, expected ${JSON.stringify(`…${expected.slice(from, at + 30)}`)} (they differ at character ${at})`;
}

const ENGAGEMENTS = ["Woodside", "Anchorage"];

describe("evidence excerpts lead to the highlighted span in the reader", () => {
  for (const javaScriptEnabled of [true, false]) {
    test.each(ENGAGEMENTS)(`clicking an excerpt link on the %s engagement page (${javaScriptEnabled ? "JS" : "no JS"})`, async (place) => {
      const slug = engagementSlugWherePlace(place);
      const page = await newPage({ javaScriptEnabled });
      await open(page, `/engagements/${slug}`);

      const link = page.locator('main a[href*="/sources/"][href*="#ev-"]').first();
      expect(await link.count(), "the engagement page links at least one excerpt to its source").toBe(1);
      await revealAsUser(link);
      const href = new URL((await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href)) as string);
      const match = /^\/sources\/([^/]+)$/.exec(href.pathname);
      expect(match, `excerpt link ${href.pathname}${href.hash} has the form /sources/<slug>#ev-<id>`).not.toBeNull();
      const idMatch = /^#ev-(\d+)$/.exec(href.hash);
      expect(idMatch, `excerpt link hash ${href.hash}`).not.toBeNull();
      const evidenceId = Number(idMatch![1]);
      const [row] = queryDb<{ exact: string; articleSlug: string; engagementSlug: string }>(
        `SELECT ev.exact, a.slug AS "articleSlug", e.slug AS "engagementSlug" FROM "Evidence" ev
           JOIN "Article" a ON a.id = ev."articleId" JOIN "Engagement" e ON e.id = ev."engagementId" WHERE ev.id = ?`,
        evidenceId,
      );
      expect(row, `evidence ${evidenceId} exists`).toBeDefined();
      expect(row!.engagementSlug).toBe(slug);
      expect(decodeURIComponent(match![1]!)).toBe(row!.articleSlug);

      await Promise.all([page.waitForURL((current) => current.pathname === href.pathname && current.hash === href.hash), link.click()]);
      await settle(page);
      await page.waitForSelector(`#ev-${evidenceId}`, { state: "attached" });
      const state = await targetState(page, `ev-${evidenceId}`);
      expect.soft(state.tag, "the target is a <mark>").toBe("mark");
      expect.soft(state.text === row!.exact ? "" : describeDifference(state.text, row!.exact), "the mark holds the excerpt's exact words").toBe("");
      expect.soft(state.isTarget, "the mark matches :target").toBe(true);
      expect.soft(state.inViewport, "the reader scrolled the mark into view").toBe(true);
      expect.soft(state.background, "the mark is highlighted").not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
      expect.soft(state.otherBackground, "the targeted mark stands out from the other marks").not.toBe(state.background);
    });
  }

  test.each(ENGAGEMENTS)("every excerpt of the %s engagement has its anchor in the reader", async (place) => {
    const slug = engagementSlugWherePlace(place);
    const rows = evidenceOf(slug);
    expect(rows.length).toBeGreaterThan(0);
    const page = await newPage({ javaScriptEnabled: false });
    const problems: string[] = [];
    for (const articleSlug of [...new Set(rows.map((row) => row.articleSlug))]) {
      await open(page, `/sources/${articleSlug}`);
      for (const row of rows.filter((candidate) => candidate.articleSlug === articleSlug)) {
        const state = await targetState(page, `ev-${row.id}`);
        if (!state.exists) problems.push(`/sources/${articleSlug}: no element #ev-${row.id}`);
        else if (state.tag !== "mark") problems.push(`/sources/${articleSlug}: #ev-${row.id} is a <${state.tag}>, not a <mark>`);
        // A span that crosses another cannot be one element; only whole spans must match exactly.
        else if (!crossesAnother(row) && state.text !== row.exact) {
          problems.push(`/sources/${articleSlug}: #ev-${row.id} ${describeDifference(state.text, row.exact)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
