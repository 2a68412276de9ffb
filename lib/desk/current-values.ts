import type { Db } from "@/lib/db/client";
import { loadFact } from "./facts";
import type { FactKind } from "./write";

const SHOWN: Record<FactKind, string[]> = {
  outcome: ["statement", "status", "side", "origin"],
  participation: ["title", "origin"],
  topic: ["origin"],
  engagement: ["title", "kind", "status", "startDate", "endDate", "datePrecision", "placeName", "placeCountry", "origin"],
};

/** The stored version and values of a fact, for a form that lost a race: the editor compares, then decides. */
export async function currentValues(db: Db, kind: FactKind, key: string): Promise<{ version: number; values: Record<string, string> }> {
  const id = kind === "engagement" ? (await db.engagement.findUniqueOrThrow({ where: { slug: key }, select: { id: true } })).id : Number(key);
  const row = await db.$transaction((tx) => loadFact(tx, kind, id));
  return { version: row.version, values: Object.fromEntries(SHOWN[kind].map((field) => [field, row[field] === null || row[field] === undefined ? "" : String(row[field])])) };
}
