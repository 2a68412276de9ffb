import { GET as listEngagements } from "@/app/api/v1/engagements/route";
import { GET as getEngagement } from "@/app/api/v1/engagements/[slug]/route";
import { GET as listPeople } from "@/app/api/v1/people/route";
import { GET as search } from "@/app/api/v1/search/route";
import { GET as listSources } from "@/app/api/v1/sources/route";
import { GET as getSource } from "@/app/api/v1/sources/[slug]/route";
import { GET as listTopics } from "@/app/api/v1/topics/route";

/** Every documented API path and the handler that serves it. */
export const ROUTE_HANDLERS: Record<string, unknown> = {
  "/api/v1/engagements": listEngagements,
  "/api/v1/engagements/{slug}": getEngagement,
  "/api/v1/people": listPeople,
  "/api/v1/search": search,
  "/api/v1/sources": listSources,
  "/api/v1/sources/{slug}": getSource,
  "/api/v1/topics": listTopics,
};
