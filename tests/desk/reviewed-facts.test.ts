import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editOutcome, rejectFact } from "@/lib/desk/facts";
import { runEditorialWrite } from "@/lib/desk/write";
import type { Editor } from "@/lib/auth/session";
import { getEngagement } from "@/lib/queries/get-engagement";
import { ingestArticle } from "@/lib/store/ingest-article";
import { seedDatabase } from "@/lib/store/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/database";

/** Written for this test: a second report of the Woodside meeting, in our own words. */
const LATER_REPORT = `Biden and Xi meet near San Francisco

WOODSIDE, California, November 15, 2023 — President Joe Biden met Chinese President Xi Jinping at the Filoli estate on Wednesday.

The two leaders agreed to resume military-to-military communication, Biden told reporters after the talks.
`;

const EDITOR: Editor = { id: "test-editor", name: "", email: "e@example.org", role: "editor" };
const WOODSIDE = "2023-11-15-biden-xi-woodside";

let test: TestDatabase;

beforeAll(async () => {
  test = createTestDatabase("reviewed-facts");
  await seedDatabase(test.db);
}, 120_000);
afterAll(() => test.close());

describe("later ingestion and reviewed facts", () => {
  it("never changes an edited or rejected fact; it may only add evidence", async () => {
    const biden = await test.db.participation.findFirstOrThrow({ where: { engagement: { slug: WOODSIDE }, person: { slug: "joe-biden" } } });
    const outcome = await test.db.outcome.findFirstOrThrow({ where: { engagement: { slug: WOODSIDE }, topic: { slug: "military-communication" } } });
    await rejectFact(test.db, EDITOR, { kind: "participation", id: biden.id, version: biden.version }, "test: pretend he was not there");
    await editOutcome(test.db, EDITOR, outcome.id, outcome.version, { statement: "Edited by an editor." }, "test: clearer wording");
    const before = {
      biden: await test.db.participation.findUniqueOrThrow({ where: { id: biden.id } }),
      outcome: await test.db.outcome.findUniqueOrThrow({ where: { id: outcome.id } }),
    };

    const result = await ingestArticle(test.db, LATER_REPORT, { fileName: "later-report.txt", format: "txt" });
    expect(result).toMatchObject({ status: "ingested", engagementsMerged: 1 });

    const after = {
      biden: await test.db.participation.findUniqueOrThrow({ where: { id: biden.id } }),
      outcome: await test.db.outcome.findUniqueOrThrow({ where: { id: outcome.id } }),
    };
    expect(after.biden).toEqual(before.biden);
    expect(after.outcome).toEqual(before.outcome);
    const page = await getEngagement(test.db, WOODSIDE);
    expect(page?.participants.flatMap((group) => group.items).some((person) => person.slug === "joe-biden")).toBe(false);
    const edited = page?.outcomes.find((candidate) => candidate.id === outcome.id);
    expect(edited?.history.map((entry) => [entry.field, entry.by])).toEqual([
      ["statement", "an editor"],
    ]);
  });

  it("a write without a reason is refused before anything runs", async () => {
    let ran = false;
    await expect(
      runEditorialWrite(test.db, EDITOR, "  ", async () => {
        ran = true;
      }),
    ).rejects.toThrow(/reason/);
    expect(ran).toBe(false);
  });

  it("a failing write leaves neither the change nor its history", async () => {
    const outcome = await test.db.outcome.findFirstOrThrow({ where: { engagement: { slug: WOODSIDE } }, orderBy: { id: "desc" } });
    const records = await test.db.factChange.count();
    await expect(
      runEditorialWrite(test.db, EDITOR, "will fail", async (write) => {
        await write.tx.outcome.update({ where: { id: outcome.id }, data: { statement: "half-written" } });
        await write.record([{ factType: "outcome", factId: outcome.id, engagementId: outcome.engagementId, field: "statement", oldValue: outcome.statement, newValue: "half-written" }]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect((await test.db.outcome.findUniqueOrThrow({ where: { id: outcome.id } })).statement).toBe(outcome.statement);
    expect(await test.db.factChange.count()).toBe(records);
  });
});
