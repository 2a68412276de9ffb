import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isReadOnlyRoute, staticSecurityHeaders } from "@/lib/api/security-headers";
import { configuredSiteUrl, siteOrigin } from "@/lib/api/site-url";

describe("security headers", () => {
  it("builds a strict script policy around the nonce", () => {
    const policy = contentSecurityPolicy("abc123", false);
    const directives = new Map(policy.split("; ").map((directive) => [directive.split(" ")[0], directive]));
    expect(directives.get("script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directives.get("object-src")).toBe("object-src 'none'");
    expect(directives.get("base-uri")).toBe("base-uri 'none'");
    expect(directives.get("frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directives.get("form-action")).toBe("form-action 'self'");
    expect(policy).not.toContain("unsafe-eval");
  });

  it("makes a fresh nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sends HSTS only when the site URL is https", () => {
    expect(staticSecurityHeaders({}) ["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders({ SITE_URL: "http://readout.test" })["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders({ SITE_URL: "https://readout.example.org" })["Strict-Transport-Security"]).toContain("max-age=");
    const always = staticSecurityHeaders({});
    expect(always["X-Content-Type-Options"]).toBe("nosniff");
    expect(always["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(always["Permissions-Policy"]).toContain("camera=()");
  });

  it("knows which routes are read-only", () => {
    for (const path of ["/api/v1/engagements", "/export/engagements.csv", "/feed.xml", "/calendar.ics", "/sources/x/citation.bib"]) expect(isReadOnlyRoute(path), path).toBe(true);
    for (const path of ["/", "/desk", "/login", "/api/auth/sign-in", "/sources/x"]) expect(isReadOnlyRoute(path), path).toBe(false);
    // the review desk's write endpoints take PATCH and POST
    for (const path of ["/api/v1/outcomes/3", "/api/v1/participants/4/accept", "/api/v1/topic-links/5/reject", "/api/v1/engagements/x", "/api/v1/engagements/x/merge"]) expect(isReadOnlyRoute(path), path).toBe(false);
  });
});

describe("SITE_URL parsing", () => {
  it("uses the configured origin, else the request's", () => {
    expect(siteOrigin(new URL("http://127.0.0.1:3000/feed.xml"), { SITE_URL: "https://readout.example.org/base/" })).toBe("https://readout.example.org");
    expect(siteOrigin(new URL("http://127.0.0.1:3000/feed.xml"), {})).toBe("http://127.0.0.1:3000");
  });

  it("refuses a malformed or non-http SITE_URL with a clear message", () => {
    expect(() => configuredSiteUrl({ SITE_URL: "readout.example.org" })).toThrow(/absolute http\(s\) URL/);
    expect(() => configuredSiteUrl({ SITE_URL: "ftp://readout.example.org" })).toThrow(/http or https/);
  });
});
