/**
 * What an HTML page states about itself: Open Graph and article meta tags, <time datetime>,
 * JSON-LD (NewsArticle and friends), <h1> and <title>.
 */
import type { SourceMetadata } from "../types";
import { decodeEntities } from "./entities";
import { textOf, walkElements, type HtmlElement } from "./tree";

interface PageFacts {
  meta: Map<string, string>;
  h1: string | null;
  title: string | null;
  time: string | null;
  jsonLd: unknown[];
}

function collectFacts(root: HtmlElement): PageFacts {
  const facts: PageFacts = { meta: new Map(), h1: null, title: null, time: null, jsonLd: [] };
  for (const element of walkElements(root)) {
    const { name, attrs } = element;
    if (name === "meta") {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
      if (key && attrs.content && !facts.meta.has(key)) facts.meta.set(key, decodeEntities(attrs.content).trim());
    } else if (name === "h1" && facts.h1 === null) {
      facts.h1 = decodeEntities(textOf(element)) || null;
    } else if (name === "title" && facts.title === null) {
      facts.title = decodeEntities(textOf(element)) || null;
    } else if (name === "time" && facts.time === null && attrs.datetime) {
      facts.time = attrs.datetime.trim();
    } else if (name === "script" && (attrs.type ?? "").toLowerCase() === "application/ld+json") {
      facts.jsonLd.push(parseJson(textOf(element)));
    }
  }
  return facts;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null; // broken JSON-LD is common and simply states nothing
  }
}

/** The first value of `key` found anywhere in the JSON-LD graphs (breadth first, so the top object wins). */
function findJsonLd(graphs: unknown[], key: string): unknown {
  const queue = [...graphs];
  for (let i = 0; i < queue.length && i < 5000; i++) {
    const item = queue[i];
    if (Array.isArray(item)) queue.push(...(item as unknown[]));
    else if (item && typeof item === "object") {
      const record = item as Record<string, unknown>;
      if (record[key] !== undefined) return record[key];
      queue.push(...Object.values(record));
    }
  }
  return undefined;
}

/** A JSON-LD value that may be a string, a {name} object or a list of either, as a string. */
function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (value && typeof value === "object") return nameOf((value as Record<string, unknown>).name);
  return null;
}

/** Page titles often end with " | Site" or " - Site": drop a short trailing site name. */
function trimSiteName(title: string): string {
  const match = /^(.{10,}?)\s+[|–—-]\s+[^|–—-]{2,40}$/.exec(title);
  return match?.[1] ?? title;
}

function publishedFrom(facts: PageFacts): SourceMetadata["published"] {
  const metaKeys = ["article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued"];
  for (const key of metaKeys) {
    const value = facts.meta.get(key);
    if (value) return { value, where: `<meta ${key}>` };
  }
  const jsonLd = findJsonLd(facts.jsonLd, "datePublished");
  if (typeof jsonLd === "string") return { value: jsonLd, where: "JSON-LD datePublished" };
  if (facts.time) return { value: facts.time, where: "<time datetime>" };
  return null;
}

/** The first <h1> inside `body`: a site logo is often the page's first <h1>, the headline sits in the article. */
function headlineIn(body: HtmlElement): string | null {
  for (const element of walkElements(body)) if (element.name === "h1") return decodeEntities(textOf(element)) || null;
  return null;
}

export function readHtmlMetadata(root: HtmlElement, body: HtmlElement = root): SourceMetadata {
  const facts = collectFacts(root);
  const docTitle = facts.title ? trimSiteName(facts.title) : null;
  return {
    title: headlineIn(body) ?? facts.meta.get("og:title") ?? nameOf(findJsonLd(facts.jsonLd, "headline")) ?? facts.h1 ?? docTitle,
    publisher: facts.meta.get("og:site_name") ?? nameOf(findJsonLd(facts.jsonLd, "publisher")),
    byline: facts.meta.get("author") ?? facts.meta.get("article:author") ?? nameOf(findJsonLd(facts.jsonLd, "author")),
    published: publishedFrom(facts),
  };
}
