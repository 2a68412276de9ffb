import type { z } from "zod";
import {
  ENGAGEMENT_LIST_QUERY,
  PAGE_QUERY,
  NO_QUERY,
  SEARCH_QUERY,
  engagementDetailSchema,
  engagementPageSchema,
  personListSchema,
  searchResultsSchema,
  sourceDetailSchema,
  sourceListSchema,
  topicListSchema,
  type QuerySpec,
} from "@/lib/schemas/api";

/**
 * The API's routes as data: the OpenAPI document, the human API page and the contract tests
 * all read this list, and each route handler parses with the `query` spec listed here.
 */
export interface ApiRoute {
  /** OpenAPI path template */
  path: string;
  operationId: string;
  summary: string;
  description: string;
  query: QuerySpec;
  pathParams: Record<string, { description: string; example: string }>;
  response: { id: string; schema: z.ZodType };
  /** error statuses the route can answer besides 200 */
  errors: (400 | 404)[];
  /** a request that answers 200 on the seed data */
  example: string;
}

export const API_ROUTES: ApiRoute[] = [
  {
    path: "/api/v1/engagements",
    operationId: "listEngagements",
    summary: "List engagements",
    description:
      "Engagements in timeline order (start date, then id), filtered like the timeline, one page at a time. Follow `page.nextCursor` until it is null.",
    query: ENGAGEMENT_LIST_QUERY,
    pathParams: {},
    response: { id: "EngagementPage", schema: engagementPageSchema },
    errors: [400],
    example: "/api/v1/engagements?topic=fentanyl&limit=2",
  },
  {
    path: "/api/v1/engagements/{slug}",
    operationId: "getEngagement",
    summary: "One engagement with all its facts",
    description: "Participants, topics, outcomes, date and place, each with the verbatim excerpts that support it and event codes.",
    query: NO_QUERY,
    pathParams: { slug: { description: "Engagement slug, as in the list.", example: "2023-11-15-biden-xi-woodside" } },
    response: { id: "EngagementDetail", schema: engagementDetailSchema },
    errors: [400, 404],
    example: "/api/v1/engagements/2023-11-15-biden-xi-woodside",
  },
  {
    path: "/api/v1/topics",
    operationId: "listTopics",
    summary: "List topics",
    description: "The topic taxonomy, parents before their children, with how many engagements and outcomes each has.",
    query: NO_QUERY,
    pathParams: {},
    response: { id: "TopicList", schema: topicListSchema },
    errors: [400],
    example: "/api/v1/topics",
  },
  {
    path: "/api/v1/people",
    operationId: "listPeople",
    summary: "List people",
    description: "Everyone who took part in at least one engagement, with side and aliases, by slug, one page at a time (`limit`, `cursor`).",
    query: PAGE_QUERY,
    pathParams: {},
    response: { id: "PersonList", schema: personListSchema },
    errors: [400],
    example: "/api/v1/people",
  },
  {
    path: "/api/v1/sources",
    operationId: "listSources",
    summary: "List sources",
    description: "Stored articles, newest first, with how much evidence each provides, one page at a time (`limit`, `cursor`).",
    query: PAGE_QUERY,
    pathParams: {},
    response: { id: "SourceList", schema: sourceListSchema },
    errors: [400],
    example: "/api/v1/sources",
  },
  {
    path: "/api/v1/sources/{slug}",
    operationId: "getSource",
    summary: "One source with its text and evidence offsets",
    description:
      "The cleaned article text and every evidence excerpt in it, as a text-quote selector (exact, prefix, suffix) and character offsets (start, end) into `text`.",
    query: NO_QUERY,
    pathParams: { slug: { description: "Source slug, as in the list.", example: "cbs-biden-announces-progress-after-xi-meeting-2023" } },
    response: { id: "SourceDetail", schema: sourceDetailSchema },
    errors: [400, 404],
    example: "/api/v1/sources/cbs-biden-announces-progress-after-xi-meeting-2023",
  },
  {
    path: "/api/v1/search",
    operationId: "search",
    summary: "Full-text search",
    description:
      "Searches engagement facts (titles, summaries, occasions, outcomes, people, topics) and article text. Results are grouped by engagement and by source, best first; highlighted text comes as segments with `match` flags.",
    query: SEARCH_QUERY,
    pathParams: {},
    response: { id: "SearchResults", schema: searchResultsSchema },
    errors: [400],
    example: "/api/v1/search?q=fent*",
  },
];
