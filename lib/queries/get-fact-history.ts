import type { Db } from "@/lib/db/client";
import type { HistoryEntry } from "@/lib/schemas/desk";

/** The desk's fact kinds, as history records name them. */
export type HistoryFactType = "engagement" | "participation" | "topic" | "outcome";

/** How a reader reads a field name in a history line. */
const FIELD_LABELS: Record<string, string> = {
  origin: "Review state",
  statement: "Statement",
  status: "Status",
  topicId: "Topic",
  side: "Side",
  title: "Title",
  kind: "Kind",
  startDate: "Start date",
  endDate: "End date",
  datePrecision: "Date precision",
  placeName: "Place",
  placeCountry: "Country",
  engagementId: "Engagement",
  merged: "Merged in",
  mergedInto: "Merged into",
  splitInto: "Split off",
  splitFrom: "Split from",
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export type HistoryByFact = Map<string, HistoryEntry[]>;

export const historyKey = (factType: HistoryFactType, id: number) => `${factType}:${id}`;

/** At most this many records per engagement page; the oldest beyond it are summarised by count in the desk. */
export const MAX_HISTORY_RECORDS = 500;

/**
 * The history of the given facts, oldest first, as readers see it: the editor's display name
 * (or role), never their e-mail address or id. Topic ids are shown as topic names.
 */
export async function getFactHistory(db: Db, facts: { factType: HistoryFactType; ids: number[] }[]): Promise<HistoryByFact> {
  const wanted = facts.filter((group) => group.ids.length > 0);
  const byFact: HistoryByFact = new Map();
  if (wanted.length === 0) return byFact;
  const rows = await db.factChange.findMany({
    where: { OR: wanted.map((group) => ({ factType: group.factType, factId: { in: group.ids } })) },
    orderBy: { id: "asc" },
    take: MAX_HISTORY_RECORDS,
    select: { factType: true, factId: true, createdAt: true, field: true, oldValue: true, newValue: true, reason: true, actorName: true },
  });
  const topicIds = rows.filter((row) => row.field === "topicId").flatMap((row) => [row.oldValue, row.newValue]).filter((value) => value !== null).map(Number);
  const topics = topicIds.length === 0 ? [] : await db.topic.findMany({ where: { id: { in: topicIds } }, select: { id: true, name: true } });
  const topicName = (value: string | null) => (value === null ? null : (topics.find((topic) => topic.id === Number(value))?.name ?? value));
  for (const row of rows) {
    const show = row.field === "topicId" ? topicName : (value: string | null) => value;
    const key = historyKey(row.factType as HistoryFactType, row.factId);
    const entry: HistoryEntry = {
      at: row.createdAt.toISOString(),
      field: row.field,
      from: show(row.oldValue),
      to: show(row.newValue),
      reason: row.reason,
      by: row.actorName,
    };
    byFact.set(key, [...(byFact.get(key) ?? []), entry]);
  }
  return byFact;
}
