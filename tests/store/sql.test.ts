import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { bumpDataVersion, readDataVersion, readSqliteDataVersion } from "@/lib/store/data-version";
import { executeSql, queryRows, toId, writeTransaction } from "@/lib/store/sql";
import { createTestDatabase } from "../helpers/database";

const test = createTestDatabase("sql");

afterAll(() => test.close());

const insertTopic = (slug: string) =>
  Prisma.sql`INSERT INTO "Topic" ("slug", "name", "description") VALUES (${slug}, ${slug}, ${"a topic for this test"}) RETURNING "id"`;

describe("statements of a write transaction", () => {
  it("are part of the transaction: seen inside it, committed with it, and read back by Prisma as written", async () => {
    const before = await readDataVersion(test.db);
    const extractedAt = new Date("2026-11-30T12:34:56.789Z");
    const id = await writeTransaction(
      test.db,
      async (tx) => {
        const [row] = await queryRows<{ id: unknown }>(tx, insertTopic("sql-test-committed"));
        const seen = await queryRows<{ slug: string }>(tx, Prisma.sql`SELECT "slug" FROM "Topic" WHERE "id" = ${toId(row?.id)}`);
        expect(seen).toEqual([{ slug: "sql-test-committed" }]);
        // A Date is bound as the Prisma adapter binds it, so the client reads the same instant back.
        const articleRows = await queryRows<{ id: unknown }>(
          tx,
          Prisma.sql`INSERT INTO "Article" ("slug", "sha256", "language", "origin", "rawText", "cleanedText", "extractedAt", "ingestedAt")
                     VALUES (${"sql-test"}, ${"0".repeat(64)}, ${"en"}, ${"ingested"}, ${"text"}, ${"text"}, ${extractedAt}, ${extractedAt}) RETURNING "id"`,
        );
        expect(await executeSql(tx, Prisma.sql`UPDATE "Article" SET "extractionNote" = ${"noted"} WHERE "id" = ${toId(articleRows[0]?.id)}`)).toBe(1);
        await bumpDataVersion(tx);
        return toId(articleRows[0]?.id);
      },
      { timeout: 10_000 },
    );
    const article = await test.db.article.findUniqueOrThrow({ where: { id } });
    expect(article.extractedAt?.toISOString()).toBe(extractedAt.toISOString());
    expect(article.ingestedAt.toISOString()).toBe(extractedAt.toISOString());
    expect(article.extractionNote).toBe("noted");
    expect(await test.db.topic.count({ where: { slug: "sql-test-committed" } })).toBe(1);
    expect(await readDataVersion(test.db)).toBe(before + 1);
    if (test.url.startsWith("file:")) expect(readSqliteDataVersion(test.url)).toBe(before + 1);
  });

  it("roll back with it: nothing of a failed transaction stays, the data version included", async () => {
    const before = await readDataVersion(test.db);
    await expect(
      writeTransaction(
        test.db,
        async (tx) => {
          await queryRows(tx, insertTopic("sql-test-rolled-back"));
          await bumpDataVersion(tx);
          throw new Error("the write fails");
        },
        { timeout: 10_000 },
      ),
    ).rejects.toThrow("the write fails");
    expect(await test.db.topic.count({ where: { slug: "sql-test-rolled-back" } })).toBe(0);
    expect(await readDataVersion(test.db)).toBe(before);
  });

  it("refuse to run once their transaction has ended, rather than write outside any transaction", async () => {
    let ended: Prisma.TransactionClient | null = null;
    await writeTransaction(
      test.db,
      async (tx) => {
        ended = tx;
      },
      { timeout: 10_000 },
    );
    const late = queryRows(ended as unknown as Prisma.TransactionClient, insertTopic("sql-test-late"));
    // On SQLite the statement would otherwise run on the connection in autocommit; Prisma refuses it on PostgreSQL.
    await expect(late).rejects.toThrow(test.url.startsWith("file:") ? "the write transaction has already ended" : /./);
    expect(await test.db.topic.count({ where: { slug: "sql-test-late" } })).toBe(0);
  });
});
