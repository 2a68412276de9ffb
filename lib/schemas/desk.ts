import { z } from "zod";
import {
  datePrecisionSchema,
  engagementKindSchema,
  engagementStatusSchema,
  outcomeSideSchema,
  outcomeStatusSchema,
} from "@/lib/taxonomy/enums";

/**
 * What the desk's forms and the authenticated JSON API accept. One schema per action, used by
 * the server actions, the /api/v1 write routes and the OpenAPI document alike.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dates are yyyy-mm-dd" }).refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), { error: "not a calendar date" });
const text = (max: number) => z.string().trim().min(1, { error: "must not be empty" }).max(max, { error: `at most ${max} characters` });
const optionalText = (max: number) => z.string().trim().max(max, { error: `at most ${max} characters` }).nullable();
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/, { error: "not a slug" });

export const reasonSchema = text(500).describe("Why the change was made; readers see it in the fact's history.");

export const outcomeChangesSchema = z.strictObject({
  statement: text(1000).optional(),
  status: outcomeStatusSchema.optional(),
  topic: slug.nullable().optional().describe("topic slug, or null for none"),
  side: outcomeSideSchema.nullable().optional().describe("who stated it, or null when the text does not say"),
});

export const participationChangesSchema = z.strictObject({
  title: optionalText(200).optional().describe("the title the person held at the engagement"),
});

export const engagementChangesSchema = z.strictObject({
  title: text(300).optional(),
  kind: engagementKindSchema.optional(),
  status: engagementStatusSchema.optional(),
  startDate: isoDay.nullable().optional(),
  endDate: isoDay.nullable().optional(),
  datePrecision: datePrecisionSchema.optional(),
  placeName: optionalText(200).optional(),
  placeCountry: optionalText(100).optional(),
});

export const withReason = <T extends z.ZodObject>(changes: T) => z.strictObject({ ...changes.shape, reason: reasonSchema });

export const outcomeEditSchema = withReason(outcomeChangesSchema);
export const participationEditSchema = withReason(participationChangesSchema);
export const engagementEditSchema = withReason(engagementChangesSchema);
export const reviewActionSchema = z.strictObject({ reason: reasonSchema });
export const moveActionSchema = z.strictObject({ engagement: slug.describe("slug of the engagement to move the fact to"), reason: reasonSchema });
export const mergeActionSchema = z.strictObject({
  into: slug.describe("slug of the engagement that stays"),
  intoVersion: z.number().int().min(1).optional().describe("version of the engagement that stays, as last seen; when given, a newer one is a 412"),
  reason: reasonSchema,
});
export const splitActionSchema = z.strictObject({
  title: text(300),
  kind: engagementKindSchema.optional(),
  startDate: isoDay.nullable(),
  datePrecision: datePrecisionSchema.default("day"),
  participations: z.array(z.number().int()).max(500).default([]),
  topics: z.array(z.number().int()).max(500).default([]),
  outcomes: z.array(z.number().int()).max(500).default([]),
  reason: reasonSchema,
});

export type OutcomeChanges = z.infer<typeof outcomeChangesSchema>;
export type ParticipationChanges = z.infer<typeof participationChangesSchema>;
export type EngagementChanges = z.infer<typeof engagementChangesSchema>;
export type SplitAction = z.infer<typeof splitActionSchema>;

/** A history record as readers and the API see it: never the editor's e-mail or id. */
export const historyEntrySchema = z.object({
  at: z.string(),
  field: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  reason: z.string(),
  by: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** What every desk write answers: the fact as stored now, with its history. */
export const deskResultSchema = z.object({
  kind: z.enum(["engagement", "participation", "topic", "outcome"]),
  id: z.number().int(),
  version: z.number().int().describe("send this in If-Match for the next change"),
  origin: z.enum(["reviewed", "extracted", "rejected"]),
  engagement: z.string().describe("slug of the engagement the fact belongs to now"),
  history: z.array(historyEntrySchema),
});
