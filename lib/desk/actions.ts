import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Editor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import {
  engagementEditSchema,
  mergeActionSchema,
  moveActionSchema,
  outcomeEditSchema,
  participationEditSchema,
  reviewActionSchema,
  splitActionSchema,
} from "@/lib/schemas/desk";
import { getFactHistory, historyKey } from "@/lib/queries/get-fact-history";
import type { HistoryEntry } from "@/lib/schemas/desk";
import { mergeEngagements, splitEngagement } from "./engagements";
import { acceptFact, editEngagement, editOutcome, editParticipation, engagementBySlug, loadFact, moveFact, rejectFact } from "./facts";
import type { FactKind } from "./write";

/**
 * The desk's actions as data: which body each takes and what it does. The server actions of
 * the desk pages and the /api/v1 write routes both go through `applyDeskAction`, so a form
 * and a JSON client get the same checks and the same messages.
 */

export const FACT_ACTIONS = ["edit", "accept", "reject", "move", "merge", "split"] as const;
export type FactAction = (typeof FACT_ACTIONS)[number];

export interface DeskTarget {
  kind: FactKind;
  /** numeric id, or the slug for engagements */
  key: string;
  version: number;
}

export interface DeskResult {
  kind: FactKind;
  id: number;
  version: number;
  origin: string;
  /** the engagement the fact now belongs to (after a merge: the one that stayed; after a split: the new one) */
  engagement: string;
  history: HistoryEntry[];
}

const EDIT_SCHEMAS: Partial<Record<FactKind, z.ZodType>> = {
  outcome: outcomeEditSchema,
  participation: participationEditSchema,
  engagement: engagementEditSchema,
};

export function schemaFor(kind: FactKind, action: FactAction): z.ZodType | null {
  if (action === "edit") return EDIT_SCHEMAS[kind] ?? null;
  if (action === "accept" || action === "reject") return reviewActionSchema;
  if (action === "move") return kind === "engagement" ? null : moveActionSchema;
  return kind === "engagement" ? (action === "merge" ? mergeActionSchema : splitActionSchema) : null;
}

export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
  throw new AppError("BAD_REQUEST", problems.join("; "));
}

async function resolveId(db: Db, target: DeskTarget): Promise<number> {
  if (target.kind === "engagement") return (await engagementBySlug(db, target.key)).id;
  if (!/^\d{1,9}$/.test(target.key)) throw new AppError("NOT_FOUND", `No such ${target.kind}`);
  return Number(target.key);
}

type Body = Record<string, unknown> & { reason: string };

export async function applyDeskAction(db: Db, editor: Editor, target: DeskTarget, action: FactAction, rawBody: unknown): Promise<DeskResult> {
  const schema = schemaFor(target.kind, action);
  if (schema === null) throw new AppError("BAD_REQUEST", `a ${target.kind} cannot be ${action === "edit" ? "edited" : `${action}d`} this way`);
  const body = parseBody(schema, rawBody) as Body;
  const { reason, ...fields } = body;
  const id = await resolveId(db, target);
  const ref = { kind: target.kind, id, version: target.version };
  let resultKind = target.kind;
  let resultId = id;
  switch (action) {
    case "accept":
      await acceptFact(db, editor, ref, reason);
      break;
    case "reject":
      await rejectFact(db, editor, ref, reason);
      break;
    case "move":
      await moveFact(db, editor, ref, String(fields.engagement), reason);
      break;
    case "edit":
      if (target.kind === "outcome") await editOutcome(db, editor, id, target.version, fields, reason);
      else if (target.kind === "participation") await editParticipation(db, editor, id, target.version, fields, reason);
      else await editEngagement(db, editor, id, target.version, fields, reason);
      break;
    case "merge": {
      const merge = body as z.infer<typeof mergeActionSchema>;
      const { slug } = await mergeEngagements(db, editor, { slug: target.key, version: target.version }, { slug: merge.into, version: merge.intoVersion }, reason);
      resultId = (await engagementBySlug(db, slug)).id;
      break;
    }
    case "split": {
      const { slug } = await splitEngagement(db, editor, { slug: target.key, version: target.version }, body as z.infer<typeof splitActionSchema>);
      resultId = (await engagementBySlug(db, slug)).id;
      resultKind = "engagement";
      break;
    }
  }
  return describeFact(db, resultKind, resultId);
}

export async function describeFact(db: Db, kind: FactKind, id: number): Promise<DeskResult> {
  const row = await db.$transaction((tx) => loadFact(tx, kind, id));
  const engagement = await db.engagement.findUniqueOrThrow({ where: { id: row.engagementId }, select: { slug: true } });
  const history = await getFactHistory(db, [{ factType: kind, ids: [id] }]);
  return { kind, id, version: row.version, origin: row.origin, engagement: engagement.slug, history: history.get(historyKey(kind, id)) ?? [] };
}
