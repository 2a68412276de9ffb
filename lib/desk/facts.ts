import type { Db } from "@/lib/db/client";
import type { Editor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { EngagementChanges, OutcomeChanges, ParticipationChanges } from "@/lib/schemas/desk";
import type { Tx } from "@/lib/store/sql";
import { asHistoryValue, runEditorialWrite, versionConflict, type Change, type EditorialTx, type FactKind } from "./write";

/**
 * The desk's fact operations. Each checks the version the editor saw (optimistic
 * concurrency: a stale version is a 412 and nothing changes), writes through
 * runEditorialWrite, and appends one history record per changed field.
 */

type Row = Record<string, unknown> & { id: number; engagementId: number; origin: string; version: number };

/**
 * The four fact tables share id, origin and version; this narrow view of their Prisma
 * delegates lets one function check and bump the version of any of them.
 */
interface FactTable {
  findUnique(args: { where: { id: number } }): Promise<Record<string, unknown> | null>;
  updateMany(args: { where: { id: number; version: number }; data: Record<string, unknown> }): Promise<{ count: number }>;
}

function tableOf(tx: Tx, kind: FactKind): FactTable {
  const tables = { engagement: tx.engagement, participation: tx.participation, topic: tx.engagementTopic, outcome: tx.outcome };
  return tables[kind] as unknown as FactTable;
}

const LABELS: Record<FactKind, string> = { engagement: "engagement", participation: "participant", topic: "topic", outcome: "outcome" };

export async function loadFact(tx: Tx, kind: FactKind, id: number): Promise<Row> {
  const row = await tableOf(tx, kind).findUnique({ where: { id } });
  if (row === null) throw new AppError("NOT_FOUND", `No ${LABELS[kind]} with id ${id}`);
  return { ...row, engagementId: kind === "engagement" ? (row.id as number) : (row.engagementId as number) } as Row;
}

/** Writes `data` if the stored version is still `version`, bumping it; returns the changed fields' history. */
async function updateChecked(write: EditorialTx, kind: FactKind, id: number, version: number, data: Record<string, unknown>): Promise<Row> {
  const before = await loadFact(write.tx, kind, id);
  if (before.version !== version) throw versionConflict(LABELS[kind], before.version, version);
  const changed = Object.entries(data).filter(([field, value]) => before[field] !== value);
  if (changed.length === 0) return before;
  const { count } = await tableOf(write.tx, kind).updateMany({ where: { id, version }, data: { ...Object.fromEntries(changed), version: version + 1 } });
  if (count === 0) throw versionConflict(LABELS[kind], version + 1, version);
  await write.record(
    changed.map(([field, value]): Change => ({
      factType: kind,
      factId: id,
      engagementId: before.engagementId,
      field,
      oldValue: asHistoryValue(before[field] as string | number | null),
      newValue: asHistoryValue(value as string | number | null),
    })),
  );
  return loadFact(write.tx, kind, id);
}

export interface FactRef {
  kind: FactKind;
  id: number;
  version: number;
}

/** Accept: the extracted fact becomes reviewed; later ingestion then leaves it as it is. */
export function acceptFact(db: Db, editor: Editor, fact: FactRef, reason: string): Promise<Row> {
  return runEditorialWrite(db, editor, reason, (write) => updateChecked(write, fact.kind, fact.id, fact.version, { origin: "reviewed" }));
}

/** Reject: hidden from readers, kept with its history and reason; ingestion never revives it. */
export function rejectFact(db: Db, editor: Editor, fact: FactRef, reason: string): Promise<Row> {
  return runEditorialWrite(db, editor, reason, (write) => updateChecked(write, fact.kind, fact.id, fact.version, { origin: "rejected" }));
}

async function topicIdOf(tx: Tx, slug: string | null): Promise<number | null> {
  if (slug === null) return null;
  const topic = await tx.topic.findUnique({ where: { slug }, select: { id: true } });
  if (topic === null) throw new AppError("BAD_REQUEST", `unknown topic "${slug}"`);
  return topic.id;
}

/** An edited fact is a reviewed fact: the editor has read it. History stores the topic by slug. */
export function editOutcome(db: Db, editor: Editor, id: number, version: number, changes: OutcomeChanges, reason: string): Promise<Row> {
  return runEditorialWrite(db, editor, reason, async (write) => {
    const { topic, ...rest } = changes;
    const data: Record<string, unknown> = { ...rest, origin: "reviewed" };
    if (topic !== undefined) data.topicId = await topicIdOf(write.tx, topic);
    return updateChecked(write, "outcome", id, version, data);
  });
}

export function editParticipation(db: Db, editor: Editor, id: number, version: number, changes: ParticipationChanges, reason: string): Promise<Row> {
  return runEditorialWrite(db, editor, reason, (write) => updateChecked(write, "participation", id, version, { ...changes, origin: "reviewed" }));
}

/** Engagement fields; an end date before the start is refused, a missing start clears the end. */
export function editEngagement(db: Db, editor: Editor, id: number, version: number, changes: EngagementChanges, reason: string): Promise<Row> {
  return runEditorialWrite(db, editor, reason, async (write) => {
    const before = await loadFact(write.tx, "engagement", id);
    const start = changes.startDate !== undefined ? changes.startDate : (before.startDate as string | null);
    let end = changes.endDate !== undefined ? changes.endDate : (before.endDate as string | null);
    if (start === null) end = null;
    if (start !== null && end !== null && end < start) throw new AppError("BAD_REQUEST", "the end date is before the start date");
    const data: Record<string, unknown> = { ...changes, origin: "reviewed" };
    if (changes.startDate !== undefined || changes.endDate !== undefined) data.endDate = end;
    return updateChecked(write, "engagement", id, version, data);
  });
}

export async function engagementBySlug(tx: Pick<Tx, "engagement">, slug: string): Promise<{ id: number; version: number; slug: string; title: string }> {
  const found = await tx.engagement.findUnique({ where: { slug }, select: { id: true, version: true, slug: true, title: true } });
  if (found === null) throw new AppError("NOT_FOUND", `No engagement with slug ‘${slug.slice(0, 80)}’`);
  return found;
}

/**
 * Moves a participant, topic or outcome (with its evidence) to another engagement. A person or
 * topic the target already lists is refused: reject the duplicate instead.
 */
const EVIDENCE_LINKS = { participation: "participationId", topic: "topicLinkId", outcome: "outcomeId" } as const;

export function moveFact(db: Db, editor: Editor, fact: FactRef, targetSlug: string, reason: string): Promise<Row> {
  const kind = fact.kind;
  if (kind === "engagement") throw new AppError("BAD_REQUEST", "an engagement cannot be moved; merge it instead");
  const link = EVIDENCE_LINKS[kind];
  return runEditorialWrite(db, editor, reason, async (write) => {
    const target = await engagementBySlug(write.tx, targetSlug);
    const row = await loadFact(write.tx, fact.kind, fact.id);
    if (row.engagementId === target.id) throw new AppError("BAD_REQUEST", "the fact is already on that engagement");
    if (fact.kind === "participation") {
      const clash = await write.tx.participation.findFirst({ where: { engagementId: target.id, personId: row.personId as number } });
      if (clash) throw new AppError("CONFLICT", `${target.title} already lists this person; reject this one instead`);
    }
    if (fact.kind === "topic") {
      const clash = await write.tx.engagementTopic.findFirst({ where: { engagementId: target.id, topicId: row.topicId as number } });
      if (clash) throw new AppError("CONFLICT", `${target.title} already lists this topic; reject this one instead`);
    }
    const moved = await updateChecked(write, fact.kind, fact.id, fact.version, { engagementId: target.id });
    await write.tx.evidence.updateMany({ where: { [link]: fact.id }, data: { engagementId: target.id } });
    return moved;
  });
}
