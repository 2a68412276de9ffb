import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchBrowser } from "./chromium";

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

/** Read-only queries on the database the server under test reads. */
export function queryDb<T>(sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(inject("databaseFile"), { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

/** Engagement slugs linked from the page (`a[href^="/engagements/"]`), in document order, deduplicated. */
export async function engagementLinks(page: Page, scope = "main"): Promise<string[]> {
  const hrefs = await page.locator(`${scope} a[href*="/engagements/"]`).evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
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
