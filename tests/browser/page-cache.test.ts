import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, inject, test } from "vitest";
import { url } from "./browser";
import { appEnv, ROOT, TMP_DIR } from "./server";

/**
 * The rendered-page cache (lib/api/page-cache.ts) through the real server: cached answers keep
 * per-response nonces and the security headers, nothing personal is cached, and a write by
 * another process (the ingest CLI) is visible on the very next request. The desk's writes are
 * checked the same way in desk.test.ts. The article this file ingests is removed afterwards.
 */

const CACHE_HEADER = "x-readout-page-cache";
const FILE_NAME = "page-cache-check.txt";
const ARTICLE = `Envoys meet in Reykjavik on shipping lanes

REYKJAVIK, October 14, 2026 — Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Reykjavik on Wednesday for talks on Arctic shipping.

The two sides agreed to keep talking about search and rescue at sea, officials said afterwards.
`;
const startedAt = Date.now();

/**
 * GET on a new connection each time: a kept-alive socket may be closed by the server while the
 * CLI runs, and reusing it would fail for reasons that have nothing to do with the cache.
 */
function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<{ response: Response; html: string }> {
  return new Promise((resolve, reject) => {
    const request = httpGet(url(pathAndQuery), { agent: false, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("error", reject);
      answer.on("end", () => {
        const html = Buffer.concat(chunks).toString("utf8");
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
        resolve({ response: new Response(null, { status: answer.statusCode ?? 0, headers: responseHeaders }), html });
      });
    });
    request.on("error", reject);
  });
}

function nonceOf(response: Response): string {
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
  expect(nonce, "CSP nonce").toBeTruthy();
  return nonce as string;
}

/** Every nonce attribute of the page, deduplicated. */
function noncesIn(html: string): string[] {
  return [...new Set([...html.matchAll(/\bnonce="([^"]*)"/g)].map((match) => match[1] ?? ""))];
}

/** A page from the cache: script-free, and any nonce it still carries is this response's own. */
function expectScriptFreeWithOwnNonce(html: string, response: Response): void {
  expect(html).not.toMatch(/<script\b/);
  const nonce = nonceOf(response);
  for (const found of noncesIn(html)) expect(found).toBe(nonce);
  for (const link of (response.headers.get("link") ?? "").matchAll(/nonce="([^"]*)"/g)) expect(link[1]).toBe(nonce);
}

function engagementCount(html: string): number {
  const count = />([\d,]+) engagements?</.exec(html)?.[1];
  expect(count, "the timeline's engagement count").toBeTruthy();
  return Number(count?.replace(/,/g, ""));
}

afterAll(() => {
  const sqlite = new Database(inject("databaseFile"));
  try {
    sqlite.transaction(() => {
      sqlite.prepare(`DELETE FROM "Engagement" WHERE "createdAt" >= ?`).run(startedAt);
      sqlite.prepare(`DELETE FROM "Article" WHERE "origin" = 'ingested' AND "fileName" = ?`).run(FILE_NAME);
      sqlite.prepare(`UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1`).run();
    })();
  } finally {
    sqlite.close();
  }
});

describe("cached pages", () => {
  test("a repeated request is answered from memory, script-free, each answer with its own nonce and the security headers", async () => {
    await get("/topics");
    const answers = [await get("/topics"), await get("/topics")];
    const nonces = new Set<string>();
    for (const { response, html } of answers) {
      expect(response.status).toBe(200);
      expect(response.headers.get(CACHE_HEADER)).toBe("hit");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expectScriptFreeWithOwnNonce(html, response);
      nonces.add(nonceOf(response));
    }
    expect(nonces.size).toBe(2);
  });

  test("requests with a cookie, the desk, sign-in and API are never served from the page cache", async () => {
    await get("/about");
    const withCookie = await get("/about", { cookie: "better-auth.session_token=whatever" });
    expect(withCookie.response.status).toBe(200);
    expect(withCookie.response.headers.get(CACHE_HEADER)).toBeNull();
    expect(noncesIn(withCookie.html)).toEqual([nonceOf(withCookie.response)]);
    for (const path of ["/login", "/login", "/desk", "/api/v1/engagements"]) {
      const { response } = await get(path);
      expect(response.headers.get(CACHE_HEADER), path).toBeNull();
    }
  });

  test("an article ingested by the CLI (another process) shows on the very next request of a cached page", async () => {
    await get("/");
    const before = await get("/");
    expect(before.response.headers.get(CACHE_HEADER)).toBe("hit");
    const count = engagementCount(before.html);
    expect(before.html).not.toMatch(/Reykjav[ií]k/);

    const folder = path.join(TMP_DIR, "page-cache");
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, FILE_NAME);
    writeFileSync(file, ARTICLE);
    try {
      const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["lib/cli/ingest.ts", "--published", "2026-10-14", file], { cwd: ROOT, env: appEnv(inject("databaseFile")), encoding: "utf8" });
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    const after = await get("/");
    expect(after.response.headers.get(CACHE_HEADER)).toBe("miss");
    expect(engagementCount(after.html)).toBe(count + 1);
    expect(after.html).toMatch(/Reykjav[ií]k/);
    expectScriptFreeWithOwnNonce(after.html, after.response);
  });
});
