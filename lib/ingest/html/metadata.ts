/**
 * What an HTML page states about itself: Open Graph and article meta tags, <time datetime>,
 * JSON-LD (NewsArticle and friends), <h1> and <title>. Read before the body is extracted,
 * because extraction rearranges the document.
 */
import { isUsableTitle } from "../metadata/title";
import type { SourceMetadata } from "../types";

interface PageFacts {
  meta: Map<string, string>;
  /** the first <h1> inside the story's own container, then the first anywhere */
  storyH1: string | null;
  h1: string | null;
  title: string | null;
  time: string | null;
  jsonLd: unknown[];
}

const flat = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim() || null;

/** The first <h1> that is a usable headline: a site logo or a "Go to home page" link often comes first. */
function firstHeadline(root: ParentNode, selector: string): string | null {
  for (const element of root.querySelectorAll(selector)) {
    const text = flat(element.textContent);
    if (text && isUsableTitle(text)) return text;
  }
  return null;
}

function collectFacts(document: Document): PageFacts {
  const meta = new Map<string, string>();
  for (const element of document.querySelectorAll("meta")) {
    const key = (element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop") ?? "").toLowerCase();
    const content = element.getAttribute("content")?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const jsonLd = [...document.querySelectorAll("script")]
    .filter((script) => (script.getAttribute("type") ?? "").toLowerCase() === "application/ld+json")
    .map((script) => parseJson(script.textContent ?? ""));
  return {
    meta,
    storyH1: firstHeadline(document, "article h1, [itemprop=articleBody] h1, main h1"),
    h1: firstHeadline(document, "h1"),
    title: flat(document.querySelector("title")?.textContent),
    time: document.querySelector("time[datetime]")?.getAttribute("datetime")?.trim() || null,
    jsonLd,
  };
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

export function readHtmlMetadata(document: Document): SourceMetadata {
  const facts = collectFacts(document);
  const titles = [facts.storyH1, facts.meta.get("og:title"), nameOf(findJsonLd(facts.jsonLd, "headline")), facts.h1, facts.title && trimSiteName(facts.title)];
  return {
    title: titles.find((title): title is string => typeof title === "string" && isUsableTitle(title)) ?? null,
    publisher: facts.meta.get("og:site_name") ?? nameOf(findJsonLd(facts.jsonLd, "publisher")),
    byline: facts.meta.get("author") ?? facts.meta.get("article:author") ?? nameOf(findJsonLd(facts.jsonLd, "author")),
    published: publishedFrom(facts),
  };
}
