import { describe, expect, it } from "vitest";
import { bodyWithNonce, cachedPage, headersWithNonce, isCacheablePageRequest, PageStore, toCachedPage, withMissingPageStandIn, type CachedPage, type RenderPage } from "@/lib/api/page-cache";

const PLACEHOLDER = "0123456789abcdef0123456789abcdef";

function htmlHeaders(extra: Record<string, string> = {}): Headers {
  return new Headers({ "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'nonce-${PLACEHOLDER}'`, ...extra });
}

function page(body: string): CachedPage {
  const cached = toCachedPage(200, htmlHeaders(), body, PLACEHOLDER);
  if (cached === null) throw new Error("not cacheable");
  return cached;
}

const request = (path: string, headers: Record<string, string> = {}, method = "GET") => [method, new URL(path, "http://127.0.0.1:3400"), new Headers(headers)] as const;

describe("which requests the page cache answers", () => {
  it("public pages, GET, no cookie", () => {
    for (const path of ["/", "/?topic=fentanyl&page=2", "/engagements/2023-11-woodside", "/topics/fentanyl", "/people/x", "/sources", "/sources/a-slug", "/search?q=tariffs", "/map", "/about"]) {
      expect(isCacheablePageRequest(...request(path)), path).toBe(true);
    }
  });

  it("never the desk, sign-in, API, exports, feeds or citations", () => {
    for (const path of ["/desk", "/desk/editors", "/login", "/api/v1/engagements", "/api/auth/get-session", "/export/engagements.csv", "/feed.xml", "/calendar.ics", "/sources/a/citation.bib", "/map/land.svg", "/unknown-section"]) {
      expect(isCacheablePageRequest(...request(path)), path).toBe(false);
    }
  });

  it("never a request with a cookie or credentials, a router fetch, another method or an overlong URL", () => {
    expect(isCacheablePageRequest(...request("/", { cookie: "better-auth.session_token=abc" }))).toBe(false);
    expect(isCacheablePageRequest(...request("/", { authorization: "Bearer x" }))).toBe(false);
    expect(isCacheablePageRequest(...request("/", { rsc: "1" }))).toBe(false);
    expect(isCacheablePageRequest(...request("/", { "next-router-prefetch": "1" }))).toBe(false);
    expect(isCacheablePageRequest(...request("/?_rsc=abc"))).toBe(false);
    expect(isCacheablePageRequest(...request("/", {}, "HEAD"))).toBe(false);
    expect(isCacheablePageRequest(...request("/", {}, "POST"))).toBe(false);
    expect(isCacheablePageRequest(...request(`/?q=${"x".repeat(3000)}`))).toBe(false);
  });
});

describe("a cached page", () => {
  it("puts each response's nonce wherever the render put the placeholder, in the body and the headers", () => {
    const cached = page(`<link rel="stylesheet" href="/a.css" nonce="${PLACEHOLDER}"/><p>text</p><link rel="icon" href="/i.svg" nonce="${PLACEHOLDER}"/>`);
    expect(Buffer.from(bodyWithNonce(cached, "fresh1")).toString()).toBe(`<link rel="stylesheet" href="/a.css" nonce="fresh1"/><p>text</p><link rel="icon" href="/i.svg" nonce="fresh1"/>`);
    expect(Buffer.from(bodyWithNonce(cached, "fresh2")).toString()).not.toContain(PLACEHOLDER);
    // bytes, not characters: text beyond ASCII survives the cut
    expect(Buffer.from(bodyWithNonce(page(`<p>US–China 中美</p><link nonce="${PLACEHOLDER}"/>`), "n")).toString()).toBe(`<p>US–China 中美</p><link nonce="n"/>`);
    const withLink = toCachedPage(200, htmlHeaders({ link: `</a.css>; rel=preload; as="style"; nonce="${PLACEHOLDER}"` }), "<p>x</p>", PLACEHOLDER);
    if (withLink === null) throw new Error("not cacheable");
    expect(headersWithNonce(withLink, PLACEHOLDER, "fresh3").get("link")).toBe(`</a.css>; rel=preload; as="style"; nonce="fresh3"`);
  });

  it("is served without the router's scripts, their preloads or their Link header entries", () => {
    const cached = toCachedPage(
      200,
      htmlHeaders({ link: `</a.css>; rel=preload; as="style", </c.js>; rel=preload; as="script"` }),
      `<head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" href="/c.js"/><script src="/c.js" async=""></script></head><body><p>text</p><script nonce="${PLACEHOLDER}">self.__next_f.push([1,"x"])</script></body>`,
      PLACEHOLDER,
    );
    expect(cached?.parts.map(String).join("|")).toBe(`<head><link rel="stylesheet" href="/a.css"/></head><body><p>text</p></body>`);
    expect(new Map(cached?.headers).get("link")).toBe(`</a.css>; rel=preload; as="style"`);
  });

  it("keeps the page's own headers, not the per-response or per-hop ones", () => {
    const cached = toCachedPage(200, htmlHeaders({ vary: "rsc", "cache-control": "private, no-store", "content-length": "12", date: "x", "content-encoding": "gzip", "cross-origin-opener-policy": "same-origin" }), "<p>x</p>", PLACEHOLDER);
    const names = new Map(cached?.headers);
    expect(names.get("vary")).toBe("rsc");
    expect(names.get("cache-control")).toBe("private, no-store");
    for (const dropped of ["content-security-policy", "content-length", "date", "content-encoding", "cross-origin-opener-policy"]) expect(names.has(dropped), dropped).toBe(false);
  });

  it("keeps a 404 page with its status (a missing slug's stand-in)", () => {
    expect(toCachedPage(404, htmlHeaders(), "<p>x</p>", PLACEHOLDER)?.status).toBe(404);
  });

  it("is refused for errors, redirects, non-HTML, cookies, oversize bodies and renders without the placeholder", () => {
    expect(toCachedPage(500, htmlHeaders(), "<p>x</p>", PLACEHOLDER)).toBeNull();
    expect(toCachedPage(307, htmlHeaders({ location: "/x" }), "", PLACEHOLDER)).toBeNull();
    expect(toCachedPage(200, htmlHeaders({ "content-type": "application/json" }), "{}", PLACEHOLDER)).toBeNull();
    expect(toCachedPage(200, htmlHeaders({ "set-cookie": "a=b" }), "<p>x</p>", PLACEHOLDER)).toBeNull();
    expect(toCachedPage(200, htmlHeaders(), "x".repeat(1024 * 1024 + 1), PLACEHOLDER)).toBeNull();
    expect(toCachedPage(200, htmlHeaders({ "content-security-policy": "script-src 'nonce-other'" }), "<p>x</p>", PLACEHOLDER)).toBeNull();
  });
});

describe("a 404 answered by its section's stand-in page", () => {
  /** A loopback render that records what it was asked for: known slugs and stand-ins render, anything else is a bare 404 shell. */
  function fakeRender(asked: string[]): RenderPage {
    return async (path) => {
      asked.push(path);
      if (path === "/engagements/known" || path.startsWith("/missing/")) return { status: 200, headers: htmlHeaders(), body: `<h1>${path}</h1>` };
      return { status: 404, headers: htmlHeaders(), body: '<html id="__next_error__"><body></body></html>' };
    };
  }

  it("renders /missing/<section> for a missing slug and answers 404 with its body", async () => {
    const asked: string[] = [];
    const answer = await withMissingPageStandIn(fakeRender(asked))("/engagements/no-such?x=1");
    expect(answer?.status).toBe(404);
    expect(answer?.body).toBe("<h1>/missing/engagements</h1>");
    expect(asked).toEqual(["/engagements/no-such?x=1", "/missing/engagements"]);
  });

  it("leaves found pages alone and answers the stand-in asked for directly with 404", async () => {
    const asked: string[] = [];
    const render = withMissingPageStandIn(fakeRender(asked));
    expect(await render("/engagements/known")).toMatchObject({ status: 200, body: "<h1>/engagements/known</h1>" });
    expect(await render("/missing/topics")).toMatchObject({ status: 404, body: "<h1>/missing/topics</h1>" });
    expect(asked).toEqual(["/engagements/known", "/missing/topics"]);
  });

  it("keeps the original 404 when the stand-in cannot be rendered", async () => {
    const failing: RenderPage = async (path) => (path.startsWith("/missing/") ? null : { status: 404, headers: htmlHeaders(), body: "shell" });
    expect(await withMissingPageStandIn(failing)("/people/nobody")).toMatchObject({ status: 404, body: "shell" });
  });
});

describe("the page store", () => {
  it("forgets every page when a newer data version is seen, and keeps no render that finished late", () => {
    const store = new PageStore();
    store.set(1, "db", "/", page("v1"));
    expect(store.get(1, "db", "/")?.parts.map(String)).toEqual(["v1"]);
    expect(store.get(2, "db", "/")).toBeUndefined();
    expect(store.size).toBe(0);
    // a render that started at version 1 ends after version 2 was seen: not kept
    store.set(1, "db", "/", page("v1"));
    expect(store.size).toBe(0);
    expect(store.get(2, "db", "/")).toBeUndefined();
  });

  it("keeps another database's pages apart", () => {
    const store = new PageStore();
    store.set(1, "file:/a.db", "/", page("a"));
    expect(store.get(1, "file:/b.db", "/")).toBeUndefined();
  });

  it("stays under its byte cap, dropping the least recently used page", () => {
    const store = new PageStore(300, 200);
    store.set(1, "db", "/a", page("a".repeat(100)));
    store.set(1, "db", "/b", page("b".repeat(100)));
    store.get(1, "db", "/a");
    store.set(1, "db", "/c", page("c".repeat(100)));
    store.set(1, "db", "/d", page("d".repeat(100)));
    expect(store.totalBytes).toBeLessThanOrEqual(300);
    expect(store.get(1, "db", "/b")).toBeUndefined();
    expect(store.get(1, "db", "/a")).toBeDefined();
    // a page over the per-entry cap is not kept at all
    store.set(1, "db", "/big", page("e".repeat(201)));
    expect(store.get(1, "db", "/big")).toBeUndefined();
  });
});

describe("cachedPage", () => {
  const rendered = (body: string): ReturnType<RenderPage> => Promise.resolve({ status: 200, headers: htmlHeaders(), body });

  it("renders once for concurrent misses, then answers from memory until the version changes", async () => {
    const store = new PageStore();
    const inFlight = new Map<string, Promise<CachedPage | null>>();
    let renders = 0;
    const render: RenderPage = () => {
      renders += 1;
      return rendered(`<p>render ${renders}</p>`);
    };
    const at = (version: number) => cachedPage(store, inFlight, { version, scope: "db", path: "/", placeholder: PLACEHOLDER, render });
    const [first, second] = await Promise.all([at(1), at(1)]);
    expect(renders).toBe(1);
    expect(first?.cache).toBe("miss");
    expect(second?.page).toBe(first?.page);
    expect(await at(1)).toEqual({ page: first?.page, cache: "hit" });
    expect(renders).toBe(1);
    const next = await at(2);
    expect(next?.cache).toBe("miss");
    expect(next?.page.parts.map(String)).toEqual(["<p>render 2</p>"]);
    expect(inFlight.size).toBe(0);
  });

  it("answers null, keeping nothing, when the render fails or is not cacheable", async () => {
    const store = new PageStore();
    const inFlight = new Map<string, Promise<CachedPage | null>>();
    const failing: RenderPage = () => Promise.reject(new Error("connection refused"));
    expect(await cachedPage(store, inFlight, { version: 1, scope: "db", path: "/", placeholder: PLACEHOLDER, render: failing })).toBeNull();
    const serverError: RenderPage = () => Promise.resolve({ status: 500, headers: htmlHeaders(), body: "broken" });
    expect(await cachedPage(store, inFlight, { version: 1, scope: "db", path: "/x", placeholder: PLACEHOLDER, render: serverError })).toBeNull();
    expect(store.size).toBe(0);
  });

  it("with the store off, renders every request script-free and keeps nothing", async () => {
    let renders = 0;
    const render: RenderPage = () => {
      renders += 1;
      return rendered(`<p>render ${renders}</p><script>x</script>`);
    };
    const inFlight = new Map<string, Promise<CachedPage | null>>();
    const at = () => cachedPage(null, inFlight, { version: 1, scope: "db", path: "/", placeholder: PLACEHOLDER, render });
    const first = await at();
    const second = await at();
    expect(first?.cache).toBe("off");
    expect(first?.page.parts.map(String)).toEqual(["<p>render 1</p>"]);
    expect(second?.page.parts.map(String)).toEqual(["<p>render 2</p>"]);
    expect(inFlight.size).toBe(0);
  });
});
