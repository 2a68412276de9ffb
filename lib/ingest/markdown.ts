/**
 * Step 2 (Markdown only): markup removed so the prose reads as plain text. Front matter
 * (`---` YAML at the top) is read for title and date, never kept as text.
 */
import type { SourceMetadata } from "./types";

export interface ExtractedMarkdown {
  text: string;
  metadata: SourceMetadata;
}

const FRONT_MATTER = /^---\r?\n([\s\S]{0,4000}?)\r?\n---\r?\n/;

function frontMatterValue(block: string, key: string): string | null {
  const match = new RegExp(`^${key}:[ \\t]*(.+)$`, "im").exec(block);
  const value = match?.[1]?.trim().replace(/^(["'])(.*)\1$/, "$2");
  return value || null;
}

function stripMarkup(markdown: string): string {
  return markdown
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm, "$1")
    .replace(/^[ \t]{0,3}!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$/gm, "")
    .replace(/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, "")
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, "$1")
    .replace(/\*\*([^*\n]+)\*\*|__([^_\n]+)__/g, "$1$2")
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "")
    .replace(/^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm, "")
    .replace(/\\$/gm, "");
}

export function extractMarkdown(markdown: string): ExtractedMarkdown {
  const front = FRONT_MATTER.exec(markdown);
  const block = front?.[1] ?? "";
  const date = frontMatterValue(block, "date") ?? frontMatterValue(block, "published");
  return {
    text: stripMarkup(front ? markdown.slice(front[0].length) : markdown),
    metadata: {
      title: frontMatterValue(block, "title"),
      publisher: frontMatterValue(block, "publisher") ?? frontMatterValue(block, "source"),
      byline: frontMatterValue(block, "author"),
      published: date ? { value: date, where: "front matter" } : null,
    },
  };
}
