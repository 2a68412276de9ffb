/**
 * Turns an element tree into plain text: block elements become blank-line separated
 * paragraphs, <br> a line break, and page furniture (navigation, asides, captions, forms,
 * share and related widgets) is left out.
 */
import { decodeEntities } from "./entities";
import { isElement, type HtmlElement } from "./tree";

/** Elements that never hold article prose. */
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "figure", "figcaption",
  "button", "select", "textarea", "input", "label", "svg", "canvas", "iframe", "video", "audio", "object", "embed",
  "dialog", "menu", "head", "title", "meta", "link",
]);

const BLOCK = new Set([
  "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
  "li", "main", "ol", "p", "pre", "section", "summary", "table", "tr", "ul", "body", "html", "caption",
]);

/** class/id words that mark widgets inside an article body (matched as whole words of the attribute). */
const WIDGET_WORDS = new Set([
  "share", "sharing", "social", "related", "recirculation", "recirc", "newsletter", "comments", "comment", "advert",
  "advertisement", "ad", "ads", "promo", "subscribe", "sidebar", "outbrain", "taboola", "cookie", "popup", "modal", "caption",
]);

export function isWidget(element: HtmlElement): boolean {
  if ("hidden" in element.attrs || element.attrs["aria-hidden"] === "true") return true;
  const words = `${element.attrs.class ?? ""} ${element.attrs.id ?? ""}`.toLowerCase().split(/[^a-z]+/);
  return words.some((word) => WIDGET_WORDS.has(word));
}

export function isSkipped(element: HtmlElement): boolean {
  return SKIPPED.has(element.name) || isWidget(element);
}

interface Frame {
  node: HtmlElement | string;
  /** set on the marker frame pushed after a block's children, to close the block */
  closes?: boolean;
  pre: boolean;
}

/** Renders `root` (itself never skipped) to text; paragraphs separated by blank lines. */
export function renderText(root: HtmlElement): string {
  const paragraphs: string[] = [];
  let line = "";
  const breakParagraph = () => {
    const text = line.trim();
    if (text) paragraphs.push(text);
    line = "";
  };
  const pending: Frame[] = [{ node: root, pre: false }];
  while (pending.length > 0) {
    const frame = pending.pop();
    if (!frame) break;
    const { node, pre } = frame;
    if (!isElement(node)) {
      const text = decodeEntities(node);
      line += pre ? text : text.replace(/[ \t\n\r\f]+/g, " ");
      continue;
    }
    if (frame.closes || node.name === "hr") {
      breakParagraph();
      continue;
    }
    if (node.name === "br") {
      line = `${line.trimEnd()}\n`;
      continue;
    }
    if (node !== root && isSkipped(node)) continue;
    const block = BLOCK.has(node.name);
    if (block) {
      breakParagraph();
      pending.push({ node, closes: true, pre });
    }
    const childPre = pre || node.name === "pre";
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child !== undefined) pending.push({ node: child, pre: childPre });
    }
  }
  breakParagraph();
  return paragraphs.map((paragraph) => paragraph.replace(/ *\n */g, "\n")).join("\n\n");
}
