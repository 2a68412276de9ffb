/**
 * Turns a DOM subtree into plain text: block elements become blank-line separated
 * paragraphs, <br> and table cells a line break, and elements that never hold article prose
 * (scripts, forms, navigation, figures and their captions) are left out. Character
 * references arrive decoded from the parser.
 */

/** Elements that never hold article prose. */
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "figure", "figcaption",
  "button", "select", "textarea", "input", "label", "svg", "canvas", "iframe", "video", "audio", "object", "embed",
  "dialog", "menu", "head", "title", "meta", "link",
]);

/** Reading a whole page (no article found), the page header is furniture too; inside an article it holds the byline. */
export const SKIPPED_ON_WHOLE_PAGE = new Set([...SKIPPED, "header"]);

const BLOCK = new Set([
  "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
  "li", "main", "ol", "p", "pre", "section", "summary", "table", "tr", "ul", "body", "html", "caption", "header",
]);

/** Cells start a new line inside their row, so "Name" and "Title" columns never run together. */
const CELL = new Set(["td", "th"]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Frame {
  node: Node;
  /** set on the marker frame pushed after a block's children, to close the block */
  closes?: boolean;
  pre: boolean;
}

function nameOf(element: Element): string {
  return element.localName.toLowerCase();
}

/** Renders `root` (itself never skipped) to text; paragraphs separated by blank lines. Iterative: deep pages must not overflow the stack. */
export function renderText(root: Element, skipped: ReadonlySet<string> = SKIPPED): string {
  const paragraphs: string[] = [];
  let line = "";
  const breakParagraph = () => {
    const text = line.trim();
    if (text) paragraphs.push(text);
    line = "";
  };
  const breakLine = () => {
    if (line.trim()) line = `${line.trimEnd()}\n`;
  };
  const pending: Frame[] = [{ node: root, pre: false }];
  while (pending.length > 0) {
    const frame = pending.pop();
    if (!frame) break;
    const { node, pre } = frame;
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? "";
      line += pre ? text : text.replace(/[ \t\n\r\f]+/g, " ");
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions
    const element = node as Element;
    const name = nameOf(element);
    if (frame.closes || name === "hr") {
      breakParagraph();
      continue;
    }
    if (name === "br") {
      line = `${line.trimEnd()}\n`;
      continue;
    }
    if (element !== root && skipped.has(name)) continue;
    if (CELL.has(name)) breakLine();
    if (BLOCK.has(name)) {
      breakParagraph();
      pending.push({ node, closes: true, pre });
    }
    const childPre = pre || name === "pre";
    for (let child = element.lastChild; child !== null; child = child.previousSibling) pending.push({ node: child, pre: childPre });
  }
  breakParagraph();
  return paragraphs.map((paragraph) => paragraph.replace(/ *\n */g, "\n")).join("\n\n");
}
