/**
 * A small, forgiving HTML tokenizer: start tags with attributes, end tags and text. Comments,
 * doctypes and processing instructions are skipped. Every step moves forward with indexOf or
 * a sticky regex, so the pass is linear in the input.
 */

export type HtmlToken =
  | { type: "start"; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: "end"; name: string }
  | { type: "text"; text: string };

/** Elements whose content is text up to their own end tag, never markup. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "noscript", "xmp", "iframe", "noembed", "noframes", "plaintext"]);

const TAG_NAME = /[A-Za-z][A-Za-z0-9:-]*/y;
const ATTR_NAME = /[^\s"'>/=]+/y;
const UNQUOTED_VALUE = /[^\s>]*/y;
const WHITESPACE = /\s*/y;

function matchAt(pattern: RegExp, html: string, at: number): string {
  pattern.lastIndex = at;
  return pattern.exec(html)?.[0] ?? "";
}

/** Index just past the next `>` at or after `at` (or the end of the input). */
function pastNext(html: string, needle: string, at: number): number {
  const found = html.indexOf(needle, at);
  return found === -1 ? html.length : found + needle.length;
}

interface ParsedTag {
  /** null for comments, doctypes and processing instructions, which carry no content */
  token: HtmlToken | null;
  end: number;
}

function readAttributes(html: string, at: number): { attrs: Record<string, string>; selfClosing: boolean; end: number } {
  const attrs: Record<string, string> = {};
  let pos = at;
  while (pos < html.length) {
    pos += matchAt(WHITESPACE, html, pos).length;
    const char = html[pos];
    if (char === ">") return { attrs, selfClosing: false, end: pos + 1 };
    if (char === "/") {
      if (html[pos + 1] === ">") return { attrs, selfClosing: true, end: pos + 2 };
      pos += 1;
      continue;
    }
    const name = matchAt(ATTR_NAME, html, pos);
    if (!name) {
      pos += 1; // a stray quote or `=`: skip it rather than stall
      continue;
    }
    pos += name.length;
    pos += matchAt(WHITESPACE, html, pos).length;
    let value = "";
    if (html[pos] === "=") {
      pos += 1;
      pos += matchAt(WHITESPACE, html, pos).length;
      const quote = html[pos];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, pos + 1);
        const stop = close === -1 ? html.length : close;
        value = html.slice(pos + 1, stop);
        pos = stop + 1;
      } else {
        value = matchAt(UNQUOTED_VALUE, html, pos);
        pos += value.length;
      }
    }
    const key = name.toLowerCase();
    if (!(key in attrs)) attrs[key] = value;
  }
  return { attrs, selfClosing: false, end: html.length };
}

/** Reads the markup starting at `<`; null when the `<` is just text. */
function readTag(html: string, at: number): ParsedTag | null {
  const next = html[at + 1];
  if (next === "!" || next === "?") {
    const end = html.startsWith("<!--", at) ? pastNext(html, "-->", at + 4) : pastNext(html, ">", at);
    return { token: null, end };
  }
  const closing = next === "/";
  const name = matchAt(TAG_NAME, html, at + (closing ? 2 : 1));
  if (!name) return null;
  const afterName = at + (closing ? 2 : 1) + name.length;
  if (closing) return { token: { type: "end", name: name.toLowerCase() }, end: pastNext(html, ">", afterName) };
  const { attrs, selfClosing, end } = readAttributes(html, afterName);
  return { token: { type: "start", name: name.toLowerCase(), attrs, selfClosing }, end };
}

/** The end of raw text content: the start of `</name`, or the end of the input. */
function rawTextEnd(html: string, name: string, at: number): number {
  const closer = new RegExp(`</${name}(?=[\\s/>])`, "gi");
  closer.lastIndex = at;
  return closer.exec(html)?.index ?? html.length;
}

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf("<", pos);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > pos) tokens.push({ type: "text", text: html.slice(pos, textEnd) });
    if (lt === -1) break;
    const tag = readTag(html, lt);
    if (!tag) {
      tokens.push({ type: "text", text: "<" });
      pos = lt + 1;
      continue;
    }
    if (tag.token) tokens.push(tag.token);
    pos = tag.end;
    if (tag.token?.type === "start" && RAW_TEXT.has(tag.token.name) && !tag.token.selfClosing) {
      const end = rawTextEnd(html, tag.token.name, pos);
      if (end > pos) tokens.push({ type: "text", text: html.slice(pos, end) });
      pos = end;
    }
  }
  return tokens;
}
