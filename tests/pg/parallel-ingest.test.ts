import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestBatch } from "@/lib/store/ingest-batch";
import { findMatchingEngagement } from "@/lib/store/match-engagement";
import type { EngagementRecord } from "@/lib/store/records";
import { writeTopics } from "@/lib/store/seed";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { POSTGRES_ADMIN_URL } from "./server-admin";

/** Articles from the blind sets, several pairs about one meeting (Busan, Hegseth–Dong, Kuala Lumpur …), so racing writers meet. */
const ARTICLES = [
  "blind/12-trump-xi-busan.md",
  "blind/08-hegseth-dong-kuala-lumpur.txt",
  "blind/14-rubio-wang-kuala-lumpur.html",
  "blind3/10_trump_xi_busan_wire.txt",
  "blind3/07_hegseth_dong_jun_liveblog.txt",
  "blind3/08_rubio_wang_yi_call_newspaper.txt",
  "blind/13-bessent-he-stockholm.txt",
  "blind3/09_kuala_lumpur_trade_talks_regional.txt",
  "blind/11-trump-xi-call-september.txt",
  "blind/06-biden-xi-call-april.txt",
  "blind2/02_xi_biden_call_readout.txt",
  "blind3/01_lima_biden_xi_wire.txt",
].map((file) => path.join(process.cwd(), "tests", "fixtures", file));

const WORKERS = 4;
const TMP = path.join(process.cwd(), "tests", ".tmp", `parallel-ingest-${process.pid}`);

/** Folder k holds six articles starting at 3k: every article is in exactly two folders. */
function overlappingFolders(): string[] {
  return Array.from({ length: WORKERS }, (_, k) => {
    const folder = path.join(TMP, `folder-${k}`);
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 6; i += 1) {
      const file = ARTICLES[(3 * k + i) % ARTICLES.length] as string;
      copyFileSync(file, path.join(folder, `${String(i).padStart(2, "0")}-${path.basename(file)}`));
    }
    return folder;
  });
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function ingestProcess(folder: string, databaseUrl: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["lib/cli/ingest.ts", folder], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Rolls a probing transaction back. */
class Probe extends Error {}

/**
 * Engagements that ingestion would have merged into another stored one: for each, in a
 * transaction rolled back afterwards, remove it and ask the store's own matcher whether a
 * record like it finds a match among the rest. A racing writer's duplicate does; two
 * engagements the matcher keeps apart (different places, say) do not.
 */
async function mergeableEngagements(test: TestDatabase): Promise<string[]> {
  const engagements = await test.db.engagement.findMany({
    include: { participations: { include: { person: true } } },
  });
  const found: string[] = [];
  for (const engagement of engagements) {
    const record: EngagementRecord = {
      ...engagement,
      kind: engagement.kind as EngagementRecord["kind"],
      status: engagement.status as EngagementRecord["status"],
      datePrecision: engagement.datePrecision as EngagementRecord["datePrecision"],
      origin: engagement.origin as EngagementRecord["origin"],
      place:
        engagement.placeName === null
          ? null
          : { name: engagement.placeName, country: engagement.placeCountry, latitude: engagement.latitude, longitude: engagement.longitude },
      dateEvidence: [],
      placeEvidence: [],
      participants: engagement.participations.map(({ person, title }) => ({ person: { ...person, side: person.side as "US" }, title, evidence: [] })),
      topics: [],
      outcomes: [],
    };
    const match = await test.db
      .$transaction(async (tx) => {
        await tx.engagement.delete({ where: { id: engagement.id } });
        throw new Probe(String(await findMatchingEngagement(tx, record)));
      })
      .catch((error: unknown) => (error instanceof Probe ? error.message : Promise.reject(error)));
    if (match !== "null") found.push(`${engagement.slug} → engagement ${match}`);
  }
  return found;
}

describe.skipIf(POSTGRES_ADMIN_URL === null)("parallel ingestion on PostgreSQL", () => {
  let parallel: TestDatabase;
  let sequential: TestDatabase;
  beforeAll(async () => {
    parallel = createTestDatabase("parallel");
    sequential = createTestDatabase("sequential");
    for (const test of [parallel, sequential]) await test.db.$transaction((tx) => writeTopics(tx));
  }, 120_000);
  afterAll(async () => {
    await parallel.close();
    await sequential.close();
    rmSync(TMP, { recursive: true, force: true });
  }, 120_000);

  it("4 processes on overlapping folders store each article, person and engagement once", async () => {
    const runs = await Promise.all(overlappingFolders().map((folder) => ingestProcess(folder, parallel.url)));
    for (const run of runs) expect(run.status, run.stdout + run.stderr).toBe(0);
    const totals = runs.map((run) => run.stdout.match(/^(\d+) ingested, (\d+) already present, (\d+) failed/m)?.slice(1).map(Number) ?? []);
    // every article is in two folders: one process stores it, the other finds it present
    expect(totals.reduce((sum, [ingested = 0]) => sum + ingested, 0)).toBe(ARTICLES.length);
    expect(totals.reduce((sum, [, present = 0]) => sum + present, 0)).toBe(ARTICLES.length);

    expect(await parallel.db.article.count()).toBe(ARTICLES.length);
    const people = await parallel.db.person.findMany({ select: { name: true } });
    expect(new Set(people.map((person) => person.name)).size).toBe(people.length);
    // Which engagements exist depends on the order articles arrive (an undated mention is kept
    // only when its meeting is already stored), so the check is for duplicates, not equality
    // with one sequential order; the sequential run shows the articles themselves yield none.
    await ingestBatch(sequential.db, ARTICLES, () => undefined);
    expect(await mergeableEngagements(sequential)).toEqual([]);
    expect(await parallel.db.engagement.count()).toBeGreaterThan(0);
    expect(await mergeableEngagements(parallel)).toEqual([]);
  }, 300_000);
});
