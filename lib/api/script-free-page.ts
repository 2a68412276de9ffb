import { Parser } from "htmlparser2";

/**
 * Public pages as plain HTML: the router runtime, its chunks and the inline RSC payload taken out.
 *
 * Every public page is rendered entirely on the server and works without JavaScript (the
 * browser tests check each page type with JavaScript off); their only client components are
 * the error boundaries, whose retry link is an ordinary link. Shipping the runtime anyway cost
 * about 140 KiB of JavaScript per visit, two thirds of every page's HTML (the payload repeats
 * the content) and most of the time to the largest paint on a phone. Navigation between pages
 * becomes ordinary page loads of small documents. The desk and sign-in keep the runtime: they
 * are never served through here (lib/api/page-cache.ts, `isCacheablePageRequest`).
 */

/** A `<link>` that only fetches script: a preload of a chunk the page no longer loads. */
function preloadsScript(attributes: Record<string, string>): boolean {
  const rel = (attributes.rel ?? "").toLowerCase().split(/\s+/);
  return rel.includes("modulepreload") || (rel.includes("preload") && (attributes.as ?? "").toLowerCase() === "script");
}

/** Half-open source ranges of every `<script>` element and every script preload link, in order. */
export function scriptRanges(html: string): [number, number][] {
  const ranges: [number, number][] = [];
  let scriptStart = -1;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "script") scriptStart = parser.startIndex;
      else if (name === "link" && preloadsScript(attributes)) ranges.push([parser.startIndex, parser.endIndex + 1]);
    },
    onclosetag(name) {
      if (name !== "script" || scriptStart < 0) return;
      ranges.push([scriptStart, parser.endIndex + 1]);
      scriptStart = -1;
    },
  });
  parser.end(html);
  return ranges;
}

/** `html` without its scripts and script preloads; everything else byte for byte. */
export function withoutScripts(html: string): string {
  let kept = "";
  let from = 0;
  for (const [start, end] of scriptRanges(html)) {
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}

/** A `Link` response header without its script preloads (Next announces chunks there too); null when nothing is left. */
export function linkHeaderWithoutScripts(value: string): string | null {
  const entries = value.split(/,\s*(?=<)/).filter((entry) => !/;\s*(rel="?modulepreload"?|as="?script"?)(;|$)/i.test(entry));
  return entries.length === 0 ? null : entries.join(", ");
}
