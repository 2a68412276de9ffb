import type { Db } from "@/lib/db/client";
import type { Editor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { SplitAction } from "@/lib/schemas/desk";
import { slugify, uniqueSlug } from "@/lib/store/slugs";
import type { Tx } from "@/lib/store/sql";
import { engagementBySlug } from "./facts";
import { runEditorialWrite, versionConflict, type EditorialTx } from "./write";

async function checkedEngagement(tx: Tx, slug: string, version: number | undefined) {
  const engagement = await engagementBySlug(tx, slug);
  if (version !== undefined && engagement.version !== version) throw versionConflict("engagement", engagement.version, version);
  return engagement;
}

async function bumpVersion(tx: Tx, id: number, version: number): Promise<void> {
  const { count } = await tx.engagement.updateMany({ where: { id, version }, data: { version: version + 1 } });
  if (count === 0) throw versionConflict("engagement", version + 1, version);
}

/**
 * Moves every fact of one engagement into another and removes the first: people and topics the
 * target already lists keep the target's fact and gain the evidence. History records on both
 * engagements say what became of which.
 */
export function mergeEngagements(
  db: Db,
  editor: Editor,
  from: { slug: string; version: number },
  into: { slug: string; version?: number },
  reason: string,
): Promise<{ slug: string }> {
  return runEditorialWrite(db, editor, reason, async (write) => {
    const { tx } = write;
    if (from.slug === into.slug) throw new AppError("BAD_REQUEST", "an engagement cannot be merged into itself");
    const source = await checkedEngagement(tx, from.slug, from.version);
    const target = await checkedEngagement(tx, into.slug, into.version);

    const targetPeople = new Map((await tx.participation.findMany({ where: { engagementId: target.id } })).map((row) => [row.personId, row.id]));
    for (const participation of await tx.participation.findMany({ where: { engagementId: source.id } })) {
      const kept = targetPeople.get(participation.personId);
      if (kept === undefined) await tx.participation.update({ where: { id: participation.id }, data: { engagementId: target.id } });
      else {
        await tx.evidence.updateMany({ where: { participationId: participation.id }, data: { participationId: kept } });
        await tx.participation.delete({ where: { id: participation.id } });
      }
    }
    const targetTopics = new Map((await tx.engagementTopic.findMany({ where: { engagementId: target.id } })).map((row) => [row.topicId, row.id]));
    for (const link of await tx.engagementTopic.findMany({ where: { engagementId: source.id } })) {
      const kept = targetTopics.get(link.topicId);
      if (kept === undefined) await tx.engagementTopic.update({ where: { id: link.id }, data: { engagementId: target.id } });
      else {
        await tx.evidence.updateMany({ where: { topicLinkId: link.id }, data: { topicLinkId: kept } });
        await tx.engagementTopic.delete({ where: { id: link.id } });
      }
    }
    await tx.outcome.updateMany({ where: { engagementId: source.id }, data: { engagementId: target.id } });
    await tx.evidence.updateMany({ where: { engagementId: source.id }, data: { engagementId: target.id } });
    await write.record([
      { factType: "engagement", factId: target.id, engagementId: target.id, field: "merged", oldValue: `${source.title} (${source.slug})`, newValue: target.slug },
      { factType: "engagement", factId: source.id, engagementId: source.id, field: "mergedInto", oldValue: source.slug, newValue: target.slug },
    ]);
    await tx.engagement.delete({ where: { id: source.id } });
    await bumpVersion(tx, target.id, target.version);
    return { slug: target.slug };
  });
}

async function moveChosen(write: EditorialTx, sourceId: number, targetId: number, split: SplitAction): Promise<number> {
  const { tx } = write;
  const chosen = [
    { ids: split.participations, model: tx.participation, link: "participationId" },
    { ids: split.topics, model: tx.engagementTopic, link: "topicLinkId" },
    { ids: split.outcomes, model: tx.outcome, link: "outcomeId" },
  ] as const;
  let moved = 0;
  for (const { ids, model, link } of chosen) {
    if (ids.length === 0) continue;
    // The three delegates differ in type but share this call shape.
    const table = model as unknown as { updateMany(args: { where: object; data: object }): Promise<{ count: number }> };
    const { count } = await table.updateMany({ where: { id: { in: ids }, engagementId: sourceId }, data: { engagementId: targetId, version: { increment: 1 } } });
    if (count !== new Set(ids).size) throw new AppError("BAD_REQUEST", "some chosen facts do not belong to this engagement");
    await tx.evidence.updateMany({ where: { [link]: { in: ids } }, data: { engagementId: targetId } });
    moved += count;
  }
  return moved;
}

/** Splits chosen facts off into a new engagement (one visit recorded as two, the other way round). */
export function splitEngagement(db: Db, editor: Editor, from: { slug: string; version: number }, split: SplitAction): Promise<{ slug: string }> {
  return runEditorialWrite(db, editor, split.reason, async (write) => {
    const { tx } = write;
    const source = await checkedEngagement(tx, from.slug, from.version);
    const stored = await tx.engagement.findUniqueOrThrow({ where: { id: source.id } });
    const base = slugify(`${split.startDate ?? "undated"} ${split.title}`).slice(0, 100);
    const slug = await uniqueSlug(base, async (candidate) => (await tx.engagement.count({ where: { slug: candidate } })) > 0);
    const created = await tx.engagement.create({
      data: {
        slug,
        title: split.title,
        kind: split.kind ?? stored.kind,
        status: stored.status,
        startDate: split.startDate,
        datePrecision: split.datePrecision,
        origin: "reviewed",
      },
    });
    const moved = await moveChosen(write, source.id, created.id, split);
    if (moved === 0) throw new AppError("BAD_REQUEST", "choose at least one participant, topic or outcome for the new engagement");
    await write.record([
      { factType: "engagement", factId: source.id, engagementId: source.id, field: "splitInto", oldValue: source.slug, newValue: slug },
      { factType: "engagement", factId: created.id, engagementId: created.id, field: "splitFrom", oldValue: source.slug, newValue: slug },
    ]);
    await bumpVersion(tx, source.id, source.version);
    return { slug };
  });
}
