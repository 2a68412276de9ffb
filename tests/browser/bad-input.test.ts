import { describe, expect, test } from "vitest";
import { engagementLinks, open, setupBrowser } from "./browser";
import { expectedSlugs } from "./expected";
import { HOSTILE_ARTICLE } from "./server";

const { page: newPage } = setupBrowser();

describe("bad input", () => {
  test.each([
    ["/engagements/no-such-engagement", /engagement/i, true],
    ["/sources/no-such-article", /source|article/i, true],
    ["/topics/no-such-topic", /topic/i, true],
    ["/people/no-such-person", /person|people/i, true],
    ["/engagements/no-such-engagement", /engagement/i, false],
    ["/sources/no-such-article", /source|article/i, false],
    ["/topics/no-such-topic", /topic/i, false],
    ["/people/no-such-person", /person|people/i, false],
  ])("%s answers 404 with a helpful page (JavaScript %s)", async (path, names, javaScriptEnabled) => {
    const page = await newPage({ javaScriptEnabled });
    await open(page, path, 404);
    const text = await page.locator("body").innerText();
    expect(text, "the page says what was not found").toMatch(/not (be )?found|doesn.t exist|does not exist|no such|couldn.t find|could not find/i);
    expect(text, "the message names the kind of page").toMatch(names);
    const home = page.locator('a[href="/"]');
    expect(await home.count(), "a link back to the timeline").toBeGreaterThan(0);
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.count(), "the 404 page has one h1").toBe(1);
  });

  test("a malformed filter shows a visible notice and the unfiltered timeline", async () => {
    const page = await newPage();
    await open(page, "/?topic=nope&from=2023-99-99");
    for (const value of ["nope", "2023-99-99"]) {
      const notice = page.locator("main").getByText(value, { exact: false }).first();
      await notice.waitFor({ state: "visible" });
      expect(await notice.isVisible(), `a visible notice mentions ${value}`).toBe(true);
    }
    // Both values were dropped, so nothing is filtered.
    expect((await engagementLinks(page)).sort()).toEqual(expectedSlugs.all());
  });

  test("a hostile query string is echoed as text, never as markup", async () => {
    const page = await newPage();
    const payload = "<img src=x onerror=window.__pwned=3>";
    await open(page, `/?topic=${encodeURIComponent(payload)}&person=${encodeURIComponent("<script>window.__pwned=4</script>")}`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`article text is rendered as text (${javaScriptEnabled ? "JS" : "no JS"})`, async () => {
      const page = await newPage({ javaScriptEnabled });
      await open(page, `/sources/${HOSTILE_ARTICLE.slug}`);
      const script = page.getByText("<script>window.__pwned=1</script>", { exact: false }).first();
      await script.waitFor({ state: "visible" });
      expect(await script.isVisible(), "the literal <script> text is visible").toBe(true);
      expect(await page.getByText('<img src="x" onerror=', { exact: false }).first().isVisible()).toBe(true);
      expect(await page.locator('img[src="x"]').count(), "no <img> was created from the text").toBe(0);
      if (javaScriptEnabled) {
        expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      }
    });
  }
});
