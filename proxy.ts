import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, isReadOnlyRoute, READ_ONLY_METHODS, staticSecurityHeaders } from "@/lib/api/security-headers";

/**
 * Runs before every request: security headers on every response, a fresh CSP nonce for
 * pages (read by Next when it renders the page's scripts), and a 405 with `Allow` for any
 * method but GET/HEAD on the read-only routes.
 */
export function proxy(request: NextRequest) {
  const headers = staticSecurityHeaders();
  const { pathname } = request.nextUrl;

  if (isReadOnlyRoute(pathname) && request.method !== "GET" && request.method !== "HEAD") {
    return NextResponse.json(
      { error: { code: "METHOD_NOT_ALLOWED", message: `${request.method} is not allowed here; use ${READ_ONLY_METHODS}` } },
      { status: 405, headers: { ...headers, Allow: READ_ONLY_METHODS, "Cache-Control": "no-store" } },
    );
  }

  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static chunks are immutable files named by hash: they need no nonce (headers come from next.config.js).
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
