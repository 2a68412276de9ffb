import { afterAll, describe, expect, it } from "vitest";
import { bumpDataVersion, readDataVersion, readSqliteDataVersion } from "@/lib/store/data-version";
import { createSqliteTestDatabase } from "../helpers/database";

const test = createSqliteTestDatabase("data-version");

afterAll(() => test.close());

describe("the data version on SQLite", () => {
  it("the kept read-only connection sees every committed write at once, and no rolled-back one", async () => {
    const start = readSqliteDataVersion(test.url);
    expect(start).toBe(await readDataVersion(test.db));
    await test.db.$transaction(async (tx) => bumpDataVersion(tx));
    expect(readSqliteDataVersion(test.url)).toBe(start + 1);
    await test.db
      .$transaction(async (tx) => {
        await bumpDataVersion(tx);
        throw new Error("the write fails");
      })
      .catch(() => undefined);
    expect(readSqliteDataVersion(test.url)).toBe(start + 1);
    expect(await readDataVersion(test.db)).toBe(start + 1);
  });
});
