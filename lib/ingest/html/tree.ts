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

/**
 * The stack of open elements, with a count per tag name so "is a <p> open?" and "is this end
 * tag open at all?" cost nothing: without it, deep or sloppy pages make parsing quadratic.
 */
class OpenElements {
  readonly stack: HtmlElement[];
  private readonly counts = new Map<string, number>();

  constructor(private readonly root: HtmlElement) {
    this.stack = [root];
  }

  get current(): HtmlElement {
    return this.stack[this.stack.length - 1] ?? this.root;
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  push(element: HtmlElement): void {
    this.stack.push(element);
    this.counts.set(element.name, (this.counts.get(element.name) ?? 0) + 1);
  }

  /** Closes every element from `index` up. */
  truncate(index: number): void {
    for (let i = this.stack.length - 1; i >= index && i > 0; i--) {
      const name = this.stack[i]?.name ?? "";
      this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    }
    this.stack.length = Math.max(1, index);
  }

  /** Closes the innermost element named in `names`, if it sits above every `scope` element. */
  closeInnermost(names: readonly string[], scope: ReadonlySet<string>): void {
    if (!names.some((name) => this.has(name))) return;
    for (let i = this.stack.length - 1; i > 0; i--) {
      const name = this.stack[i]?.name ?? "";
      if (names.includes(name)) return this.truncate(i);
      if (scope.has(name)) return;
    }
  }

  close(name: string): void {
    if (!this.has(name)) return; // a stray end tag
    for (let i = this.stack.length - 1; i > 0; i--) if (this.stack[i]?.name === name) return this.truncate(i);
  }
}

const P_SCOPE = new Set(["button", "table", "td", "th"]);

function closeImplied(open: OpenElements, name: string): void {
  if (CLOSES_P.has(name)) open.closeInnermost(["p"], P_SCOPE);
  const scope = SIBLING_SCOPE[name];
  if (scope) open.closeInnermost(SAME_KIND[name] ?? [name], scope);
}

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: "#root", attrs: {}, children: [] };
  const open = new OpenElements(root);
  for (const token of tokenizeHtml(html)) {
    if (token.type === "text") {
      open.current.children.push(token.text);
    } else if (token.type === "start") {
      closeImplied(open, token.name);
      const element: HtmlElement = { name: token.name, attrs: token.attrs, children: [] };
      open.current.children.push(element);
      if (!VOID.has(token.name) && !token.selfClosing) open.push(element);
    } else if (token.name === "br") {
      open.current.children.push({ name: "br", attrs: {}, children: [] });
    } else {
      open.close(token.name);
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
