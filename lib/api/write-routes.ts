import type { z } from "zod";
import {
  engagementEditSchema,
  mergeActionSchema,
  moveActionSchema,
  outcomeEditSchema,
  participationEditSchema,
  reviewActionSchema,
  splitActionSchema,
} from "@/lib/schemas/desk";

/**
 * The authenticated write routes as data, for the OpenAPI document and its tests. Each is
 * served by lib/api/write-handler.ts through the same desk actions as the /desk forms.
 */
export interface WriteRoute {
  path: string;
  method: "patch" | "post";
  operationId: string;
  summary: string;
  body: { id: string; schema: z.ZodType };
  pathParam: { name: "id" | "slug"; description: string };
}

const ID = { name: "id" as const, description: "The fact's id, as in the engagement's JSON." };
const SLUG = { name: "slug" as const, description: "Engagement slug." };

const BODIES = {
  OutcomeEdit: outcomeEditSchema,
  ParticipantEdit: participationEditSchema,
  EngagementEdit: engagementEditSchema,
  ReviewAction: reviewActionSchema,
  MoveAction: moveActionSchema,
  MergeAction: mergeActionSchema,
  SplitAction: splitActionSchema,
} as const;

const body = (id: keyof typeof BODIES) => ({ id, schema: BODIES[id] });

function factActions(collection: string, noun: string, operation: string): WriteRoute[] {
  return [
    { path: `/api/v1/${collection}/{id}/accept`, method: "post", operationId: `accept${operation}`, summary: `Accept an extracted ${noun}`, body: body("ReviewAction"), pathParam: ID },
    { path: `/api/v1/${collection}/{id}/reject`, method: "post", operationId: `reject${operation}`, summary: `Reject a ${noun} (hidden from readers, kept in the history)`, body: body("ReviewAction"), pathParam: ID },
    { path: `/api/v1/${collection}/{id}/move`, method: "post", operationId: `move${operation}`, summary: `Move a ${noun} and its evidence to another engagement`, body: body("MoveAction"), pathParam: ID },
  ];
}

export const WRITE_ROUTES: WriteRoute[] = [
  { path: "/api/v1/outcomes/{id}", method: "patch", operationId: "editOutcome", summary: "Edit an outcome's statement, status, topic or side", body: body("OutcomeEdit"), pathParam: ID },
  ...factActions("outcomes", "outcome", "Outcome"),
  { path: "/api/v1/participants/{id}", method: "patch", operationId: "editParticipant", summary: "Edit the title a participant held", body: body("ParticipantEdit"), pathParam: ID },
  ...factActions("participants", "participant", "Participant"),
  ...factActions("topic-links", "topic of an engagement", "TopicLink"),
  { path: "/api/v1/engagements/{slug}", method: "patch", operationId: "editEngagement", summary: "Set an engagement's title, kind, status, dates or place", body: body("EngagementEdit"), pathParam: SLUG },
  { path: "/api/v1/engagements/{slug}/accept", method: "post", operationId: "acceptEngagement", summary: "Accept an extracted engagement", body: body("ReviewAction"), pathParam: SLUG },
  { path: "/api/v1/engagements/{slug}/reject", method: "post", operationId: "rejectEngagement", summary: "Reject an engagement (hidden from readers)", body: body("ReviewAction"), pathParam: SLUG },
  { path: "/api/v1/engagements/{slug}/merge", method: "post", operationId: "mergeEngagement", summary: "Merge this engagement into another (this one is removed)", body: body("MergeAction"), pathParam: SLUG },
  { path: "/api/v1/engagements/{slug}/split", method: "post", operationId: "splitEngagement", summary: "Split chosen facts off into a new engagement", body: body("SplitAction"), pathParam: SLUG },
];

export const WRITE_ERROR_DESCRIPTIONS = {
  400: "Invalid JSON, unknown fields or invalid values; the message names them.",
  401: "No valid session: sign in at /api/auth/sign-in/email first.",
  403: "The request came from another origin, or the role is not enough.",
  404: "No such fact or engagement.",
  409: "The move target already has this person or topic.",
  412: "The version in If-Match is stale: someone else changed the fact. GET it again.",
  428: "If-Match is missing.",
} as const;
