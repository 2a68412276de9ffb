import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
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

interface EvidenceRow extends FactLink {
  articleId: number;
  origin: string;
  claim: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

const factKey = (link: FactLink, articleId: number) =>
  `${link.factType}:${link.engagementId}:${link.participationId ?? link.topicLinkId ?? link.outcomeId ?? ""}:${articleId}`;

function normalizedStatement(statement: string): string {
  return statement.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/**
 * Writes engagements and their facts inside one transaction. Evidence is buffered and
 * inserted in one statement by `flush`, and topic ids are looked up once: an article's
 * facts then cost a handful of queries instead of several per excerpt.
 */
export class FactWriter {
  private readonly pending: EvidenceRow[] = [];

  private constructor(
    private readonly tx: Tx,
    private readonly topicIds: ReadonlyMap<string, number>,
    /** excerpts each fact already has, per article: a second quote of the same passage adds noise, not corroboration */
    private readonly spans: Map<string, Span[]>,
  ) {}

  /** `articleIds`: the articles whose evidence will be written (their stored excerpts are loaded for de-duplication). */
  static async open(tx: Tx, articleIds: number[]): Promise<FactWriter> {
    const topics = await tx.topic.findMany({ select: { id: true, slug: true } });
    const existing = await tx.evidence.findMany({
      where: { articleId: { in: articleIds } },
      select: { articleId: true, engagementId: true, factType: true, participationId: true, topicLinkId: true, outcomeId: true, start: true, end: true },
    });
    const spans = new Map<string, Span[]>();
    for (const row of existing) {
      const link = { ...row, factType: row.factType as FactType, participationId: row.participationId ?? undefined, topicLinkId: row.topicLinkId ?? undefined, outcomeId: row.outcomeId ?? undefined };
      const key = factKey(link, row.articleId);
      spans.set(key, [...(spans.get(key) ?? []), { start: row.start, end: row.end }]);
    }
    return new FactWriter(tx, new Map(topics.map((topic) => [topic.slug, topic.id])), spans);
  }

  private topicId(slug: string): number {
    const id = this.topicIds.get(slug);
    if (id === undefined) throw new AppError("INVALID_DATA", `unknown topic "${slug}"`);
    return id;
  }

  private addEvidence(link: FactLink, origin: string, evidence: EvidenceRecord[]): void {
    for (const { articleId, selector, claim } of evidence) {
      const key = factKey(link, articleId);
      const known = this.spans.get(key) ?? [];
      if (known.some((span) => span.start < selector.end && selector.start < span.end)) continue;
      this.spans.set(key, [...known, selector]);
      this.pending.push({
        ...link,
        articleId,
        origin,
        claim: claim ?? null,
        exact: selector.exact,
        prefix: selector.prefix,
        suffix: selector.suffix,
        start: selector.start,
        end: selector.end,
      });
    }
  }

  /** Person ids by slug, creating the people not stored yet; gazetteer people bring aliases and titles. */
  private async personIds(refs: PersonRef[]): Promise<Map<string, number>> {
    const slugs = [...new Set(refs.map((ref) => ref.slug))];
    const found = await this.tx.person.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
    const ids = new Map(found.map((person) => [person.slug, person.id]));
    for (const ref of refs) {
      if (ids.has(ref.slug)) continue;
      const known = personBySlug(ref.slug);
      const created = await this.tx.person.create({
        data: {
          slug: ref.slug,
          name: known?.name ?? ref.name,
          side: known?.side ?? ref.side,
          aliases: { create: (known?.aliases ?? []).map((alias) => ({ alias })) },
          titles: { create: (known?.titles ?? []).map((held) => ({ title: held.title, startDate: held.start, endDate: held.end })) },
        },
        select: { id: true },
      });
      ids.set(ref.slug, created.id);
    }
    return ids;
  }

  /** Creates the engagement row itself (no facts); the slug must be new. */
  async createEngagement(record: EngagementRecord): Promise<number> {
    const created = await this.tx.engagement.create({
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

  /**
   * Adds a record's facts to an engagement. A fact already present (same person, same topic,
   * same outcome topic+status or statement) gains the new evidence, which is what raises its
   * corroboration count; it is never overwritten, so reviewed facts stay as curated.
   */
  async addEngagementFacts(engagementId: number, record: EngagementRecord): Promise<void> {
    const { origin, confidence } = record;
    this.addEvidence({ engagementId, factType: "date" }, origin, record.dateEvidence);
    this.addEvidence({ engagementId, factType: "place" }, origin, record.placeEvidence);

    const stored = await this.tx.engagement.findUniqueOrThrow({
      where: { id: engagementId },
      select: {
        participations: { select: { id: true, personId: true } },
        topics: { select: { id: true, topicId: true } },
        outcomes: { select: { id: true, statement: true, status: true, topic: { select: { slug: true } } } },
      },
    });

    const personIds = await this.personIds(record.participants.map((participant) => participant.person));
    for (const participant of record.participants) {
      const personId = personIds.get(participant.person.slug) as number;
      let participation = stored.participations.find((existing) => existing.personId === personId);
      if (!participation) {
        participation = await this.tx.participation.create({ data: { engagementId, personId, title: participant.title, origin, confidence }, select: { id: true, personId: true } });
        stored.participations.push(participation);
      }
      this.addEvidence({ engagementId, factType: "participation", participationId: participation.id }, origin, participant.evidence);
    }

    for (const topic of record.topics) {
      const topicId = this.topicId(topic.slug);
      let link = stored.topics.find((existing) => existing.topicId === topicId);
      if (!link) {
        link = await this.tx.engagementTopic.create({ data: { engagementId, topicId, origin, confidence }, select: { id: true, topicId: true } });
        stored.topics.push(link);
      }
      this.addEvidence({ engagementId, factType: "topic", topicLinkId: link.id }, origin, topic.evidence);
    }

    for (const outcome of record.outcomes) {
      let same = stored.outcomes.find(
        (existing) =>
          normalizedStatement(existing.statement) === normalizedStatement(outcome.statement) ||
          (outcome.topic !== null && existing.topic?.slug === outcome.topic && existing.status === outcome.status),
      );
      if (!same) {
        const data = { engagementId, statement: outcome.statement, status: outcome.status, side: outcome.side, origin, confidence };
        const created = await this.tx.outcome.create({ data: { ...data, topicId: outcome.topic === null ? null : this.topicId(outcome.topic) }, select: { id: true } });
        same = { id: created.id, statement: outcome.statement, status: outcome.status, topic: outcome.topic === null ? null : { slug: outcome.topic } };
        stored.outcomes.push(same);
      }
      this.addEvidence({ engagementId, factType: "outcome", outcomeId: same.id }, origin, outcome.evidence);
    }
  }

  /**
   * Inserts the buffered evidence; call once the article's facts are all added. One plain
   * multi-row INSERT (portable SQL) is an order of magnitude faster here than createMany.
   */
  async flush(): Promise<void> {
    const rows = this.pending.splice(0);
    if (rows.length === 0) return;
    const values = rows.map(
      (row) =>
        Prisma.sql`(${row.articleId}, ${row.engagementId}, ${row.factType}, ${row.participationId ?? null}, ${row.topicLinkId ?? null}, ${row.outcomeId ?? null}, ${row.claim}, ${row.exact}, ${row.prefix}, ${row.suffix}, ${row.start}, ${row.end}, ${row.origin})`,
    );
    await this.tx.$executeRaw`INSERT INTO "Evidence" ("articleId", "engagementId", "factType", "participationId", "topicLinkId", "outcomeId", "claim", "exact", "prefix", "suffix", "start", "end", "origin") VALUES ${Prisma.join(values)}`;
  }
}
