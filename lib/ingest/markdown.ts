/**
 * Step 2 (Markdown only): the prose as plain text, parsed by markdown-it (CommonMark, linear
 * on adversarial input): emphasis, code, heading and list markers, link and image syntax go,
 * the words stay. Each block becomes a paragraph; a line break inside a paragraph is kept.
 * Front matter (`---` YAML at the top) is read for title and date, never kept as text.
 */
import MarkdownIt, { type Token } from "markdown-it";
import { htmlFragmentText } from "./html/extract";
import type { SourceMetadata } from "./types";

export interface ExtractedMarkdown {
  text: string;
  metadata: SourceMetadata;
}

const FRONT_MATTER = /^---\r?\n([\s\S]{0,4000}?)\r?\n---\r?\n/;

/** typographer off: quotes and dashes stay as written, since curated quotes match them verbatim. */
const parser = new MarkdownIt({ html: true, linkify: false, typographer: false });

function frontMatterValue(block: string, key: string): string | null {
  const match = new RegExp(`^${key}:[ \\t]*(.+)$`, "im").exec(block);
  const value = match?.[1]?.trim().replace(/^(["'])(.*)\1$/, "$2");
  return value || null;
}

/** The words of an inline run: text and code kept, markup dropped, images left out entirely. */
function inlineText(children: readonly Token[]): string {
  let text = "";
  for (const token of children) {
    if (token.type === "image") continue; // an image's alt text is its children, never visited here
    if (token.type === "softbreak" || token.type === "hardbreak") text += "\n";
    else if (token.type === "text" || token.type === "text_special" || token.type === "code_inline") text += token.content;
  }
  return text;
}

function blocksOf(tokens: readonly Token[]): string[] {
  const blocks: string[] = [];
  for (const token of tokens) {
    if (token.type === "inline") blocks.push(inlineText(token.children ?? []));
    else if (token.type === "fence" || token.type === "code_block") blocks.push(token.content);
    else if (token.type === "html_block") blocks.push(htmlFragmentText(token.content));
  }
  return blocks.map((block) => block.replace(/[ \t]*\n[ \t]*/g, "\n").trim()).filter((block) => block !== "");
}

export function extractMarkdown(markdown: string): ExtractedMarkdown {
  const front = FRONT_MATTER.exec(markdown);
  const block = front?.[1] ?? "";
  const date = frontMatterValue(block, "date") ?? frontMatterValue(block, "published");
  const body = front ? markdown.slice(front[0].length) : markdown;
  return {
    text: blocksOf(parser.parse(body, {})).join("\n\n"),
    metadata: {
      title: frontMatterValue(block, "title"),
      publisher: frontMatterValue(block, "publisher") ?? frontMatterValue(block, "source"),
      byline: frontMatterValue(block, "author"),
      published: date ? { value: date, where: "front matter" } : null,
    },
  };
}
