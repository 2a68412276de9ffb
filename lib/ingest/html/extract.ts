/**
 * Step 2 (HTML only): the article body as plain paragraphs, plus what the page states about
 * itself. The body is the richest <article>, else <main> or [itemprop=articleBody], else the
 * element holding the most paragraph text; a candidate holding far less paragraph text than
 * the densest block (a teaser card marked up as <article>) gives way to it.
 */
import type { SourceMetadata } from "../types";
import { readHtmlMetadata } from "./metadata";
import { isSkipped, renderText } from "./render";
import { isElement, parseHtml, textOf, walkElements, type HtmlElement } from "./tree";

export interface ExtractedHtml {
  text: string;
  metadata: SourceMetadata;
  /** how the body was chosen, e.g. "<article>" or "densest <p> block (<div class="story">)" */
  bodySource: string;
}

/** Paragraph text each element holds: its own <p> children fully, its grandchildren's at half weight. */
function scoreParagraphs(root: HtmlElement): Map<HtmlElement, number> {
  const scores = new Map<HtmlElement, number>();
  const visit = (element: HtmlElement, parent: HtmlElement | undefined, grandparent: HtmlElement | undefined) => {
    if (element.name !== "p" || !parent) return;
    const length = textOf(element).length;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
  };
  const pending: [HtmlElement, HtmlElement | undefined, HtmlElement | undefined][] = [[root, undefined, undefined]];
  while (pending.length > 0) {
    const entry = pending.pop();
    if (!entry) break;
    const [element, parent, grandparent] = entry;
    if (element !== root && isSkipped(element)) continue;
    visit(element, parent, grandparent);
    for (const child of element.children) if (isElement(child)) pending.push([child, element, parent]);
  }
  return scores;
}

/** Length of the paragraph text inside `element`, leaving out skipped furniture. */
function paragraphLength(element: HtmlElement): number {
  let total = 0;
  const pending: HtmlElement[] = [element];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current) break;
    if (current.name === "p") total += textOf(current).length;
    else for (const child of current.children) if (isElement(child) && !isSkipped(child)) pending.push(child);
  }
  return total;
}

function describe(element: HtmlElement): string {
  const id = element.attrs.id ? ` id="${element.attrs.id}"` : "";
  const cls = element.attrs.class ? ` class="${element.attrs.class}"` : "";
  return `<${element.name}${id}${cls}>`;
}

function isPreferred(element: HtmlElement): boolean {
  const itemprop = (element.attrs.itemprop ?? "").toLowerCase();
  return element.name === "article" || element.name === "main" || itemprop === "articlebody";
}

/** Preference order among the semantic candidates: <article>, then articleBody, then <main>. */
function rank(element: HtmlElement): number {
  if (element.name === "article") return 0;
  return element.name === "main" ? 2 : 1;
}

function chooseBody(root: HtmlElement): { body: HtmlElement; source: string } {
  const scores = scoreParagraphs(root);
  let densest: HtmlElement | undefined;
  for (const [element, score] of scores) if (!densest || score > (scores.get(densest) ?? 0)) densest = element;
  const densestScore = densest ? (scores.get(densest) ?? 0) : 0;
  const candidates = [...walkElements(root)]
    .filter(isPreferred)
    .map((element) => ({ element, content: paragraphLength(element) }))
    // a semantic element holding under a third of the densest block is a teaser or a shell
    .filter(({ content }) => content > 0 && content >= densestScore / 3)
    .sort((a, b) => rank(a.element) - rank(b.element) || b.content - a.content);
  const best = candidates[0];
  if (best) return { body: best.element, source: describe(best.element) };
  if (densest && densestScore > 0) return { body: densest, source: `densest <p> block (${describe(densest)})` };
  const body = [...walkElements(root)].find((element) => element.name === "body") ?? root;
  return { body, source: "whole <body> (no paragraphs found)" };
}

export function extractHtml(html: string): ExtractedHtml {
  const root = parseHtml(html);
  const { body, source } = chooseBody(root);
  return { text: renderText(body), metadata: readHtmlMetadata(root, body), bodySource: source };
}
