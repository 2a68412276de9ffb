import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, dialectOfClient, type Db } from "@/lib/db/client";
import { checkAnchors, copyOrder, copyRows, countRows } from "@/lib/db/copy";
import { searchAll } from "@/lib/queries/search";
import { seedDatabase } from "@/lib/store/seed";
import { createSqliteTestDatabase, createTestDatabase, type TestDatabase } from "../helpers/database";
import { POSTGRES_ADMIN_URL, urlOfDatabase } from "./server-admin";

const TMP = path.join(process.cwd(), "tests", ".tmp");

function copyCli(from: string, to: string) {
  return spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["lib/cli/db-copy.ts", "--from", from, "--to", to], {
    encoding: "utf8",
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
  });
}

/** Every row of every model, for comparing two databases (ids included). */
async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const model of copyOrder(db)) {
    const delegate = (db as unknown as Record<string, { findMany(args: object): Promise<unknown[]> }>)[model.delegate];
    rows[model.name] = (await delegate?.findMany({ orderBy: { id: "asc" } })) ?? [];
  }
  return rows;
}

/**
 * The source is the suite's database (SQLite, or PostgreSQL under READOUT_TEST_POSTGRES_URL);
 * the copy goes to SQLite and back to the suite's kind: PostgreSQL → SQLite → PostgreSQL with
 * a server, SQLite → SQLite → SQLite without.
 */
describe("db:copy", () => {
  let source: TestDatabase;
  let middle: TestDatabase;
  let back: TestDatabase;
  beforeAll(async () => {
    source = createTestDatabase("copy-source");
    middle = createSqliteTestDatabase("copy-middle");
    back = createTestDatabase("copy-back");
    await seedDatabase(source.db);
  }, 120_000);
  afterAll(async () => {
    for (const test of [source, middle, back]) await test.close();
  }, 120_000);

  it("orders referenced models first", () => {
    const order = copyOrder(source.db).map((model) => model.name);
    for (const [before, after] of [["Article", "Evidence"], ["Engagement", "Participation"], ["Person", "Participation"], ["Outcome", "Evidence"], ["Topic", "Outcome"]]) {
      expect(order.indexOf(before as string)).toBeLessThan(order.indexOf(after as string));
    }
  });

  it("copies every row with its id, there and back, and keeps search working", async () => {
    await copyRows(source.db, middle.db, () => undefined);
    await copyRows(middle.db, back.db, () => undefined);
    const original = await snapshot(source.db);
    expect(await snapshot(middle.db)).toEqual(original);
    expect(await snapshot(back.db)).toEqual(original);
    expect((await checkAnchors(back.db, () => undefined)).broken).toEqual([]);
    // the search tables are filled by the target's own triggers
    const results = await searchAll(back.db, '"military communication"');
    expect(results.engagements.map((hit) => hit.slug)).toContain("2023-11-15-biden-xi-woodside");
    expect(results.sources.length).toBeGreaterThan(0);
    // new rows get fresh ids after the copied ones (sequences moved on PostgreSQL)
    const maxId = Math.max(...(original.Topic as { id: number }[]).map((topic) => topic.id));
    const created = await back.db.topic.create({ data: { slug: "test-after-copy", name: "After copy" } });
    expect(created.id).toBeGreaterThan(maxId);
  });

  it("reports an evidence row whose exact text no longer matches its article", async () => {
    const evidence = await back.db.evidence.findFirstOrThrow({ orderBy: { id: "asc" } });
    await back.db.evidence.update({ where: { id: evidence.id }, data: { start: evidence.start + 1, end: evidence.end + 1 } });
    expect((await checkAnchors(back.db, () => undefined)).broken).toEqual([evidence.id]);
  });

  it("copies through the command line into another dialect, verifies, and refuses a non-empty target", async () => {
    mkdirSync(TMP, { recursive: true });
    const file = path.join(TMP, `copy-cli-${process.pid}.db`);
    rmSync(file, { force: true });
    // from the suite's database into a SQLite file: PostgreSQL → SQLite under a server, else SQLite → SQLite
    const first = copyCli(source.url, `file:${file}`);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/Evidence: \d+\/\d+/);
    expect(first.stderr).toMatch(/done: \d+ rows in \d+ tables, \d+ evidence anchors verified/);
    const copy = createDb(`file:${file}`);
    try {
      expect(dialectOfClient(copy)).toBe("sqlite");
      expect(Object.fromEntries(await countRows(copy))).toEqual(Object.fromEntries(await countRows(source.db)));
    } finally {
      await copy.$disconnect();
    }
    const again = copyCli(source.url, `file:${file}`);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/is not empty .*pass --replace/);
    rmSync(file, { force: true });
  }, 180_000);

  it.runIf(POSTGRES_ADMIN_URL !== null)("names a PostgreSQL target database that does not exist, and how to create it", () => {
    const missing = urlOfDatabase(POSTGRES_ADMIN_URL as string, "readout_copy_target_never_created");
    const result = copyCli(source.url, missing);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/the database readout_copy_target_never_created does not exist .*createdb readout_copy_target_never_created/);
    expect(result.stderr).not.toMatch(/prisma migrate deploy failed/);
  }, 120_000);
});
