/**
 * Step 2 (HTML only): the article body as plain paragraphs, plus what the page states about
 * itself. The page is parsed by linkedom (htmlparser2) and the body chosen by Mozilla's
 * Readability, the reader view of Firefox; when it finds no article, the whole <body> is read.
 *
 * Readability on linkedom slows down faster than linearly with nesting depth (measured: 2,000
 * nested <div>s take minutes) and costs about a millisecond per few dozen elements, so a page
 * deeper or larger than any real article page is read whole instead, with a warning.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { SourceMetadata } from "../types";
import { readHtmlMetadata } from "./metadata";
import { renderText, SKIPPED_ON_WHOLE_PAGE } from "./render";

export interface ExtractedHtml {
  text: string;
  metadata: SourceMetadata;
  /** how the body was chosen, e.g. "Readability: <article>" or "whole <body> (no article found)" */
  bodySource: string;
}

/** linkedom builds no <html>/<body> around a fragment; Readability needs them. */
function asDocument(html: string): Document {
  const complete = /<body[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(complete);
  // linkedom keeps one text node per parser event (every character reference, every stray "<"): merge them
  document.body.normalize();
  return document;
}

/** Real article pages nest 15–60 deep and hold a few thousand elements. */
const MAX_DEPTH = 120;
const MAX_ELEMENTS = 12_000;
/** Readability re-reads the page's text many times over; a real article page holds under 300,000 characters. */
const MAX_TEXT = 300_000;

/** Why Readability should not see this page, or null: one iterative walk, so it is linear itself. */
function tooComplex(body: Element): string | null {
  if ((body.textContent ?? "").length > MAX_TEXT) return `holding over ${MAX_TEXT.toLocaleString("en")} characters of text`;
  let elements = 0;
  const pending: [Element, number][] = [[body, 0]];
  while (pending.length > 0) {
    const [element, depth] = pending.pop() ?? [body, 0];
    elements += 1;
    if (depth > MAX_DEPTH) return `nested over ${MAX_DEPTH} elements deep`;
    if (elements > MAX_ELEMENTS) return `over ${MAX_ELEMENTS.toLocaleString("en")} elements`;
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) pending.push([child, depth + 1]);
  }
  return null;
}

function describe(element: Element | null | undefined): string {
  if (!element) return "";
  const id = element.getAttribute("id") ? ` id="${element.getAttribute("id")}"` : "";
  const cls = element.getAttribute("class") ? ` class="${element.getAttribute("class")}"` : "";
  return ` <${element.localName.toLowerCase()}${id}${cls}>`;
}

/** Readability's article container, or null when it finds none or fails (it throws on some malformed pages). */
function readabilityContent(document: Document): Element | null {
  try {
    return new Readability(document, { serializer: (node) => node as Element }).parse()?.content ?? null;
  } catch {
    return null;
  }
}

/** The text of an HTML fragment (an HTML block inside Markdown), rendered like an article body. */
export function htmlFragmentText(html: string): string {
  return renderText(asDocument(html).body);
}

export function extractHtml(html: string): ExtractedHtml {
  const document = asDocument(html);
  const metadata = readHtmlMetadata(document);
  const complexity = tooComplex(document.body);
  if (complexity) return { text: renderText(document.body, SKIPPED_ON_WHOLE_PAGE), metadata, bodySource: `whole <body> (page ${complexity})` };
  const content = readabilityContent(document);
  const text = content ? renderText(content) : "";
  if (text.trim()) {
    // Readability wraps the chosen container in a page <div>: name the container itself.
    return { text, metadata, bodySource: `Readability:${describe(content?.firstElementChild?.firstElementChild) || " (whole page)"}` };
  }
  // Readability has rearranged the document by now: read the page afresh (rare, so the second parse is cheap overall).
  return { text: renderText(asDocument(html).body, SKIPPED_ON_WHOLE_PAGE), metadata, bodySource: "whole <body> (no article found)" };
}
