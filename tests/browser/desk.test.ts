import { spawnSync } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { baseUrl, open, queryDb, revealAsUser, seriousAxeViolations, setupBrowser, url } from "./browser";
import { querySqlSync } from "../pg/server-admin";
import { appEnv, ROOT, SERVER_POSTGRES_URL, TMP_DIR } from "./server";

/**
 * The review desk in Chromium, with and without JavaScript: editors created by the CLI, sign
 * in and out, add articles (paste and upload, with preview), accept / edit / reject, merge and
 * split, a conflicting concurrent edit, refusals, and axe on every desk page. Everything this
 * file adds to the shared database is removed afterwards.
 */

const { context: newContext } = setupBrowser();

const EDITOR = { email: "desk-editor@example.org", name: "Mei Editor", password: "editor password 123" };
const ADMIN = { email: "desk-admin@example.org", name: "", password: "admin password 456" };
const NO_JS = { javaScriptEnabled: false } as const;

const PASTED = `Trade envoys meet in Geneva

GENEVA, March 12, 2025 — U.S. Trade Representative Jamieson Greer met Chinese Vice Premier He Lifeng in Geneva on Wednesday for two days of talks on tariffs.

The two sides agreed to cut the new tariffs for ninety days, Greer told reporters after the meeting. He Lifeng said the talks were candid and constructive.
`;

const UPLOADED = `# Blinken and Wang Yi talk in Munich

MUNICH, February 15, 2025 — Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on the sidelines of the Munich Security Conference on Saturday.

The two sides agreed to keep military communication channels open, a State Department spokesperson said afterwards.
`;

function addEditorWithCli(account: { email: string; name: string; password: string }, role: string): { status: number | null; output: string } {
  const args = ["lib/cli/editor-add.ts", account.email, "--role", role, ...(account.name ? ["--name", account.name] : [])];
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), args, {
    cwd: ROOT,
    env: appEnv(inject("databaseFile")),
    input: `${account.password}\n${account.password}\n`,
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Signs in through /login; the shared rate-limit bucket of loopback clients may ask to wait, so it retries once. */
async function signIn(context: BrowserContext, account: { email: string; password: string }): Promise<Page> {
  const page = await context.newPage();
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await open(page, "/login");
    await page.getByLabel("E-mail address").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForLoadState("load");
    if (new URL(page.url()).pathname === "/desk") return page;
    await expectText(page.getByRole("alert"), "Too many sign-in attempts");
    await page.waitForTimeout(10_500);
  }
  throw new Error(`could not sign in as ${account.email}`);
}

/** Waits (up to 10 s) until the element's text (hidden parts included, e.g. a closed disclosure) contains, or with `exact` equals, the expected text. */
async function expectText(locator: Locator, expected: string | RegExp, exact = false): Promise<void> {
  const matches = (text: string) => (expected instanceof RegExp ? expected.test(text) : exact ? text.trim() === expected : text.includes(expected));
  await expect
    .poll(async () => {
      const text = ((await locator.first().textContent({ timeout: 1_000 }).catch(() => "")) ?? "").replace(/\s+/g, " ");
      return matches(text) ? "ok" : text.slice(0, 300);
    }, { timeout: 10_000 })
    .toBe("ok");
}

function formWithLegend(page: Page, legend: string) {
  return page.locator("form", { has: page.getByRole("group", { name: legend, exact: true, includeHidden: true }) });
}

/** Fills and submits a desk form found by its legend; returns the form for its message. */
async function submitForm(page: Page, legend: string, fields: Record<string, string>, button: string) {
  const form = formWithLegend(page, legend);
  await revealAsUser(form);
  for (const [label, value] of Object.entries(fields)) {
    const field = form.getByLabel(label, { exact: false }).first();
    if ((await field.evaluate((element) => element.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
  await form.getByRole("button", { name: button }).click();
  await page.waitForLoadState("load");
  return form;
}

function addedEngagement(titlePattern: string): { id: number; slug: string } {
  const [row] = queryDb<{ id: number; slug: string }>(`SELECT id, slug FROM "Engagement" WHERE title LIKE ? ORDER BY id DESC LIMIT 1`, titlePattern);
  if (!row) throw new Error(`no engagement like ${titlePattern}`);
  return row;
}

let editorState: Awaited<ReturnType<BrowserContext["storageState"]>>;
let adminState: Awaited<ReturnType<BrowserContext["storageState"]>>;
const startedAt = new Date().toISOString();

beforeAll(() => {
  for (const [account, role] of [[EDITOR, "editor"], [ADMIN, "admin"]] as const) {
    const result = addEditorWithCli(account, role);
    expect(result.status, result.output).toBe(0);
  }
});

afterAll(() => {
  // Put the shared database back as the other browser tests expect it.
  if (SERVER_POSTGRES_URL !== null) {
    querySqlSync(SERVER_POSTGRES_URL, `DELETE FROM "Engagement" WHERE "createdAt" >= ? OR "slug" LIKE '2025-%'`, [startedAt]);
    querySqlSync(SERVER_POSTGRES_URL, `DELETE FROM "Article" WHERE "origin" = 'ingested' AND "fileName" IN ('pasted.txt', 'munich-talks.md')`, []);
    return;
  }
  const sqlite = new Database(inject("databaseFile"));
  try {
    // Prisma stores SQLite DateTimes as ISO 8601 text, so the bound value is text too (a number would sort below every text).
    sqlite.prepare(`DELETE FROM "Engagement" WHERE "createdAt" >= ? OR "slug" LIKE '2025-%'`).run(startedAt);
    sqlite.prepare(`DELETE FROM "Article" WHERE "origin" = 'ingested' AND "fileName" IN ('pasted.txt', 'munich-talks.md')`).run();
  } finally {
    sqlite.close();
  }
});

describe("accounts", () => {
  test("the CLI refuses a second account for the same address and different passwords", () => {
    expect(addEditorWithCli(EDITOR, "editor").status).not.toBe(0);
    const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["lib/cli/editor-add.ts", "other@example.org"], {
      cwd: ROOT,
      env: appEnv(inject("databaseFile")),
      input: "first password 1\nsecond password 2\n",
      encoding: "utf8",
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("the two passwords differ");
  });

  test("anonymous requests are sent to /login (pages) or refused with 401 (API), never cached", async () => {
    const desk = await fetch(url("/desk"), { redirect: "manual" });
    expect(desk.status).toBe(307);
    expect(desk.headers.get("location")).toMatch(/\/login$/);
    const patch = await fetch(url("/api/v1/outcomes/1"), { method: "PATCH", headers: { "content-type": "application/json", origin: baseUrl(), "if-match": '"1"' }, body: JSON.stringify({ status: "agreed", reason: "test" }) });
    expect(patch.status).toBe(401);
    expect(patch.headers.get("cache-control")).toBe("no-store");
  });

  test("sign in and out without JavaScript", async () => {
    const context = await newContext(NO_JS);
    const page = await signIn(context, EDITOR);
    await expectText(page.getByRole("heading", { level: 1 }), "Review queue", true);
    await page.getByText("Signed in as Mei Editor (editor)").waitFor({ state: "visible", timeout: 10_000 });
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForLoadState("load");
    expect(new URL(page.url()).pathname).toBe("/login");
    await expectText(page.getByRole("status"), "You are signed out.", true);
    await open(page, "/desk");
    expect(new URL(page.url()).pathname).toBe("/login");
  });
});

describe("adding articles", () => {
  test("by paste, with a preview, without JavaScript", async () => {
    const context = await newContext(NO_JS);
    const page = await signIn(context, EDITOR);
    editorState = await context.storageState();
    await open(page, "/desk/add");
    await page.getByLabel("Or paste the text").fill(PASTED);
    await page.getByRole("button", { name: "Preview extraction" }).click();
    await page.waitForLoadState("load");
    const preview = page.getByRole("region", { name: "Preview" });
    await expectText(preview, "Greer");
    await preview.locator("mark").first().waitFor({ state: "visible", timeout: 10_000 });
    expect(queryDb(`SELECT id FROM "Article" WHERE "fileName" = 'pasted.txt'`)).toEqual([]);
    await page.getByRole("button", { name: "Save article" }).click();
    await page.waitForLoadState("load");
    await expectText(page.getByRole("status"), "Saved as");
    expect(queryDb(`SELECT id FROM "Article" WHERE "fileName" = 'pasted.txt'`)).toHaveLength(1);
  });

  test("by upload, with a preview, with JavaScript; a second save is refused as already present", async () => {
    const context = await newContext({ storageState: editorState });
    const page = await context.newPage();
    await open(page, "/desk/add");
    mkdirSync(TMP_DIR, { recursive: true });
    const file = path.join(TMP_DIR, "munich-talks.md");
    writeFileSync(file, UPLOADED);
    await page.getByLabel("Upload a file").setInputFiles(file);
    await page.getByRole("button", { name: "Preview extraction" }).click();
    await expectText(page.getByRole("region", { name: "Preview" }), "Wang Yi");
    await page.getByRole("button", { name: "Save article" }).click();
    await expectText(page.getByRole("status"), "Saved as");
    await page.getByLabel("Upload a file").setInputFiles(file);
    await page.getByRole("button", { name: "Save article" }).click();
    await expectText(page.getByRole("alert"), "Already ingested");
  });

  test("an empty file gets the CLI's message", async () => {
    const context = await newContext({ storageState: editorState });
    const page = await context.newPage();
    await open(page, "/desk/add");
    const file = path.join(TMP_DIR, "empty.txt");
    writeFileSync(file, "");
    await page.getByLabel("Upload a file").setInputFiles(file);
    await page.getByRole("button", { name: "Save article" }).click();
    await expectText(page.getByRole("alert"), /Choose a \.txt|empty/);
  });
});

describe("reviewing facts", () => {
  test("accept without JavaScript, edit with JavaScript; the public page and API show the new value and its history", async () => {
    const geneva = addedEngagement("%Greer%");
    // Readers' copy of the page is in the page cache before the edits…
    for (const expected of ["miss", "hit"]) {
      const warm = await fetch(url(`/engagements/${geneva.slug}`));
      await warm.arrayBuffer();
      if (expected === "hit") expect(warm.headers.get("x-readout-page-cache")).toBe("hit");
    }
    const noJs = await (await newContext({ ...NO_JS, storageState: editorState })).newPage();
    await open(noJs, `/desk?engagement=${geneva.slug}&type=topic`);
    const [topic] = queryDb<{ id: number }>(`SELECT id FROM "EngagementTopic" WHERE "engagementId" = ? AND origin = 'extracted'`, geneva.id);
    await submitForm(noJs, `Accept topic ${topic?.id}`, {}, "Accept");
    await noJs.getByText("Nothing awaits review among these filters.").waitFor({ state: "visible", timeout: 10_000 });
    expect(queryDb(`SELECT origin FROM "EngagementTopic" WHERE id = ?`, topic?.id)).toEqual([{ origin: "reviewed" }]);

    const js = await (await newContext({ storageState: editorState })).newPage();
    await open(js, `/desk?engagement=${geneva.slug}&type=outcome`);
    const [outcome] = queryDb<{ id: number }>(`SELECT id FROM "Outcome" WHERE "engagementId" = ?`, geneva.id);
    await submitForm(js, `Edit outcome ${outcome?.id}`, { Status: "proposed", Reason: "the official readout says proposed" }, "Save changes");
    // An edited fact is reviewed, so it leaves the queue.
    await expect.poll(() => queryDb(`SELECT status, origin FROM "Outcome" WHERE id = ?`, outcome?.id)).toEqual([{ status: "proposed", origin: "reviewed" }]);

    const reader = await (await newContext(NO_JS)).newPage();
    const readerResponse = await open(reader, `/engagements/${geneva.slug}`);
    // …and the first reader after them gets a fresh render through that cache.
    expect(readerResponse?.headers()["x-readout-page-cache"]).toBe("miss");
    const outcomes = reader.locator('section[aria-labelledby="outcomes-heading"]');
    await expectText(outcomes, "Proposed");
    await outcomes.getByText("History (").waitFor({ state: "visible", timeout: 10_000 });
    await expectText(outcomes, "by Mei Editor: the official readout says proposed");
    expect(await reader.locator("body").textContent()).not.toContain("desk-editor@example.org");
    const api = await (await fetch(url(`/api/v1/engagements/${geneva.slug}`))).json();
    const shown = api.outcomes.find((candidate: { id: number }) => candidate.id === outcome?.id);
    expect(shown.status.value).toBe("proposed");
    expect(shown.history[0]).toMatchObject({ field: "status", to: "proposed", by: "Mei Editor" });
  });

  test("reject with JavaScript and without: gone for readers, kept in the history", async () => {
    const geneva = addedEngagement("%Greer%");
    const people = queryDb<{ id: number; name: string }>(`SELECT p.id, pe.name FROM "Participation" p JOIN "Person" pe ON pe.id = p."personId" WHERE p."engagementId" = ? ORDER BY p.id`, geneva.id);
    expect(people.length).toBeGreaterThanOrEqual(2);
    for (const [index, options] of [{}, NO_JS].entries()) {
      const person = people[index] as { id: number; name: string };
      const page = await (await newContext({ ...options, storageState: editorState })).newPage();
      await open(page, `/desk?engagement=${geneva.slug}&type=participation`);
      await submitForm(page, `Reject participant ${person.id}`, { Reason: "did not attend this meeting" }, "Reject");
      await expect.poll(() => queryDb(`SELECT origin FROM "Participation" WHERE id = ?`, person.id)).toEqual([{ origin: "rejected" }]);
      const reader = await (await newContext(NO_JS)).newPage();
      await open(reader, `/engagements/${geneva.slug}`);
      expect(await reader.locator('section[aria-labelledby="participants-heading"]').getByRole("link", { name: person.name }).count()).toBe(0);
      expect(queryDb(`SELECT reason FROM "FactChange" WHERE "factType" = 'participation' AND "factId" = ?`, person.id)).toEqual([{ reason: "did not attend this meeting" }]);
    }
  });

  test("a conflicting concurrent edit: the second editor sees the conflict and keeps what they typed", async () => {
    const adminContext = await newContext(NO_JS);
    await signIn(adminContext, ADMIN);
    adminState = await adminContext.storageState();
    const munich = addedEngagement("%Blinken%Wang Yi%");
    const [outcome] = queryDb<{ id: number }>(`SELECT id FROM "Outcome" WHERE "engagementId" = ?`, munich.id);
    const first = await (await newContext({ storageState: editorState })).newPage();
    const second = await (await newContext({ ...NO_JS, storageState: adminState })).newPage();
    await open(first, `/desk/engagements/${munich.slug}`);
    await open(second, `/desk/engagements/${munich.slug}`);
    const firstForm = await submitForm(first, `Edit outcome ${outcome?.id}`, { Statement: "Keep military channels open (first editor)", Reason: "closer to the readout" }, "Save changes");
    await expectText(firstForm.getByRole("status"), "Saved");
    const typed = "Keep military channels open (second editor)";
    const secondForm = await submitForm(second, `Edit outcome ${outcome?.id}`, { Statement: typed, Reason: "my wording" }, "Save changes");
    await expectText(secondForm.getByRole("alert"), "Someone else changed this outcome");
    expect(await secondForm.getByLabel("Statement").inputValue()).toBe(typed);
    await expectText(secondForm, "Keep military channels open (first editor)");
    expect(queryDb(`SELECT statement FROM "Outcome" WHERE id = ?`, outcome?.id)).toEqual([{ statement: "Keep military channels open (first editor)" }]);
  });

  test("cross-origin writes with a valid session are refused with 403", async () => {
    const cookie = editorState.cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
    const [outcome] = queryDb<{ id: number; version: number }>(`SELECT id, version FROM "Outcome" ORDER BY id LIMIT 1`);
    const response = await fetch(url(`/api/v1/outcomes/${outcome?.id}`), {
      method: "PATCH",
      headers: { cookie, origin: "https://elsewhere.example", "content-type": "application/json", "if-match": `"${outcome?.version}"` },
      body: JSON.stringify({ status: "agreed", reason: "x" }),
    });
    expect(response.status).toBe(403);
    const sameOrigin = await fetch(url(`/api/v1/outcomes/${outcome?.id}`), {
      method: "PATCH",
      headers: { cookie, origin: baseUrl(), "content-type": "application/json", "if-match": `"${(outcome?.version ?? 0) + 5}"` },
      body: JSON.stringify({ status: "agreed", reason: "x" }),
    });
    expect(sameOrigin.status).toBe(412);
  });
});

describe("engagements: split and merge", () => {
  for (const [name, options] of [["without JavaScript", NO_JS], ["with JavaScript", {}]] as const) {
    test(`split off an outcome, then merge it back, ${name}`, async () => {
      const munich = addedEngagement("%Blinken%Wang Yi%");
      const [outcome] = queryDb<{ id: number }>(`SELECT id FROM "Outcome" WHERE "engagementId" = ?`, munich.id);
      const page = await (await newContext({ ...options, storageState: editorState })).newPage();
      await open(page, `/desk/engagements/${munich.slug}`);
      const split = formWithLegend(page, "New engagement");
      await split.getByLabel("Title of the new engagement").fill("Munich side meeting");
      await split.getByLabel("Start date").fill("2025-02-16");
      await split.getByLabel("Reason").fill("a separate meeting the next day");
      await split.getByRole("checkbox", { name: /^Outcome:/ }).first().check();
      await split.getByRole("button", { name: "Split off" }).click();
      await page.waitForURL(/\/desk\/engagements\/2025-02-16-munich-side-meeting/);
      await expectText(page.getByRole("status").first(), "Split");
      expect(queryDb(`SELECT e.slug FROM "Outcome" o JOIN "Engagement" e ON e.id = o."engagementId" WHERE o.id = ?`, outcome?.id)).toEqual([{ slug: expect.stringMatching(/^2025-02-16-munich-side-meeting/) }]);

      const merge = formWithLegend(page, "Merge this engagement");
      await merge.getByLabel("Slug of the engagement that stays").fill(munich.slug);
      await merge.getByLabel("Reason").fill("the same meeting after all");
      await merge.getByRole("button", { name: "Merge" }).click();
      await page.waitForURL(new RegExp(`/desk/engagements/${munich.slug}\\?done=merge`));
      expect(queryDb(`SELECT "engagementId" FROM "Outcome" WHERE id = ?`, outcome?.id)).toEqual([{ engagementId: munich.id }]);
      const gone = await fetch(url("/engagements/2025-02-16-munich-side-meeting"));
      expect(gone.status).toBe(404);
    });
  }
});

describe("desk pages: noindex, never cached, axe-clean", () => {
  const pages = [
    { name: "login", path: () => "/login", state: () => undefined },
    { name: "queue", path: () => "/desk", state: () => editorState },
    { name: "add", path: () => "/desk/add", state: () => editorState },
    { name: "engagement", path: () => `/desk/engagements/${addedEngagement("%Blinken%Wang Yi%").slug}`, state: () => editorState },
    { name: "editors", path: () => "/desk/editors", state: () => adminState },
  ];
  test.each(pages)("$name", async ({ path: pathOf, state }) => {
    const context = await newContext({ storageState: state() });
    const page = await context.newPage();
    const response = await open(page, pathOf());
    expect(response?.headers()["cache-control"]).toContain("no-store");
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toMatch(/noindex/);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test("an editor who is not an admin cannot manage accounts", async () => {
    const page = await (await newContext({ storageState: editorState })).newPage();
    await open(page, "/desk/editors");
    await expectText(page.getByRole("alert"), "Only an admin can manage editor accounts.", true);
    expect(await page.getByText(ADMIN.email).count()).toBe(0);
  });
});

describe("sign-in refusals", () => {
  test("sign-in from another origin is refused with 403", async () => {
    const response = await fetch(url("/api/auth/sign-in/email"), { method: "POST", headers: { "content-type": "application/json", origin: "https://elsewhere.example" }, body: JSON.stringify({ email: EDITOR.email, password: EDITOR.password }) });
    expect(response.status).toBe(403);
  });

  test("repeated failed sign-ins are answered 429, and the form says so", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const response = await fetch(url("/api/auth/sign-in/email"), { method: "POST", headers: { "content-type": "application/json", origin: baseUrl() }, body: JSON.stringify({ email: EDITOR.email, password: "wrong password 000" }) });
      statuses.push(response.status);
    }
    expect(statuses).toContain(429);
    const page = await (await newContext(NO_JS)).newPage();
    await open(page, "/login");
    await page.getByLabel("E-mail address").fill(EDITOR.email);
    await page.getByLabel("Password").fill(EDITOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForLoadState("load");
    await expectText(page.getByRole("alert"), "Too many sign-in attempts");
  });

});
