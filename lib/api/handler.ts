import { createHash } from "node:crypto";
import { db, type Db } from "@/lib/db/client";
import { toPublicError, type AppError } from "@/lib/errors";
import { cachedRead, readKey } from "@/lib/queries/read-cache";
import { readDataVersion } from "@/lib/store/data-version";
import { siteOrigin } from "./site-url";

/**
 * The one wrapper of every API, export and feed route handler: it runs the handler, turns the
 * payload into a response with an ETag (honouring If-None-Match) and Cache-Control, and turns
 * any error into the JSON error body with the status from lib/errors.ts.
 */

export interface Payload {
  /** the whole body, or chunks produced while the response is sent (exports of any size) */
  body: string | AsyncIterable<string>;
  contentType: string;
  /** e.g. Content-Disposition for downloads */
  headers?: Record<string, string>;
}

/** Caches may keep an answer but must ask again each time (a matching ETag answers 304): a write is visible on the next request. */
export const DEFAULT_CACHE_CONTROL = "public, no-cache";

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
export function download(body: Payload["body"], contentType: string, filename: string): Payload {
  return { body, contentType, headers: { "Content-Disposition": `attachment; filename="${filename}"` } };
}

/** A document shown inline (feeds, calendars, citations): subscribers fetch the URL directly. */
export function inline(body: Payload["body"], contentType: string): Payload {
  return { body, contentType };
}

export function defineRoute<P = Record<string, never>>(
  handle: (input: RouteInput<P>) => Promise<Payload>,
  options: { cacheControl?: string; stream?: boolean } = {},
) {
  return async function GET(request: Request, context: RouteContext<P>): Promise<Response> {
    try {
      const url = new URL(request.url);
      const input = { request, url, params: await context.params, db: db() };
      const cacheControl = options.cacheControl ?? DEFAULT_CACHE_CONTROL;
      if (options.stream) {
        // The data version names the data exactly: a matching ETag is answered before any row is read.
        const version = await readDataVersion(input.db);
        const etag = `"v${version}-${createHash("sha256").update(`${siteOrigin(url)}${url.pathname}${url.search}`).digest("base64url").slice(0, 24)}"`;
        if (matchesEtag(request.headers.get("If-None-Match"), etag)) return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
        return streamResponse(await handle(input), etag, cacheControl);
      }
      // Bounded JSON answers are cached under the data version, keyed by the full URL.
      const payload = await cachedRead(readKey("route", siteOrigin(url), url.pathname, url.search), () => handle(input));
      return respond(request, payload, cacheControl);
    } catch (error) {
      return errorResponse(toPublicError(error));
    }
  };
}

/** Sends chunks as they are produced; the first chunk is awaited so bad input still answers a clean 400. */
async function streamResponse(payload: Payload, etag: string, cacheControl: string): Promise<Response> {
  const chunks = typeof payload.body === "string" ? [payload.body][Symbol.iterator]() : payload.body[Symbol.asyncIterator]();
  const first = await chunks.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
      if (first.done) controller.close();
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // Headers are gone: all that is left is to cut the download short, and log why.
        toPublicError(error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return?.(undefined);
    },
  });
  return new Response(body, { status: 200, headers: { ETag: etag, "Cache-Control": cacheControl, "Content-Type": payload.contentType, ...payload.headers } });
}

export function errorResponse(error: AppError): Response {
  return new Response(JSON.stringify({ error: { code: error.code, message: error.message } }), {
    status: error.httpStatus,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

function respond(request: Request, payload: Payload, cacheControl: string): Response {
  if (typeof payload.body !== "string") throw new Error("a streamed payload needs defineRoute(…, { stream: true })");
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
