import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { linkHeaderWithoutScripts, scriptRanges, withoutScripts } from "@/lib/api/script-free-page";

const ROOT = path.resolve(__dirname, "../..");

describe("a script-free page", () => {
  it("loses every script element, inline or external, and script preloads", () => {
    const html = `<html><head><link rel="modulepreload" href="/m.js"><link rel="preload" as="script" fetchPriority="low" href="/a.js"/><script src="/a.js" async=""></script><script noModule="" src="/p.js"></script></head><body><h1>Talks</h1><script>self.__next_f.push([1,"\\u003c/script\\u003e"])</script><p>after</p></body></html>`;
    expect(withoutScripts(html)).toBe(`<html><head></head><body><h1>Talks</h1><p>after</p></body></html>`);
  });

  it("keeps everything that is not script byte for byte: stylesheets, icons, style preloads, text that mentions scripts", () => {
    const html = `<head><link rel="stylesheet" href="/s.css" nonce="n"/><link rel="preload" as="style" href="/s.css"/><link rel="icon" href="/i.svg"/></head><body><p>The &lt;script&gt; tag, "script" and US–China 中美</p><code>&lt;/script&gt;</code></body>`;
    expect(withoutScripts(html)).toBe(html);
    expect(scriptRanges(html)).toEqual([]);
  });

  it("finds each script's exact range", () => {
    const html = `<p>a</p><script>1</script><p>b</p><script src="x"></script>`;
    const ranges = scriptRanges(html);
    expect(ranges.map(([start, end]) => html.slice(start, end))).toEqual([`<script>1</script>`, `<script src="x"></script>`]);
  });

  it("keeps Link header entries other than script preloads", () => {
    expect(linkHeaderWithoutScripts(`</a.css>; rel=preload; as="style"; nonce="n", </b.js>; rel=preload; as="script", </c.js>; rel=modulepreload`)).toBe(`</a.css>; rel=preload; as="style"; nonce="n"`);
    expect(linkHeaderWithoutScripts(`</b.js>; rel=preload; as="script"`)).toBeNull();
    expect(linkHeaderWithoutScripts(`</script-styles.css>; rel=preload; as="style"`)).toBe(`</script-styles.css>; rel=preload; as="style"`);
  });
});

/** Files under `dir` (recursively) whose name ends in .tsx or .ts. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

describe("public pages need no JavaScript", () => {
  it("has client components only in the desk and the error boundaries, which work without their script", () => {
    // Public pages are served script-free: a client component on one would silently stop working.
    const clientFiles = [...sourceFiles(path.join(ROOT, "app")), ...sourceFiles(path.join(ROOT, "components"))].filter((file) => /^\s*["']use client["']/m.test(readFileSync(path.join(ROOT, file), "utf8")));
    const allowed = (file: string) => file.startsWith("app/desk/") || file.startsWith("components/desk/") || file === "app/error.tsx" || file === "app/global-error.tsx";
    expect(clientFiles.length).toBeGreaterThan(0);
    expect(clientFiles.filter((file) => !allowed(file))).toEqual([]);
  });
});
