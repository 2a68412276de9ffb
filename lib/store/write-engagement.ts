import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { personBySlug } from "@/lib/gazetteer/people";
import type { EngagementRecord, EvidenceRecord, PersonRef } from "@/lib/store/records";
import { executeSql, queryRows, toId, type Tx } from "@/lib/store/sql";
import type { FactType } from "@/lib/taxonomy/enums";

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

/** The facts an engagement already has, as far as merging needs to know them. */
interface StoredFacts {
  participations: { id: number; personId: number }[];
  topics: { id: number; topicId: number }[];
  outcomes: { id: number; statement: string; status: string; topicSlug: string | null }[];
}

/** 13 parameters a row: well below SQLite's and PostgreSQL's limits on bound parameters. */
const EVIDENCE_ROWS_PER_INSERT = 500;

const factKey = (link: FactLink, articleId: number) =>
  `${link.factType}:${link.engagementId}:${link.participationId ?? link.topicLinkId ?? link.outcomeId ?? ""}:${articleId}`;

function normalizedStatement(statement: string): string {
  return statement.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** Topic ids by slug. The taxonomy is written once at set-up and never changes afterwards. */
export async function readTopicIds(client: Pick<Tx, "$queryRaw">): Promise<Map<string, number>> {
  const topics = await client.$queryRaw<{ id: unknown; slug: string }[]>`SELECT "id", "slug" FROM "Topic"`;
  return new Map(topics.map((topic) => [topic.slug, toId(topic.id)]));
}

/**
 * Evidence rows waiting to be inserted. Nothing reads evidence while facts are being written,
 * so the writers of a whole group of articles can share one buffer and insert it with one
 * statement per few hundred rows at the end of the group, instead of one per article.
 */
export class EvidenceBuffer {
  private readonly rows: EvidenceRow[] = [];

  push(row: EvidenceRow): void {
    this.rows.push(row);
  }

  /** Inserts the buffered rows, a few hundred a statement, and empties the buffer. */
  async flush(tx: Tx): Promise<void> {
    const pending = this.rows.splice(0);
    for (let at = 0; at < pending.length; at += EVIDENCE_ROWS_PER_INSERT) await insertEvidence(tx, pending.slice(at, at + EVIDENCE_ROWS_PER_INSERT));
  }
}

async function insertEvidence(tx: Tx, rows: EvidenceRow[]): Promise<void> {
  const values = rows.map(
    (row) =>
      Prisma.sql`(${row.articleId}, ${row.engagementId}, ${row.factType}, ${row.participationId ?? null}, ${row.topicLinkId ?? null}, ${row.outcomeId ?? null}, ${row.claim}, ${row.exact}, ${row.prefix}, ${row.suffix}, ${row.start}, ${row.end}, ${row.origin})`,
  );
  await executeSql(tx, Prisma.sql`INSERT INTO "Evidence" ("articleId", "engagementId", "factType", "participationId", "topicLinkId", "outcomeId", "claim", "exact", "prefix", "suffix", "start", "end", "origin") VALUES ${Prisma.join(values)}`);
}

/**
 * Writes engagements and their facts inside one transaction with a handful of statements:
 * facts of one kind go in one multi-row INSERT, evidence is buffered and inserted once by
 * `flush`, and topic ids are looked up once.
 */
export class FactWriter {
  private constructor(
    private readonly tx: Tx,
    private readonly topicIds: ReadonlyMap<string, number>,
    /** excerpts each fact already has, per article: a second quote of the same passage adds noise, not corroboration */
    private readonly spans: Map<string, Span[]>,
    /** person ids by slug, known in this transaction: shared by the writers of one batch so people are looked up once */
    private readonly knownPeople: Map<string, number>,
    /** where evidence waits for `flush`: the writer's own, or one shared by a group of articles and flushed by its owner */
    private readonly pending: EvidenceBuffer,
  ) {}

  /**
   * `storedArticleIds`: articles that may already have evidence (e.g. curated), loaded for
   * de-duplication. `knownPeople` and `evidence` may be shared by writers within one transaction only.
   */
  static async open(
    tx: Tx,
    storedArticleIds: number[],
    topicIds: ReadonlyMap<string, number>,
    knownPeople = new Map<string, number>(),
    evidence = new EvidenceBuffer(),
  ): Promise<FactWriter> {
    const spans = new Map<string, Span[]>();
    if (storedArticleIds.length > 0) {
      const existing = await tx.evidence.findMany({
        where: { articleId: { in: storedArticleIds } },
        select: { articleId: true, engagementId: true, factType: true, participationId: true, topicLinkId: true, outcomeId: true, start: true, end: true },
      });
      for (const row of existing) {
        const link = { ...row, factType: row.factType as FactType, participationId: row.participationId ?? undefined, topicLinkId: row.topicLinkId ?? undefined, outcomeId: row.outcomeId ?? undefined };
        const key = factKey(link, row.articleId);
        spans.set(key, [...(spans.get(key) ?? []), { start: row.start, end: row.end }]);
      }
    }
    return new FactWriter(tx, topicIds, spans, knownPeople, evidence);
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
      this.pending.push({ ...link, articleId, origin, claim: claim ?? null, ...selector });
    }
  }

  /** Person ids by slug, creating the people not stored yet; gazetteer people bring aliases and titles. */
  private async personIds(refs: PersonRef[]): Promise<Map<string, number>> {
    const ids = this.knownPeople;
    const unknown = [...new Set(refs.map((ref) => ref.slug))].filter((slug) => !ids.has(slug));
    if (unknown.length > 0) {
      const found = await queryRows<{ id: unknown; slug: string }>(this.tx, Prisma.sql`SELECT "id", "slug" FROM "Person" WHERE "slug" IN (${Prisma.join(unknown)})`);
      for (const person of found) ids.set(person.slug, toId(person.id));
    }
    for (const ref of refs) {
      if (!ids.has(ref.slug)) ids.set(ref.slug, await this.createPerson(ref));
    }
    return ids;
  }

  private async createPerson(ref: PersonRef): Promise<number> {
    const known = personBySlug(ref.slug);
    const [row] = await queryRows<{ id: unknown }>(this.tx, Prisma.sql`
      INSERT INTO "Person" ("slug", "name", "side") VALUES (${ref.slug}, ${known?.name ?? ref.name}, ${known?.side ?? ref.side}) RETURNING "id"`);
    const id = toId(row?.id);
    const aliases = [...new Set(known?.aliases ?? [])];
    if (aliases.length > 0) {
      await executeSql(this.tx, Prisma.sql`INSERT INTO "PersonAlias" ("personId", "alias") VALUES ${Prisma.join(aliases.map((alias) => Prisma.sql`(${id}, ${alias})`))}`);
    }
    const titles = known?.titles ?? [];
    if (titles.length > 0) {
      await executeSql(this.tx, Prisma.sql`INSERT INTO "PersonTitle" ("personId", "title", "startDate", "endDate") VALUES ${Prisma.join(
        titles.map((held) => Prisma.sql`(${id}, ${held.title}, ${held.start}, ${held.end})`),
      )}`);
    }
    return id;
  }

  /** Creates the engagement row itself (no facts); the slug must be new. */
  async createEngagement(record: EngagementRecord): Promise<number> {
    const id = await this.insertEngagement(record, Prisma.empty);
    if (id === null) throw new AppError("INVALID_DATA", `engagement slug "${record.slug}" is taken`);
    return id;
  }

  /** Creates the engagement row unless its slug is taken (then null), in one statement either way. */
  createEngagementIfSlugFree(record: EngagementRecord): Promise<number | null> {
    return this.insertEngagement(record, Prisma.sql`ON CONFLICT ("slug") DO NOTHING`);
  }

  private async insertEngagement(record: EngagementRecord, onConflict: Prisma.Sql): Promise<number | null> {
    const rows = await queryRows<{ id: unknown }>(this.tx, Prisma.sql`
      INSERT INTO "Engagement" ("slug", "title", "kind", "status", "startDate", "endDate", "datePrecision", "placeName", "placeCountry",
                                "latitude", "longitude", "occasion", "summary", "origin", "confidence", "createdAt")
      VALUES (${record.slug}, ${record.title}, ${record.kind}, ${record.status}, ${record.startDate}, ${record.endDate}, ${record.datePrecision},
              ${record.place?.name ?? null}, ${record.place?.country ?? null}, ${record.place?.latitude ?? null}, ${record.place?.longitude ?? null},
              ${record.occasion}, ${record.summary}, ${record.origin}, ${record.confidence}, ${new Date()})
      ${onConflict}
      RETURNING "id"`);
    return rows[0] === undefined ? null : toId(rows[0].id);
  }

  /** One statement for all three kinds of fact (UNION ALL), standard SQL for SQLite and PostgreSQL alike. */
  private async storedFacts(engagementId: number): Promise<StoredFacts> {
    const rows = await queryRows<{ fact: string; id: unknown; ref: unknown; statement: string | null; status: string | null; topicSlug: string | null }>(this.tx, Prisma.sql`
      SELECT 'participation' AS "fact", pa."id", pa."personId" AS "ref", CAST(NULL AS TEXT) AS "statement", CAST(NULL AS TEXT) AS "status", CAST(NULL AS TEXT) AS "topicSlug"
      FROM "Participation" pa WHERE pa."engagementId" = ${engagementId}
      UNION ALL
      SELECT 'topic', et."id", et."topicId", NULL, NULL, NULL FROM "EngagementTopic" et WHERE et."engagementId" = ${engagementId}
      UNION ALL
      SELECT 'outcome', o."id", NULL, o."statement", o."status", t."slug"
      FROM "Outcome" o LEFT JOIN "Topic" t ON t."id" = o."topicId" WHERE o."engagementId" = ${engagementId}
      ORDER BY "id"`);
    const stored: StoredFacts = { participations: [], topics: [], outcomes: [] };
    for (const row of rows) {
      if (row.fact === "participation") stored.participations.push({ id: toId(row.id), personId: toId(row.ref) });
      else if (row.fact === "topic") stored.topics.push({ id: toId(row.id), topicId: toId(row.ref) });
      else stored.outcomes.push({ id: toId(row.id), statement: row.statement ?? "", status: row.status ?? "", topicSlug: row.topicSlug });
    }
    return stored;
  }

  /**
   * Adds a record's facts to an engagement (`isNew`: created in this transaction, so it has
   * none yet). A fact already present (same person, same topic, same outcome topic+status or
   * statement) gains the new evidence, which is what raises its corroboration count; it is
   * never overwritten, so reviewed facts stay as curated.
   */
  async addEngagementFacts(engagementId: number, record: EngagementRecord, isNew = false): Promise<void> {
    const { origin, confidence } = record;
    const stored: StoredFacts = isNew ? { participations: [], topics: [], outcomes: [] } : await this.storedFacts(engagementId);
    this.addEvidence({ engagementId, factType: "date" }, origin, record.dateEvidence);
    this.addEvidence({ engagementId, factType: "place" }, origin, record.placeEvidence);

    const personIds = await this.personIds(record.participants.map((participant) => participant.person));
    const newPeople = [...new Set(record.participants.map((participant) => personIds.get(participant.person.slug) as number))].filter(
      (personId) => !stored.participations.some((existing) => existing.personId === personId),
    );
    if (newPeople.length > 0) {
      const titleOf = (personId: number) => record.participants.find((participant) => personIds.get(participant.person.slug) === personId)?.title ?? null;
      const values = newPeople.map((personId) => Prisma.sql`(${engagementId}, ${personId}, ${titleOf(personId)}, ${origin}, ${confidence})`);
      const created = await queryRows<{ id: unknown; personId: unknown }>(this.tx, Prisma.sql`
        INSERT INTO "Participation" ("engagementId", "personId", "title", "origin", "confidence") VALUES ${Prisma.join(values)} RETURNING "id", "personId"`);
      stored.participations.push(...created.map((row) => ({ id: toId(row.id), personId: toId(row.personId) })));
    }
    for (const participant of record.participants) {
      const personId = personIds.get(participant.person.slug);
      const participation = stored.participations.find((existing) => existing.personId === personId);
      if (participation) this.addEvidence({ engagementId, factType: "participation", participationId: participation.id }, origin, participant.evidence);
    }

    const newTopics = [...new Set(record.topics.map((topic) => this.topicId(topic.slug)))].filter(
      (topicId) => !stored.topics.some((existing) => existing.topicId === topicId),
    );
    if (newTopics.length > 0) {
      const values = newTopics.map((topicId) => Prisma.sql`(${engagementId}, ${topicId}, ${origin}, ${confidence})`);
      const created = await queryRows<{ id: unknown; topicId: unknown }>(this.tx, Prisma.sql`
        INSERT INTO "EngagementTopic" ("engagementId", "topicId", "origin", "confidence") VALUES ${Prisma.join(values)} RETURNING "id", "topicId"`);
      stored.topics.push(...created.map((row) => ({ id: toId(row.id), topicId: toId(row.topicId) })));
    }
    for (const topic of record.topics) {
      const link = stored.topics.find((existing) => existing.topicId === this.topicId(topic.slug));
      if (link) this.addEvidence({ engagementId, factType: "topic", topicLinkId: link.id }, origin, topic.evidence);
    }

    // The same statement is the same outcome. An extracted outcome also joins a stored one on the
    // same topic with the same status (another article's wording of it); within one record, and
    // for reviewed facts, different statements stay different outcomes.
    type Outcome = EngagementRecord["outcomes"][number];
    const earlier = new Set(stored.outcomes.map((existing) => existing.id));
    const matches = (existing: StoredFacts["outcomes"][number], outcome: Outcome) =>
      normalizedStatement(existing.statement) === normalizedStatement(outcome.statement) ||
      (origin === "extracted" &&
        earlier.has(existing.id) &&
        outcome.topic !== null &&
        existing.topicSlug === outcome.topic &&
        existing.status === outcome.status);
    const fresh: Outcome[] = [];
    for (const outcome of record.outcomes) {
      const sameStatement = (kept: Outcome) => normalizedStatement(kept.statement) === normalizedStatement(outcome.statement);
      if (!stored.outcomes.some((existing) => matches(existing, outcome)) && !fresh.some(sameStatement)) fresh.push(outcome);
    }
    if (fresh.length > 0) {
      const values = fresh.map(
        (outcome) =>
          Prisma.sql`(${engagementId}, ${outcome.statement}, ${outcome.topic === null ? null : this.topicId(outcome.topic)}, ${outcome.status}, ${outcome.side}, ${origin}, ${confidence})`,
      );
      // Statements in `fresh` are distinct, so each returned row is matched back by its statement whatever the order.
      const created = await queryRows<{ id: unknown; statement: string }>(this.tx, Prisma.sql`
        INSERT INTO "Outcome" ("engagementId", "statement", "topicId", "status", "side", "origin", "confidence")
        VALUES ${Prisma.join(values)} RETURNING "id", "statement"`);
      for (const row of created) {
        const outcome = fresh.find((candidate) => candidate.statement === row.statement);
        if (outcome) stored.outcomes.push({ id: toId(row.id), statement: outcome.statement, status: outcome.status, topicSlug: outcome.topic });
      }
    }
    for (const outcome of record.outcomes) {
      const same =
        stored.outcomes.find((existing) => normalizedStatement(existing.statement) === normalizedStatement(outcome.statement)) ??
        stored.outcomes.find((existing) => matches(existing, outcome));
      if (same) this.addEvidence({ engagementId, factType: "outcome", outcomeId: same.id }, origin, outcome.evidence);
    }
  }

  /** Inserts the buffered evidence; call once the facts are all added (a shared buffer is flushed by its owner instead). */
  flush(): Promise<void> {
    return this.pending.flush(this.tx);
  }
}
