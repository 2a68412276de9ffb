import { createHash } from "node:crypto";
import { db, type Db } from "@/lib/db/client";
import { toPublicError, type AppError } from "@/lib/errors";

/**
 * The one wrapper of every API, export and feed route handler: it runs the handler, turns the
 * payload into a response with an ETag (honouring If-None-Match) and Cache-Control, and turns
 * any error into the JSON error body with the status from lib/errors.ts.
 */

export interface Payload {
  body: string;
  contentType: string;
  /** e.g. Content-Disposition for downloads */
  headers?: Record<string, string>;
}

/** Data changes only when articles are ingested: a few minutes of caching is safe. */
export const DEFAULT_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";

export interface RouteInput<P> {
  request: Request;
  url: URL;
  params: P;
  db: Db;
}

export interface RouteContext<P> {
  params: Promise<P>;
}

export function json(value: unknown): Payload {
  return { body: JSON.stringify(value), contentType: "application/json; charset=utf-8" };
}

/** A file download: the browser saves it under `filename` instead of showing it. */
export function download(body: string, contentType: string, filename: string): Payload {
  return { body, contentType, headers: { "Content-Disposition": `attachment; filename="${filename}"` } };
}

/** A document shown inline (feeds, calendars, citations): subscribers fetch the URL directly. */
export function inline(body: string, contentType: string): Payload {
  return { body, contentType };
}

export function defineRoute<P = Record<string, never>>(
  handle: (input: RouteInput<P>) => Promise<Payload>,
  options: { cacheControl?: string } = {},
) {
  return async function GET(request: Request, context: RouteContext<P>): Promise<Response> {
    try {
      const payload = await handle({ request, url: new URL(request.url), params: await context.params, db: db() });
      return respond(request, payload, options.cacheControl ?? DEFAULT_CACHE_CONTROL);
    } catch (error) {
      return errorResponse(toPublicError(error));
    }
  };
}

export function errorResponse(error: AppError): Response {
  return new Response(JSON.stringify({ error: { code: error.code, message: error.message } }), {
    status: error.httpStatus,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

function respond(request: Request, payload: Payload, cacheControl: string): Response {
  const etag = `"${createHash("sha256").update(payload.body).digest("base64url").slice(0, 32)}"`;
  const headers = { ETag: etag, "Cache-Control": cacheControl };
  if (matchesEtag(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(payload.body, { status: 200, headers: { ...headers, "Content-Type": payload.contentType, ...payload.headers } });
}

/** If-None-Match holds `*` or a list of (possibly weak) tags; weak comparison is what GET caching uses. */
export function matchesEtag(header: string | null, etag: string): boolean {
  if (header === null) return false;
  return header.split(",").some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}
