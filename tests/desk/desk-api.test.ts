import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchOutcome } from "@/app/api/v1/outcomes/[id]/route";
import { POST as outcomeAction } from "@/app/api/v1/outcomes/[id]/[action]/route";
import { POST as participantAction } from "@/app/api/v1/participants/[id]/[action]/route";
import { POST as engagementAction } from "@/app/api/v1/engagements/[slug]/[action]/route";
import { GET as getEngagement, PATCH as patchEngagement } from "@/app/api/v1/engagements/[slug]/route";
import { createEditor } from "@/lib/auth/editors";
import { engagementDetailSchema } from "@/lib/schemas/api";
import { deskResultSchema } from "@/lib/schemas/desk";
import type { TestDatabase } from "@/tests/helpers/database";
import { callRoute } from "@/tests/api/api-database";
import { callWrite, PASSWORD, sessionCookie, signIn, seedDeskDatabase } from "./desk-helpers";

const WOODSIDE = "2023-11-15-biden-xi-woodside";
const BALI = "2022-11-biden-xi-bali";

let test: TestDatabase;
let cookie: string;
let admin: string;

beforeAll(async () => {
  test = await seedDeskDatabase("desk-api");
  await createEditor({ email: "Editor@Example.org", password: PASSWORD, name: "Lin Editor" });
  await createEditor({ email: "admin@example.org", password: PASSWORD, role: "admin" });
  cookie = sessionCookie(await signIn("editor@example.org", PASSWORD));
  admin = sessionCookie(await signIn("admin@example.org", PASSWORD));
}, 120_000);
afterAll(() => test.close());

async function firstOutcome(slug = WOODSIDE) {
  return test.db.outcome.findFirstOrThrow({ where: { engagement: { slug } }, orderBy: { id: "asc" } });
}

async function engagementJson(slug: string) {
  const response = await callRoute(getEngagement, `/api/v1/engagements/${slug}`, { slug });
  return { status: response.status, body: response.status === 200 ? engagementDetailSchema.parse(await response.json()) : null };
}

describe("PATCH /api/v1/outcomes/{id} refusals", () => {
  it("answers 401 without a session and changes nothing", async () => {
    const outcome = await firstOutcome();
    const response = await callWrite(patchOutcome, "PATCH", `/api/v1/outcomes/${outcome.id}`, { id: String(outcome.id) }, { ifMatch: `"${outcome.version}"`, body: { status: "proposed", reason: "x" } });
    expect(response.status).toBe(401);
    expect((await firstOutcome()).status).toBe(outcome.status);
  });

  it("answers 403 to a signed-in request from another origin", async () => {
    const outcome = await firstOutcome();
    const response = await callWrite(patchOutcome, "PATCH", `/api/v1/outcomes/${outcome.id}`, { id: String(outcome.id) }, { cookie, origin: "https://evil.example", ifMatch: `"${outcome.version}"`, body: { status: "proposed", reason: "x" } });
    expect(response.status).toBe(403);
    expect((await firstOutcome()).version).toBe(outcome.version);
  });

  it("answers 428 without If-Match and 400 on invalid values or unknown fields", async () => {
    const outcome = await firstOutcome();
    const params = { id: String(outcome.id) };
    expect((await callWrite(patchOutcome, "PATCH", "/x", params, { cookie, body: { status: "agreed", reason: "x" } })).status).toBe(428);
    const invalid = await callWrite(patchOutcome, "PATCH", "/x", params, { cookie, ifMatch: `"${outcome.version}"`, body: { status: "maybe", reason: "x" } });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.message).toMatch(/status/);
    expect((await callWrite(patchOutcome, "PATCH", "/x", params, { cookie, ifMatch: `"${outcome.version}"`, body: { colour: "red", reason: "x" } })).status).toBe(400);
    expect((await callWrite(patchOutcome, "PATCH", "/x", params, { cookie, ifMatch: `"${outcome.version}"`, body: { status: "agreed" } })).status).toBe(400);
    expect((await callWrite(patchOutcome, "PATCH", "/x", params, { cookie, ifMatch: `"${outcome.version}"`, body: { status: "agreed", reason: "   " } })).status).toBe(400);
  });

  it("answers 404 for an unknown outcome", async () => {
    const response = await callWrite(patchOutcome, "PATCH", "/x", { id: "999999" }, { cookie, ifMatch: '"1"', body: { status: "agreed", reason: "x" } });
    expect(response.status).toBe(404);
  });
});

describe("editing an outcome", () => {
  it("answers 200 with the new version, and the public API shows the value and its history without e-mail", async () => {
    const outcome = await firstOutcome();
    const response = await callWrite(patchOutcome, "PATCH", "/x", { id: String(outcome.id) }, { cookie, ifMatch: `"${outcome.version}"`, body: { status: "proposed", reason: "the official readout says proposed" } });
    expect(response.status).toBe(200);
    const result = deskResultSchema.parse(await response.json());
    expect(response.headers.get("etag")).toBe(`"${result.version}"`);
    expect(result).toMatchObject({ kind: "outcome", id: outcome.id, version: outcome.version + 1, origin: "reviewed", engagement: WOODSIDE });
    expect(response.headers.get("cache-control")).toBe("no-store");

    const { body } = await engagementJson(WOODSIDE);
    const shown = body?.outcomes.find((candidate) => candidate.id === outcome.id);
    expect(shown?.status.value).toBe("proposed");
    expect(shown?.version).toBe(outcome.version + 1);
    expect(shown?.history).toEqual([
      expect.objectContaining({ field: "status", from: outcome.status, to: "proposed", reason: "the official readout says proposed", by: "Lin Editor" }),
    ]);
    expect(JSON.stringify(body)).not.toContain("example.org");
  });

  it("answers 412 to the second of two editors holding the same version, and keeps the first edit", async () => {
    const outcome = await firstOutcome();
    const seen = `"${outcome.version}"`;
    const first = await callWrite(patchOutcome, "PATCH", "/x", { id: String(outcome.id) }, { cookie, ifMatch: seen, body: { statement: "First editor's wording.", reason: "clearer" } });
    expect(first.status).toBe(200);
    const second = await callWrite(patchOutcome, "PATCH", "/x", { id: String(outcome.id) }, { cookie: admin, ifMatch: seen, body: { statement: "Second editor's wording.", reason: "mine" } });
    expect(second.status).toBe(412);
    expect((await second.json()).error.message).toMatch(/someone else changed/i);
    expect((await firstOutcome()).statement).toBe("First editor's wording.");
    const records = await test.db.factChange.count({ where: { factType: "outcome", factId: outcome.id, reason: "mine" } });
    expect(records).toBe(0);
  });
});

describe("reject, accept and move", () => {
  it("a rejected outcome is gone for readers and kept in the history", async () => {
    const outcome = await test.db.outcome.findFirstOrThrow({ where: { engagement: { slug: BALI } }, orderBy: { id: "desc" } });
    const response = await callWrite(outcomeAction, "POST", "/x", { id: String(outcome.id), action: "reject" }, { cookie, ifMatch: `"${outcome.version}"`, body: { reason: "not an outcome of this meeting" } });
    expect(response.status).toBe(200);
    const { body } = await engagementJson(BALI);
    expect(body?.outcomes.some((candidate) => candidate.id === outcome.id)).toBe(false);
    expect(body?.sideAccounts.flatMap((row) => [...row.us, ...row.cn]).some((item) => item.id === outcome.id)).toBe(false);
    const stored = await test.db.outcome.findUniqueOrThrow({ where: { id: outcome.id } });
    expect(stored.origin).toBe("rejected");
    expect(await test.db.factChange.findMany({ where: { factType: "outcome", factId: outcome.id } })).toEqual([
      expect.objectContaining({ field: "origin", oldValue: "reviewed", newValue: "rejected", reason: "not an outcome of this meeting" }),
    ]);
  });

  it("accepting an extracted participant makes it reviewed", async () => {
    const participation = await test.db.participation.findFirstOrThrow({ where: { engagement: { slug: WOODSIDE } } });
    await test.db.participation.update({ where: { id: participation.id }, data: { origin: "extracted", confidence: 0.4 } });
    const response = await callWrite(participantAction, "POST", "/x", { id: String(participation.id), action: "accept" }, { cookie, ifMatch: `"${participation.version}"`, body: { reason: "named in the readout" } });
    expect(response.status).toBe(200);
    expect((await test.db.participation.findUniqueOrThrow({ where: { id: participation.id } })).origin).toBe("reviewed");
  });

  it("moving a participant the target already lists is refused and leaves no history", async () => {
    const participation = await test.db.participation.findFirstOrThrow({ where: { engagement: { slug: WOODSIDE }, person: { slug: "joe-biden" } } });
    const before = await test.db.factChange.count();
    const response = await callWrite(participantAction, "POST", "/x", { id: String(participation.id), action: "move" }, { cookie, ifMatch: `"${participation.version}"`, body: { engagement: BALI, reason: "wrong meeting" } });
    expect(response.status).toBe(409);
    expect(await test.db.factChange.count()).toBe(before);
    expect((await test.db.participation.findUniqueOrThrow({ where: { id: participation.id } })).engagementId).toBe(participation.engagementId);
  });

  it("unknown actions are 404", async () => {
    const outcome = await firstOutcome();
    const response = await callWrite(outcomeAction, "POST", "/x", { id: String(outcome.id), action: "delete" }, { cookie, ifMatch: `"${outcome.version}"`, body: { reason: "x" } });
    expect(response.status).toBe(404);
  });
});

describe("engagements: edit, split, merge", () => {
  it("sets the date and place; an end before the start is 400", async () => {
    const engagement = await test.db.engagement.findUniqueOrThrow({ where: { slug: BALI } });
    const bad = await callWrite(patchEngagement, "PATCH", "/x", { slug: BALI }, { cookie, ifMatch: `"${engagement.version}"`, body: { startDate: "2022-11-14", endDate: "2022-11-01", reason: "x" } });
    expect(bad.status).toBe(400);
    const good = await callWrite(patchEngagement, "PATCH", "/x", { slug: BALI }, { cookie, ifMatch: `"${engagement.version}"`, body: { startDate: "2022-11-14", datePrecision: "day", placeName: "Nusa Dua", reason: "the readouts give the day" } });
    expect(good.status).toBe(200);
    const { body } = await engagementJson(BALI);
    expect(body?.date.start).toBe("2022-11-14");
    expect(body?.place?.name).toBe("Nusa Dua");
    expect(body?.history.map((entry) => entry.field)).toEqual(expect.arrayContaining(["startDate", "placeName"]));
  });

  it("splits chosen outcomes into a new engagement, then merges it back", async () => {
    const engagement = await test.db.engagement.findUniqueOrThrow({ where: { slug: WOODSIDE }, include: { outcomes: { where: { origin: { not: "rejected" } } } } });
    const chosen = engagement.outcomes.slice(0, 2).map((outcome) => outcome.id);
    const split = await callWrite(engagementAction, "POST", "/x", { slug: WOODSIDE, action: "split" }, {
      cookie,
      ifMatch: `"${engagement.version}"`,
      body: { title: "Woodside working lunch", startDate: "2023-11-15", outcomes: chosen, reason: "two meetings in one" },
    });
    expect(split.status).toBe(200);
    const created = (await split.json()).engagement as string;
    expect(created).not.toBe(WOODSIDE);
    const newOne = await engagementJson(created);
    expect(newOne.body?.outcomes.map((outcome) => outcome.id).sort()).toEqual([...chosen].sort());
    expect(newOne.body?.outcomes.every((outcome) => outcome.evidence.length > 0)).toBe(true);

    const target = await test.db.engagement.findUniqueOrThrow({ where: { slug: WOODSIDE } });
    const source = await test.db.engagement.findUniqueOrThrow({ where: { slug: created } });
    const stale = await callWrite(engagementAction, "POST", "/x", { slug: created, action: "merge" }, { cookie, ifMatch: `"${source.version}"`, body: { into: WOODSIDE, intoVersion: target.version - 1, reason: "same meeting" } });
    expect(stale.status).toBe(412);
    const merged = await callWrite(engagementAction, "POST", "/x", { slug: created, action: "merge" }, { cookie, ifMatch: `"${source.version}"`, body: { into: WOODSIDE, intoVersion: target.version, reason: "same meeting" } });
    expect(merged.status).toBe(200);
    expect((await engagementJson(created)).status).toBe(404);
    const back = await engagementJson(WOODSIDE);
    expect(chosen.every((id) => back.body?.outcomes.some((outcome) => outcome.id === id))).toBe(true);
    expect(back.body?.history.some((entry) => entry.field === "merged")).toBe(true);
  });
});

describe("better-auth sign-in", () => {
  it("refuses another origin with 403", async () => {
    const response = await signIn("editor@example.org", PASSWORD, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
  });

  it("answers 429 after repeated failed sign-ins", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) statuses.push((await signIn("editor@example.org", "wrong password 123", { "x-forwarded-for": "203.0.113.9" })).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    // Another client is not blocked by this one's failures.
    expect((await signIn("editor@example.org", PASSWORD, { "x-forwarded-for": "203.0.113.10" })).status).toBe(200);
  });

  it("stores no password in clear", async () => {
    const accounts = await test.db.account.findMany();
    expect(accounts.every((account) => account.password !== null && !account.password.includes(PASSWORD))).toBe(true);
  });
});
