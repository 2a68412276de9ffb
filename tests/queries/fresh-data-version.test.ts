import { describe, expect, it, vi } from "vitest";

/** Each read of the version, as the database sees it: answered by the test, in order. */
const reads: { resolve: (version: number) => void }[] = [];

vi.mock("@/lib/db/client", () => ({ db: () => ({}) }));
// The shared, asynchronous reads are PostgreSQL's; SQLite's synchronous read has its own test.
vi.mock("@/lib/db/url", () => ({ databaseUrl: () => "postgresql://readout@127.0.0.1/readout", dialectOf: () => "postgresql" }));
vi.mock("@/lib/store/data-version", () => ({
  readDataVersion: () => new Promise<number>((resolve) => reads.push({ resolve })),
}));

const { freshDataVersion } = await import("@/lib/queries/read-cache");

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("freshDataVersion", () => {
  it("never answers a caller with a read that began before it called, and shares reads under load", async () => {
    const first = freshDataVersion();
    expect(reads).toHaveLength(1);
    // A write commits while the first read is on its way; these callers arrive after it.
    const late = [freshDataVersion(), freshDataVersion(), freshDataVersion()];
    expect(reads).toHaveLength(1);
    reads[0]?.resolve(1);
    expect(await first).toBe(1);
    await tick();
    // The late callers share ONE read, begun after the first ended.
    expect(reads).toHaveLength(2);
    const later = freshDataVersion();
    reads[1]?.resolve(2);
    expect(await Promise.all(late)).toEqual([2, 2, 2]);
    await tick();
    // …and whoever came while that read ran waits for the next one.
    expect(reads).toHaveLength(3);
    reads[2]?.resolve(3);
    expect(await later).toBe(3);
  });

  it("starts at once when nothing is reading", async () => {
    const before = reads.length;
    const alone = freshDataVersion();
    expect(reads).toHaveLength(before + 1);
    reads[before]?.resolve(7);
    expect(await alone).toBe(7);
  });
});
