import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { ENGAGEMENT_PAGE_SIZE } from "@/lib/queries/engagement-keyset";
import { TOPIC_PAGE_SIZE } from "@/lib/queries/get-topic-thread";
import { ENGAGEMENTS_PER_PAGE } from "@/lib/queries/search";
import { engagementLinks, open, settle, setupBrowser } from "./browser";

/**
 * Paging with and without JavaScript: 130 dated and 5 undated engagements on a taxonomy topic
 * no seed engagement uses (added for this file, removed after it; the data version is bumped
 * both times so the server's read cache follows), walked with the newer/older links and the
 * year jump.
 */

const { page: newPage } = setupBrowser();

/** A leaf topic of the taxonomy with no engagement yet, chosen when the file starts. */
let TOPIC = "";
const DATED = 130;
const UNDATED = 5;
const slugOf = (index: number) => `paging-test-${String(index).padStart(3, "0")}`;
/** Timeline order: dated by day (two a month from 1990), then the undated ones by id. */
const EXPECTED = Array.from({ length: DATED + UNDATED }, (_, index) => slugOf(index));

function withDatabase<T>(work: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(inject("databaseFile"));
  try {
    return sqlite.transaction(() => {
      const result = work(sqlite);
      sqlite.prepare(`UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1`).run();
      return result;
    })();
  } finally {
    sqlite.close();
  }
}

beforeAll(() => {
  withDatabase((sqlite) => {
    const unused = sqlite
      .prepare(
        `SELECT "id", "slug" FROM "Topic" t WHERE NOT EXISTS (SELECT 1 FROM "Topic" c WHERE c."parentId" = t."id")
         AND NOT EXISTS (SELECT 1 FROM "EngagementTopic" l WHERE l."topicId" = t."id") ORDER BY "slug" LIMIT 1`,
      )
      .get() as { id: number; slug: string };
    TOPIC = unused.slug;
    const topicId = unused.id;
    const engagement = sqlite.prepare(`INSERT INTO "Engagement" ("slug", "title", "kind", "status", "startDate", "datePrecision", "origin") VALUES (?, ?, 'other', 'held', ?, 'day', 'reviewed')`);
    const link = sqlite.prepare(`INSERT INTO "EngagementTopic" ("engagementId", "topicId", "origin") VALUES (?, ?, 'reviewed')`);
    EXPECTED.forEach((slug, index) => {
      const day = index < DATED ? `${1990 + Math.floor(index / 24)}-${String((Math.floor(index / 2) % 12) + 1).padStart(2, "0")}-${index % 2 === 0 ? "01" : "15"}` : null;
      link.run(engagement.run(slug, `Paging test engagement ${index}`, day).lastInsertRowid, topicId);
    });
  });
});

afterAll(() => {
  withDatabase((sqlite) => {
    sqlite.prepare(`DELETE FROM "EngagementTopic" WHERE "engagementId" IN (SELECT "id" FROM "Engagement" WHERE "slug" LIKE 'paging-test-%')`).run();
    sqlite.prepare(`DELETE FROM "Engagement" WHERE "slug" LIKE 'paging-test-%'`).run();
  });
});

async function follow(page: Page, name: RegExp): Promise<void> {
  const link = page.getByRole("link", { name }).first();
  // Wait for the link's own destination: a pattern the current URL already matches resolves at
  // once, and the next read could see the new URL over a document still streaming in (CI saw that).
  const target = new URL((await link.getAttribute("href")) ?? "", page.url()).href;
  await Promise.all([page.waitForURL((url) => url.href === target, { waitUntil: "load" }), link.click()]);
  await settle(page);
}

describe.each([true, false])("paging (JavaScript %s)", (javaScriptEnabled) => {
  test("walks the filtered timeline newest-ward and back, filters kept, undated last", async () => {
    const page = await newPage({ javaScriptEnabled });
    await open(page, `/?topic=${TOPIC}`);
    const seen: string[] = [];
    const firstPage = await engagementLinks(page);
    expect(firstPage).toHaveLength(ENGAGEMENT_PAGE_SIZE);
    seen.push(...firstPage);
    expect(await page.getByRole("link", { name: /Older engagements/ }).count()).toBe(0);
    while ((await page.getByRole("link", { name: /Newer engagements/ }).count()) > 0) {
      await follow(page, /Newer engagements/);
      expect(new URL(page.url()).searchParams.get("topic")).toBe(TOPIC);
      seen.push(...(await engagementLinks(page)));
    }
    expect(seen.map((path) => path.replace("/engagements/", ""))).toEqual(EXPECTED);
    await expect(page.getByRole("heading", { level: 2, name: "Undated" }).count()).resolves.toBe(1);
    await follow(page, /Older engagements/);
    // the last page holds what is left after whole pages; "older" from it is a whole page
    const lastPageStart = DATED + UNDATED - ((DATED + UNDATED) % ENGAGEMENT_PAGE_SIZE || ENGAGEMENT_PAGE_SIZE);
    expect((await engagementLinks(page)).map((path) => path.replace("/engagements/", ""))).toEqual(EXPECTED.slice(lastPageStart - ENGAGEMENT_PAGE_SIZE, lastPageStart));
  });

  test("jumps to a year with the filters kept", async () => {
    const page = await newPage({ javaScriptEnabled });
    await open(page, `/?topic=${TOPIC}`);
    const form = page.locator("form:has(select[name=year])").first();
    await form.locator("select[name=year]").selectOption("1993");
    await Promise.all([page.waitForURL(/year=1993/), form.getByRole("button", { name: "Go" }).click()]);
    await settle(page);
    expect(new URL(page.url()).searchParams.get("topic")).toBe(TOPIC);
    const first = (await engagementLinks(page))[0]!.replace("/engagements/", "");
    expect(first).toBe(slugOf(72));
    await expect(page.locator("#timeline h2").first().textContent()).resolves.toBe("1993");
  });

  test("pages through a topic thread", async () => {
    const page = await newPage({ javaScriptEnabled });
    await open(page, `/topics/${TOPIC}`);
    await expect(page.getByText("135 engagements").first().isVisible()).resolves.toBe(true);
    await follow(page, /Newer engagements/);
    expect(new URL(page.url()).pathname).toBe(`/topics/${TOPIC}`);
    expect(new URL(page.url()).searchParams.get("after")).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    await expect(page.getByRole("link", { name: `Paging test engagement ${TOPIC_PAGE_SIZE}`, exact: true }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole("link", { name: `Paging test engagement ${TOPIC_PAGE_SIZE - 1}`, exact: true }).count()).resolves.toBe(0);
  });

  test("pages search results with previous/more links, the query kept", async () => {
    const page = await newPage({ javaScriptEnabled });
    const q = '"paging test engagement"';
    await open(page, `/search?q=${encodeURIComponent(q)}`);
    const scope = "section[aria-labelledby=engagement-results]";
    await expect(page.getByText(`${DATED + UNDATED} engagements`).first().isVisible()).resolves.toBe(true);
    const first = await engagementLinks(page, scope);
    expect(first).toHaveLength(ENGAGEMENTS_PER_PAGE);
    expect(await page.getByRole("link", { name: /Previous results/ }).count()).toBe(0);
    await follow(page, /More results/);
    expect(new URL(page.url()).searchParams.get("q")).toBe(q);
    expect(new URL(page.url()).searchParams.get("page")).toBe("2");
    const second = await engagementLinks(page, scope);
    expect(second).toHaveLength(ENGAGEMENTS_PER_PAGE);
    expect(second.filter((slug) => first.includes(slug))).toEqual([]);
    await follow(page, /Previous results/);
    expect(new URL(page.url()).searchParams.get("page")).toBeNull();
    expect(await engagementLinks(page, scope)).toEqual(first);
  });
});
