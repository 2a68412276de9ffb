import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page, Response } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { querySqlSync } from "../pg/server-admin";
import { launchBrowser } from "./chromium";
import { SERVER_POSTGRES_URL } from "./server";

/** Base URL of the server started by global-setup.ts. */
export function baseUrl(): string {
  return inject("baseUrl");
}

export function url(pathAndQuery: string): string {
  return new URL(pathAndQuery, baseUrl()).toString();
}

/**
 * One Chromium per test file (launched in beforeAll, closed in afterAll). `context()` opens a
 * fresh context that is closed after the file; axe needs pages from a context.
 */
export function setupBrowser() {
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });
  const context = async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
    if (!browser) throw new Error("browser not launched yet");
    const created = await browser.newContext({ baseURL: baseUrl(), ...options });
    contexts.push(created);
    return created;
  };
  const page = async (options: BrowserContextOptions = {}): Promise<Page> => (await context(options)).newPage();
  return { context, page };
}

/** React streams a Suspense boundary's content into `<div hidden id="S:n">`; an inline script moves it into place. */
const HIDDEN_STREAMED_SEGMENT = 'div[hidden][id^="S:"]';

/**
 * Waits until the page shows its content: streamed segments revealed and no loading fallback
 * (`loading.tsx` shows one during client-side navigations). Without JavaScript nothing reveals
 * streamed content, so a page that streams fails here with a clear message.
 */
export async function settle(page: Page, what = page.url()): Promise<void> {
  const pending = (selector: string) => {
    const segment = document.querySelector(selector);
    if (segment) return `hidden streamed <div>: ${(segment.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 120)}`;
    const busy = document.querySelector('[aria-busy="true"]');
    if (busy) return "an element is aria-busy";
    const loading = [...document.querySelectorAll('main [role="status"]')].find((element) => /^\s*Loading/i.test(element.textContent ?? ""));
    return loading ? "a loading fallback is showing" : null;
  };
  // waitForFunction waits for a truthy value, hence the negated expression built from the same source.
  await page
    .waitForFunction(`!(${pending.toString()})(${JSON.stringify(HIDDEN_STREAMED_SEGMENT)})`, undefined, { timeout: 5_000, polling: 100 })
    .catch(() => undefined);
  const state = await page.evaluate(pending, HIDDEN_STREAMED_SEGMENT);
  expect(state, `${what}: content not shown (only JavaScript would reveal it)`).toBeNull();
}

/** Opens a page, checks its HTTP status, and waits until its content is shown. */
export async function open(page: Page, pathAndQuery: string, status = 200): Promise<Response | null> {
  const response = await page.goto(url(pathAndQuery));
  expect(response?.status(), `HTTP status of ${pathAndQuery}`).toBe(status);
  await settle(page, pathAndQuery);
  return response;
}

/** Opens every closed <details> around `target`, by clicking its summary as a user would. */
export async function revealAsUser(target: Locator): Promise<void> {
  for (;;) {
    const closed = target.locator("xpath=ancestor::details[not(@open)]");
    if ((await closed.count()) === 0) return;
    // outermost first: an inner summary is not clickable while its parent is closed
    await closed.first().locator(":scope > summary").click();
  }
}

/** Queries on the database the server under test reads: its SQLite file, or its PostgreSQL copy. */
export function queryDb<T>(sql: string, ...params: unknown[]): T[] {
  if (SERVER_POSTGRES_URL !== null) return querySqlSync<T>(SERVER_POSTGRES_URL, sql, params);
  const sqlite = new Database(inject("databaseFile"), { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

/**
 * Engagement slugs linked from the timeline list (not the map or place list after it), in
 * document order, deduplicated. Reads the attribute, so SVG links count too.
 */
export async function engagementLinks(page: Page, scope = "#timeline"): Promise<string[]> {
  const hrefs = await page.locator(`${scope} a[href*="/engagements/"]`).evaluateAll((links) =>
    links.map((link) => new URL(link.getAttribute("href") ?? "", document.baseURI).pathname),
  );
  const slugs = hrefs
    .map((href) => /^\/engagements\/([^/?#]+)\/?$/.exec(href)?.[1])
    .filter((slug): slug is string => slug !== undefined)
    .map((slug) => decodeURIComponent(slug));
  return [...new Set(slugs)];
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations on the page, one entry per rule with its elements. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      targets: violation.nodes.map((node) => `${node.target.join(" ")}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, " ").slice(0, 300)}` : ""}`),
    }));
}
