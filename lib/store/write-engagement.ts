import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { personBySlug } from "@/lib/gazetteer/people";
import type { EngagementRecord, EvidenceRecord, PersonRef } from "@/lib/store/records";
import type { FactType } from "@/lib/taxonomy/enums";

type Tx = Prisma.TransactionClient;

interface FactLink {
  engagementId: number;
  factType: FactType;
  participationId?: number;
  topicLinkId?: number;
  outcomeId?: number;
}

/**
 * Adds excerpts to a fact, skipping any that overlap an excerpt the fact already has from the
 * same article: a second quote of the same passage would add noise, not corroboration.
 */
async function addEvidence(tx: Tx, link: FactLink, origin: string, evidence: EvidenceRecord[]): Promise<void> {
  if (evidence.length === 0) return;
  const existing = await tx.evidence.findMany({
    where: { ...link, articleId: { in: [...new Set(evidence.map((item) => item.articleId))] } },
    select: { articleId: true, start: true, end: true },
  });
  const fresh: EvidenceRecord[] = [];
  for (const item of evidence) {
    const overlaps = [...existing, ...fresh.map((kept) => ({ articleId: kept.articleId, ...kept.selector }))].some(
      (other) => other.articleId === item.articleId && other.start < item.selector.end && item.selector.start < other.end,
    );
    if (!overlaps) fresh.push(item);
  }
  if (fresh.length === 0) return;
  await tx.evidence.createMany({
    data: fresh.map(({ articleId, selector, claim }) => ({
      ...link,
      articleId,
      origin,
      claim: claim ?? null,
      exact: selector.exact,
      prefix: selector.prefix,
      suffix: selector.suffix,
      start: selector.start,
      end: selector.end,
    })),
  });
}

/** The Person row for a reference, created on first use; gazetteer people bring aliases and titles. */
export async function ensurePerson(tx: Tx, ref: PersonRef): Promise<number> {
  const existing = await tx.person.findUnique({ where: { slug: ref.slug }, select: { id: true } });
  if (existing) return existing.id;
  const known = personBySlug(ref.slug);
  const created = await tx.person.create({
    data: {
      slug: ref.slug,
      name: known?.name ?? ref.name,
      side: known?.side ?? ref.side,
      aliases: { create: (known?.aliases ?? []).map((alias) => ({ alias })) },
      titles: { create: (known?.titles ?? []).map((held) => ({ title: held.title, startDate: held.start, endDate: held.end })) },
    },
    select: { id: true },
  });
  return created.id;
}

async function topicIdOf(tx: Tx, slug: string): Promise<number> {
  const topic = await tx.topic.findUnique({ where: { slug }, select: { id: true } });
  if (!topic) throw new AppError("INVALID_DATA", `unknown topic "${slug}"`);
  return topic.id;
}

/** Creates the engagement row itself (no facts); the slug must be new. */
export async function createEngagement(tx: Tx, record: EngagementRecord): Promise<number> {
  const created = await tx.engagement.create({
    data: {
      slug: record.slug,
      title: record.title,
      kind: record.kind,
      status: record.status,
      startDate: record.startDate,
      endDate: record.endDate,
      datePrecision: record.datePrecision,
      placeName: record.place?.name ?? null,
      placeCountry: record.place?.country ?? null,
      latitude: record.place?.latitude ?? null,
      longitude: record.place?.longitude ?? null,
      occasion: record.occasion,
      summary: record.summary,
      origin: record.origin,
      confidence: record.confidence,
    },
    select: { id: true },
  });
  return created.id;
}

function normalizedStatement(statement: string): string {
  return statement.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/**
 * Adds a record's facts to an engagement. A fact already present (same person, same topic,
 * same outcome topic+status or statement) gains the new evidence, which is what raises its
 * corroboration count; it is never overwritten, so reviewed facts stay as curated.
 */
export async function addEngagementFacts(tx: Tx, engagementId: number, record: EngagementRecord): Promise<void> {
  const { origin } = record;
  await addEvidence(tx, { engagementId, factType: "date" }, origin, record.dateEvidence);
  await addEvidence(tx, { engagementId, factType: "place" }, origin, record.placeEvidence);

  for (const participant of record.participants) {
    const personId = await ensurePerson(tx, participant.person);
    const participation =
      (await tx.participation.findUnique({ where: { engagementId_personId: { engagementId, personId } }, select: { id: true } })) ??
      (await tx.participation.create({
        data: { engagementId, personId, title: participant.title, origin, confidence: record.confidence },
        select: { id: true },
      }));
    await addEvidence(tx, { engagementId, factType: "participation", participationId: participation.id }, origin, participant.evidence);
  }

  for (const topic of record.topics) {
    const topicId = await topicIdOf(tx, topic.slug);
    const link =
      (await tx.engagementTopic.findUnique({ where: { engagementId_topicId: { engagementId, topicId } }, select: { id: true } })) ??
      (await tx.engagementTopic.create({ data: { engagementId, topicId, origin, confidence: record.confidence }, select: { id: true } }));
    await addEvidence(tx, { engagementId, factType: "topic", topicLinkId: link.id }, origin, topic.evidence);
  }

  const existingOutcomes = await tx.outcome.findMany({
    where: { engagementId },
    select: { id: true, statement: true, status: true, topic: { select: { slug: true } } },
  });
  for (const outcome of record.outcomes) {
    const same = existingOutcomes.find(
      (existing) =>
        normalizedStatement(existing.statement) === normalizedStatement(outcome.statement) ||
        (outcome.topic !== null && existing.topic?.slug === outcome.topic && existing.status === outcome.status),
    );
    let outcomeId = same?.id;
    if (outcomeId === undefined) {
      const created = await tx.outcome.create({
        data: {
          engagementId,
          statement: outcome.statement,
          status: outcome.status,
          side: outcome.side,
          topicId: outcome.topic === null ? null : await topicIdOf(tx, outcome.topic),
          origin,
          confidence: record.confidence,
        },
        select: { id: true },
      });
      outcomeId = created.id;
      existingOutcomes.push({ id: created.id, statement: outcome.statement, status: outcome.status, topic: outcome.topic === null ? null : { slug: outcome.topic } });
    }
    await addEvidence(tx, { engagementId, factType: "outcome", outcomeId }, origin, outcome.evidence);
  }
}
