import { describe, expect, test } from "vitest";
import { open, queryDb, setupBrowser, url } from "./browser";

/**
 * Security headers over HTTP on every kind of response, and no Content-Security-Policy
 * violation on any page type, with and without JavaScript: violations are collected from the
 * console (Chromium reports every one there) and, with JavaScript, from securitypolicyviolation events.
 */

const { page: newPage } = setupBrowser();

function pageTypes(): string[] {
  const [engagement] = queryDb<{ slug: string }>(`SELECT "slug" FROM "Engagement" WHERE "startDate" IS NOT NULL ORDER BY "id" LIMIT 1`);
  const [person] = queryDb<{ slug: string }>(`SELECT p."slug" FROM "Person" p JOIN "Participation" l ON l."personId" = p."id" LIMIT 1`);
  const [source] = queryDb<{ slug: string }>(`SELECT "slug" FROM "Article" WHERE "origin" = 'corpus' LIMIT 1`);
  return [
    "/",
    "/?topic=fentanyl&year=2023",
    `/engagements/${engagement!.slug}`,
    "/topics",
    "/topics/fentanyl",
    `/people/${person!.slug}`,
    "/sources",
    `/sources/${source!.slug}`,
    "/search?q=fentanyl",
    "/about",
    "/api-docs",
    // the one page type here that keeps the router's scripts (public pages are served script-free)
    "/login",
  ];
}

describe.each([true, false])("CSP (JavaScript %s)", (javaScriptEnabled) => {
  test("no page type raises a violation", async () => {
    const page = await newPage({ javaScriptEnabled });
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    for (const path of pageTypes()) {
      const response = await open(page, path);
      expect(response?.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
      // Settle scripts that run after load (hydration) before moving on.
      await page.waitForTimeout(javaScriptEnabled ? 300 : 0);
    }
    expect(violations).toEqual([]);
  });
});

describe("JavaScript shipped", () => {
  test("public pages load no script at all; sign-in loads the router's, each with the response's nonce", async () => {
    const page = await newPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    for (const path of pageTypes().filter((path) => path !== "/login")) {
      await open(page, path);
      expect(await page.locator("script").count(), path).toBe(0);
    }
    expect(scripts).toEqual([]);
    await open(page, "/login");
    expect(scripts.length, "sign-in is a client form").toBeGreaterThan(0);
  });
});

describe("headers over HTTP", () => {
  const common = (headers: Headers, what: string) => {
    expect(headers.get("x-content-type-options"), what).toBe("nosniff");
    expect(headers.get("referrer-policy"), what).toBe("strict-origin-when-cross-origin");
    expect(headers.get("permissions-policy"), what).toContain("camera=()");
    expect(headers.get("strict-transport-security"), `${what}: no HSTS without an https SITE_URL`).toBeNull();
  };

  test("pages carry a nonce-based CSP that changes per request", async () => {
    const [first, second] = await Promise.all([fetch(url("/")), fetch(url("/"))]);
    common(first.headers, "/");
    const policy = first.headers.get("content-security-policy") ?? "";
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "'strict-dynamic'"]) expect(policy).toContain(directive);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(await first.text()).not.toMatch(/<script\b/);
  });

  test("pages that run script are isolated from other windows; script-free public pages need not be", async () => {
    const login = await fetch(url("/login"));
    await login.arrayBuffer();
    expect(login.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    const editorView = await fetch(url("/about"), { headers: { cookie: "better-auth.session_token=whatever" } });
    expect(await editorView.text()).toMatch(/<script\b/);
    expect(editorView.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    const timeline = await fetch(url("/"));
    expect(await timeline.text()).not.toMatch(/<script\b/);
    expect(timeline.headers.get("cross-origin-opener-policy")).toBeNull();
  });

  test("a page that keeps its scripts stamps this response's nonce on every one", async () => {
    const response = await fetch(url("/login"));
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  test.each(["/api/v1/engagements", "/api/v1/topics", "/export/engagements.csv", "/export/facts.csv", "/export/engagements.json", "/calendar.ics", "/feed.xml", "/api/v1/nope", "/no-such-page"])(
    "%s carries the security headers",
    async (path) => {
      const response = await fetch(url(path));
      await response.arrayBuffer();
      common(response.headers, path);
    },
  );

  test.each(["/api/v1/engagements", "/export/engagements.csv", "/feed.xml"])("POST %s answers 405 with Allow", async (path) => {
    const response = await fetch(url(path), { method: "POST", body: "x" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
    common(response.headers, `POST ${path}`);
  });
});
