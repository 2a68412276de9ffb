import { NextResponse, type NextRequest } from "next/server";
import { bodyWithNonce, cachedPage, headersWithNonce, isCacheablePageRequest, PAGE_CACHE_HEADER, PageStore, withMissingPageStandIn, type CachedPage, type PageAnswer, type RenderPage } from "@/lib/api/page-cache";
import { contentSecurityPolicy, createNonce, isReadOnlyRoute, READ_ONLY_METHODS, staticSecurityHeaders, WINDOW_ISOLATION_HEADERS } from "@/lib/api/security-headers";
import { databaseUrl } from "@/lib/db/url";
import { freshDataVersion } from "@/lib/queries/read-cache";

/**
 * Runs before every request: security headers on every response, a fresh CSP nonce for
 * pages (read by Next when it renders the page's scripts), a 405 with `Allow` for any method
 * but GET/HEAD on the read-only routes, and public pages answered script-free from the
 * rendered-page cache (lib/api/page-cache.ts) with the response's own nonce put in.
 */
export async function proxy(request: NextRequest) {
  const headers = staticSecurityHeaders();
  const { pathname } = request.nextUrl;

  if (isReadOnlyRoute(pathname) && request.method !== "GET" && request.method !== "HEAD") {
    return NextResponse.json(
      { error: { code: "METHOD_NOT_ALLOWED", message: `${request.method} is not allowed here; use ${READ_ONLY_METHODS}` } },
      { status: 405, headers: { ...headers, Allow: READ_ONLY_METHODS, "Cache-Control": "no-store" } },
    );
  }

  const cache = pageCache();
  // The cache's own render of a page: stamped with the private placeholder instead of a nonce.
  const renderingForCache = cache !== null && request.headers.get(RENDER_HEADER) === cache.secret;
  const nonce = renderingForCache ? cache.placeholder : createNonce();
  const policy = contentSecurityPolicy(nonce);

  if (cache !== null && !renderingForCache && isCacheablePageRequest(request.method, request.nextUrl, request.headers)) {
    const answer = await pageFromCache(cache, request);
    if (answer !== null) {
      const response = new NextResponse(bodyWithNonce(answer.page, nonce), { status: answer.page.status, headers: headersWithNonce(answer.page, cache.placeholder, nonce) });
      if (answer.cache !== "off") response.headers.set(PAGE_CACHE_HEADER, answer.cache);
      response.headers.set("Content-Security-Policy", policy);
      for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
      return response;
    }
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete(RENDER_HEADER);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries({ ...headers, ...WINDOW_ISOLATION_HEADERS })) response.headers.set(name, value);
  return response;
}

/** Marks the cache's own loopback render; its value is a per-process secret. */
const RENDER_HEADER = "x-readout-page-render";

interface PageCacheState {
  /** null when READOUT_PAGE_CACHE=off: pages are still rendered through here (script-free), just not kept */
  store: PageStore | null;
  inFlight: Map<string, Promise<CachedPage | null>>;
  /** the nonce stand-in of cached bodies; never leaves this process */
  placeholder: string;
  secret: string;
  /** where this server listens, for the loopback render */
  origin: string;
}

const globalForPages = globalThis as unknown as { readoutPageCache?: PageCacheState | null };

function randomHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The process's page cache, or null outside a production server with a known listening address (`next dev`: pages keep the runtime). */
function pageCache(): PageCacheState | null {
  if (globalForPages.readoutPageCache !== undefined) return globalForPages.readoutPageCache;
  // `next start` states where it listens once it does; before that (or under another server) pages just render.
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (process.env.NODE_ENV !== "production" || !origin) return null;
  const store = process.env.READOUT_PAGE_CACHE === "off" ? null : new PageStore();
  globalForPages.readoutPageCache = { store, inFlight: new Map(), placeholder: randomHex(), secret: randomHex(), origin };
  return globalForPages.readoutPageCache;
}

async function pageFromCache(cache: PageCacheState, request: NextRequest): Promise<PageAnswer | null> {
  const render: RenderPage = withMissingPageStandIn(async (path) => {
    const response = await fetch(`${cache.origin}${path}`, {
      headers: { [RENDER_HEADER]: cache.secret, "accept-encoding": "identity", accept: "text/html" },
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, headers: response.headers, body: await response.text() };
  });
  try {
    // With the store off nothing is keyed by the version: no need to read it.
    const version = cache.store === null ? 0 : await freshDataVersion();
    return await cachedPage(cache.store, cache.inFlight, { version, scope: databaseUrl(), path: `${request.nextUrl.pathname}${request.nextUrl.search}`, placeholder: cache.placeholder, render });
  } catch {
    // The database or the loopback render failed: the ordinary render will say what went wrong.
    return null;
  }
}

export const config = {
  // Static chunks are immutable files named by hash: they need no nonce (headers come from next.config.js).
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
