import { GET as listEngagements } from "@/app/api/v1/engagements/route";
import { GET as getEngagement } from "@/app/api/v1/engagements/[slug]/route";
import { GET as listPeople } from "@/app/api/v1/people/route";
import { GET as search } from "@/app/api/v1/search/route";
import { GET as listSources } from "@/app/api/v1/sources/route";
import { GET as getSource } from "@/app/api/v1/sources/[slug]/route";
import { GET as listTopics } from "@/app/api/v1/topics/route";
import { PATCH as editOutcome } from "@/app/api/v1/outcomes/[id]/route";
import { POST as outcomeAction } from "@/app/api/v1/outcomes/[id]/[action]/route";
import { PATCH as editParticipant } from "@/app/api/v1/participants/[id]/route";
import { POST as participantAction } from "@/app/api/v1/participants/[id]/[action]/route";
import { POST as topicLinkAction } from "@/app/api/v1/topic-links/[id]/[action]/route";
import { POST as engagementAction } from "@/app/api/v1/engagements/[slug]/[action]/route";

/** Every documented API path and the handler that serves it. */
export const ROUTE_HANDLERS: Record<string, unknown> = {
  "/api/v1/engagements": listEngagements,
  "/api/v1/engagements/{slug}": getEngagement,
  "/api/v1/people": listPeople,
  "/api/v1/search": search,
  "/api/v1/sources": listSources,
  "/api/v1/sources/{slug}": getSource,
  "/api/v1/topics": listTopics,
  // The review desk's writes (PATCH/POST); "/api/v1/engagements/{slug}" above also serves PATCH.
  "/api/v1/outcomes/{id}": editOutcome,
  ...Object.fromEntries(["accept", "reject", "move"].map((action) => [`/api/v1/outcomes/{id}/${action}`, outcomeAction])),
  "/api/v1/participants/{id}": editParticipant,
  ...Object.fromEntries(["accept", "reject", "move"].map((action) => [`/api/v1/participants/{id}/${action}`, participantAction])),
  ...Object.fromEntries(["accept", "reject", "move"].map((action) => [`/api/v1/topic-links/{id}/${action}`, topicLinkAction])),
  ...Object.fromEntries(["accept", "reject", "merge", "split"].map((action) => [`/api/v1/engagements/{slug}/${action}`, engagementAction])),
};
