import { configuredSiteUrl, type Environment } from "./site-url";

/**
 * The response headers every Readout response carries (pages, API, exports, feeds), set once
 * in proxy.ts. Pages get a per-request script nonce: the app router inlines its flight data,
 * so 'strict-dynamic' with a nonce is the only strict policy that lets it run; nothing else
 * inline may execute. Styles allow inline attributes (the quarterly chart sizes itself with
 * one); no script can be injected through them.
 */
export function contentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Headers that do not depend on the request. */
export function staticSecurityHeaders(env: Environment = process.env): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "X-Frame-Options": "DENY",
  };
  // HSTS over plain http is ignored by browsers and would pin a local run: only for an https site.
  if (configuredSiteUrl(env)?.protocol === "https:") headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

/**
 * Window isolation for pages that run script: the desk, sign-in, and any page an editor (a
 * cookie) opens. Script-free public pages go without it: with nothing running in them there is
 * nothing for another window to reach, and Chromium's switch to a new browsing context group
 * on such a navigation cost about 300 ms of main-thread work in Lighthouse's mobile run,
 * three times the blocking time of the whole page.
 */
export const WINDOW_ISOLATION_HEADERS: Readonly<Record<string, string>> = { "Cross-Origin-Opener-Policy": "same-origin" };

/** The review desk's authenticated write endpoints under /api/v1 (one fact, or one engagement and its actions); their handlers answer other methods themselves. */
const DESK_WRITE_ROUTE = /^\/api\/v1\/(?:(?:outcomes|participants|topic-links)\/[^/]+|engagements\/[^/]+)(?:\/[^/]+)?$/;

/** Paths served by read-only route handlers (API, exports, feeds, citations): GET and HEAD only. */
export function isReadOnlyRoute(pathname: string): boolean {
  if (DESK_WRITE_ROUTE.test(pathname)) return false;
  return (
    pathname.startsWith("/api/v1/") ||
    pathname.startsWith("/export/") ||
    pathname === "/feed.xml" ||
    pathname === "/calendar.ics" ||
    pathname === "/map/land.svg" ||
    /^\/sources\/[^/]+\/citation\.(json|bib)$/.test(pathname)
  );
}

export const READ_ONLY_METHODS = "GET, HEAD";
