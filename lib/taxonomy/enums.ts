import { z } from "zod";

/** Closed vocabularies of the domain, with their human labels. Defined once, used everywhere. */

export const ENGAGEMENT_KINDS = {
  "leader-summit": "Leaders' summit",
  "leader-call": "Leaders' call",
  "ministerial-visit": "Ministerial visit",
  "ministerial-meeting": "Ministerial meeting",
  "security-dialogue": "Security dialogue",
  "economic-dialogue": "Economic dialogue",
  "military-talks": "Military talks",
  other: "Other",
} as const;

export const ENGAGEMENT_STATUSES = {
  held: "Held",
  planned: "Planned",
  cancelled: "Cancelled",
} as const;

export const OUTCOME_STATUSES = {
  agreed: "Agreed",
  announced: "Announced",
  rejected: "Rejected",
  proposed: "Proposed",
  expected: "Expected",
  "no-agreement": "No agreement",
} as const;

export const SIDES = {
  US: "United States",
  CN: "China",
  other: "Other",
} as const;

export const OUTCOME_SIDES = {
  US: "US side",
  CN: "Chinese side",
  both: "Both sides",
} as const;

export const FACT_ORIGINS = {
  reviewed: "Reviewed",
  extracted: "Extracted",
} as const;

export const DATE_PRECISIONS = ["day", "month"] as const;

export const FACT_TYPES = ["participation", "topic", "outcome", "date", "place"] as const;

function keysOf<T extends Record<string, string>>(record: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];
}

export const engagementKindSchema = z.enum(keysOf(ENGAGEMENT_KINDS));
export const engagementStatusSchema = z.enum(keysOf(ENGAGEMENT_STATUSES));
export const outcomeStatusSchema = z.enum(keysOf(OUTCOME_STATUSES));
export const sideSchema = z.enum(keysOf(SIDES));
export const outcomeSideSchema = z.enum(keysOf(OUTCOME_SIDES));
export const factOriginSchema = z.enum(keysOf(FACT_ORIGINS));
export const datePrecisionSchema = z.enum(DATE_PRECISIONS);
export const factTypeSchema = z.enum(FACT_TYPES);

export type EngagementKind = z.infer<typeof engagementKindSchema>;
export type EngagementStatus = z.infer<typeof engagementStatusSchema>;
export type OutcomeStatus = z.infer<typeof outcomeStatusSchema>;
export type Side = z.infer<typeof sideSchema>;
export type OutcomeSide = z.infer<typeof outcomeSideSchema>;
export type FactOrigin = z.infer<typeof factOriginSchema>;
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
export type FactType = z.infer<typeof factTypeSchema>;
