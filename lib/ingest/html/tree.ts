/**
 * Builds an element tree from tokens with the few HTML repair rules that matter for news
 * pages: void elements, paragraphs and list items closed implicitly, stray end tags ignored.
 */
import { tokenizeHtml } from "./tokenize";

export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/** Start tags that close an open <p>, as in the HTML parsing rules. */
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer",
  "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul",
]);

/** For elements closed by a sibling of the same kind: the ancestors that bound the search. */
const SIBLING_SCOPE: Record<string, Set<string>> = {
  li: new Set(["ul", "ol", "menu"]),
  dt: new Set(["dl"]),
  dd: new Set(["dl"]),
  option: new Set(["select", "datalist"]),
  tr: new Set(["table", "tbody", "thead", "tfoot"]),
  td: new Set(["tr", "table"]),
  th: new Set(["tr", "table"]),
};
const SAME_KIND: Record<string, string[]> = { dt: ["dt", "dd"], dd: ["dt", "dd"], td: ["td", "th"], th: ["td", "th"] };

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== "string";
}

/** Pops the stack down to (and including) the innermost element named `names`, if it sits above any `scope` element. */
function closeInnermost(stack: HtmlElement[], names: string[], scope: Set<string>): void {
  for (let i = stack.length - 1; i > 0; i--) {
    const name = stack[i]?.name ?? "";
    if (names.includes(name)) {
      stack.length = i;
      return;
    }
    if (scope.has(name)) return;
  }
}

function closeImplied(stack: HtmlElement[], name: string): void {
  if (CLOSES_P.has(name)) closeInnermost(stack, ["p"], new Set(["button", "table", "td", "th"]));
  const scope = SIBLING_SCOPE[name];
  if (scope) closeInnermost(stack, SAME_KIND[name] ?? [name], scope);
}

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: "#root", attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const token of tokenizeHtml(html)) {
    const current = stack[stack.length - 1] ?? root;
    if (token.type === "text") {
      current.children.push(token.text);
    } else if (token.type === "start") {
      closeImplied(stack, token.name);
      const element: HtmlElement = { name: token.name, attrs: token.attrs, children: [] };
      (stack[stack.length - 1] ?? root).children.push(element);
      if (!VOID.has(token.name) && !token.selfClosing) stack.push(element);
    } else if (token.name === "br") {
      current.children.push({ name: "br", attrs: {}, children: [] });
    } else {
      const open = stack.findLastIndex((element, i) => i > 0 && element.name === token.name);
      if (open > 0) stack.length = open;
    }
  }
  return root;
}

/** Every element under `root`, depth first, without recursion (deep pages must not overflow the stack). */
export function* walkElements(root: HtmlElement): Generator<HtmlElement> {
  const pending: HtmlElement[] = [root];
  while (pending.length > 0) {
    const element = pending.pop();
    if (!element) break;
    yield element;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i];
      if (child !== undefined && isElement(child)) pending.push(child);
    }
  }
}

/** The text under an element with whitespace collapsed (no block structure). */
export function textOf(element: HtmlElement): string {
  const parts: string[] = [];
  const pending: HtmlNode[] = [element];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === undefined) break;
    if (!isElement(node)) parts.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i] ?? "");
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}
