import { linkHeaderWithoutScripts, withoutScripts } from "./script-free-page";
import { isReadOnlyRoute, WINDOW_ISOLATION_HEADERS } from "./security-headers";

/**
 * Rendered public pages, kept in this process under the data version (lib/store/data-version.ts)
 * so that a page is rendered once per version instead of once per request.
 *
 * Never stale: the key holds the data version read AFTER the request arrived, and every write
 * transaction (ingest CLI in another process, the review desk) raises that version when it
 * commits. A request that arrives after a write therefore asks for a key no earlier render
 * can have filled, and the render that fills it starts after the version was read.
 *
 * Nonces stay per response: a page is rendered for the cache with a placeholder nonce that is
 * random, private to this process and never sent out; each response replaces it with its own
 * fresh nonce, named in that response's Content-Security-Policy.
 *
 * Never personal: only GET requests for public page paths without any cookie are served from
 * here; the desk, sign-in, API, exports, feeds and the router's RSC requests always render.
 *
 * Pages served from here are script-free (lib/api/script-free-page.ts). With the store turned
 * off (READOUT_PAGE_CACHE=off) they still are: each request is rendered the same way, just not kept.
 */

/** Response header saying a page came from the cache: `hit` (from memory) or `miss` (rendered for it now); absent when rendered outside it. */
export const PAGE_CACHE_HEADER = "X-Readout-Page-Cache";

/** Total bytes of cached bodies; past it the least recently used pages go. */
export const PAGE_CACHE_MAX_BYTES = 32 * 1024 * 1024;
/** A page larger than this is served but not kept (pages are bounded far below it). */
export const PAGE_CACHE_MAX_ENTRY_BYTES = 1024 * 1024;
/** Longer URLs are rendered every time: keys stay bounded whatever a client sends. */
const MAX_KEY_LENGTH = 2048;

/** First path segments of the public pages (their route handlers, e.g. citations, are excluded below). */
const PUBLIC_PAGE_SECTIONS = new Set(["", "engagements", "topics", "people", "sources", "search", "map", "about", "api-docs", "missing"]);

/** Request headers of the app router's own fetches (RSC payloads, prefetches, server actions): never served HTML. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/** Whether this request may be answered from, and fill, the shared page cache. */
export function isCacheablePageRequest(method: string, url: URL, headers: Headers): boolean {
  if (method !== "GET") return false;
  // Any cookie may be a session: such requests render afresh, so nothing personal is ever shared.
  if (headers.has("cookie") || headers.has("authorization")) return false;
  if (ROUTER_HEADERS.some((name) => headers.has(name)) || url.searchParams.has("_rsc")) return false;
  if (url.pathname.length + url.search.length > MAX_KEY_LENGTH) return false;
  if (isReadOnlyRoute(url.pathname)) return false;
  return PUBLIC_PAGE_SECTIONS.has(url.pathname.split("/")[1] ?? "");
}

/** One rendered page: its body, UTF-8 encoded once, cut at every occurrence of the placeholder nonce. */
export interface CachedPage {
  status: number;
  headers: [string, string][];
  parts: Buffer[];
  bytes: number;
}

/** The page's headers with `nonce` where the render put the placeholder (Next stamps it on the stylesheet's `Link`). */
export function headersWithNonce(page: CachedPage, placeholder: string, nonce: string): Headers {
  return new Headers(page.headers.map(([name, value]): [string, string] => [name, value.replaceAll(placeholder, nonce)]));
}

/** The page's body with `nonce` where the render put the placeholder: one copy of the bytes, nothing re-encoded. */
export function bodyWithNonce(page: CachedPage, nonce: string): Uint8Array<ArrayBuffer> {
  const nonceBytes = Buffer.from(nonce);
  const body = new Uint8Array(page.bytes + (page.parts.length - 1) * nonceBytes.length);
  let offset = 0;
  page.parts.forEach((part, index) => {
    if (index > 0) {
      body.set(nonceBytes, offset);
      offset += nonceBytes.length;
    }
    body.set(part, offset);
    offset += part.length;
  });
  return body;
}

/** Response headers never kept: recomputed per response, about the hop the render came over, or for pages that run script. */
const HOP_HEADERS = new Set([
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  ...Object.keys(WINDOW_ISOLATION_HEADERS).map((name) => name.toLowerCase()),
]);

/**
 * The script-free, cacheable form of a render made with `placeholder` as its nonce, or null when
 * it must not be served from here: not a 200 or 404 HTML page, sets a cookie, too large, or not
 * rendered with the placeholder.
 */
export function toCachedPage(status: number, headers: Headers, body: string, placeholder: string): CachedPage | null {
  if (status !== 200 && status !== 404) return null;
  if (!(headers.get("content-type") ?? "").startsWith("text/html")) return null;
  if (headers.has("set-cookie")) return null;
  if (!(headers.get("content-security-policy") ?? "").includes(`'nonce-${placeholder}'`)) return null;
  const parts = withoutScripts(body).split(placeholder).map((part) => Buffer.from(part));
  const bytes = parts.reduce((total, part) => total + part.length, 0);
  if (bytes > PAGE_CACHE_MAX_ENTRY_BYTES) return null;
  const kept: [string, string][] = [];
  headers.forEach((value, name) => {
    if (HOP_HEADERS.has(name)) return;
    const keptValue = name === "link" ? linkHeaderWithoutScripts(value) : value;
    if (keptValue !== null) kept.push([name, keptValue]);
  });
  return { status, headers: kept, parts, bytes };
}

/**
 * Least-recently-used pages of one data version under a byte cap. Seeing a newer version drops
 * every entry: pages of an older version can never be served again.
 */
export class PageStore {
  private version = -1;
  private scope = "";
  private bytes = 0;
  private readonly entries = new Map<string, CachedPage>();

  constructor(
    private readonly maxBytes = PAGE_CACHE_MAX_BYTES,
    private readonly maxEntryBytes = PAGE_CACHE_MAX_ENTRY_BYTES,
  ) {}

  /** Moves the store to `version` of the database `scope` (a URL), forgetting everything else. */
  private align(version: number, scope: string): void {
    if (version === this.version && scope === this.scope) return;
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
    this.scope = scope;
  }

  get(version: number, scope: string, key: string): CachedPage | undefined {
    this.align(version, scope);
    const page = this.entries.get(key);
    if (page === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, page);
    return page;
  }

  set(version: number, scope: string, key: string, page: CachedPage): void {
    // A render that finished after a newer version was seen belongs to the past: not kept.
    if (version < this.version && scope === this.scope) return;
    this.align(version, scope);
    if (page.bytes > this.maxEntryBytes) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    this.entries.set(key, page);
    this.bytes += page.bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }
}

/** How a cache miss gets its page: a render of `path` with the placeholder as nonce. */
export type RenderPage = (path: string) => Promise<{ status: number; headers: Headers; body: string } | null>;

/** Where 404 pages are rendered as ordinary pages: app/missing/[section]. */
const MISSING_PAGE_PREFIX = "/missing/";

/**
 * `render` with every 404 answered by its section's stand-in page (`/missing/<section>`, status
 * 404): Next 16 sends a page's `notFound()` as an empty shell that script fills in, which is no
 * answer without JavaScript. The stand-in asked for directly is a 404 as well.
 */
export function withMissingPageStandIn(render: RenderPage): RenderPage {
  return async (path) => {
    const rendered = await render(path);
    const { pathname } = new URL(path, "http://loopback");
    const isStandIn = pathname.startsWith(MISSING_PAGE_PREFIX);
    if (rendered === null || (rendered.status !== 404 && !isStandIn)) return rendered;
    const standIn = isStandIn ? rendered : await render(`${MISSING_PAGE_PREFIX}${pathname.split("/")[1] ?? ""}`);
    return standIn !== null && standIn.status === 200 ? { ...standIn, status: 404 } : rendered;
  };
}

/** A page served from here: found in memory (`hit`), rendered for the store just now (`miss`), or rendered with the store off (`off`). */
export interface PageAnswer {
  page: CachedPage;
  cache: "hit" | "miss" | "off";
}

/**
 * The page for `path` at `version`: from the store, else rendered once (concurrent misses of
 * one key share the render); with no store, rendered for this request alone. Null when this
 * page cannot be served from here: the caller renders it the ordinary way.
 */
export async function cachedPage(
  store: PageStore | null,
  inFlight: Map<string, Promise<CachedPage | null>>,
  { version, scope, path, placeholder, render }: { version: number; scope: string; path: string; placeholder: string; render: RenderPage },
): Promise<PageAnswer | null> {
  if (store === null) {
    const rendered = await render(path).catch(() => null);
    const page = rendered === null ? null : toCachedPage(rendered.status, rendered.headers, rendered.body, placeholder);
    return page === null ? null : { page, cache: "off" };
  }
  const hit = store.get(version, scope, path);
  if (hit !== undefined) return { page: hit, cache: "hit" };
  const flightKey = `${scope}\n${version}\n${path}`;
  let rendering = inFlight.get(flightKey);
  if (rendering === undefined) {
    rendering = render(path)
      .then((rendered) => (rendered === null ? null : toCachedPage(rendered.status, rendered.headers, rendered.body, placeholder)))
      .catch(() => null)
      .then((page) => {
        if (page !== null) store.set(version, scope, path, page);
        return page;
      })
      .finally(() => inFlight.delete(flightKey));
    inFlight.set(flightKey, rendering);
  }
  const page = await rendering;
  return page === null ? null : { page, cache: "miss" };
}
