import { describe, expect, it } from "vitest";
import { paragraphRanges, segmentArticle, type ArticleNode } from "@/lib/queries/segment-article";

/** The nodes as compact text: marks as [id:…], continuation pieces as [id~…]. */
function show(nodes: ArticleNode[]): string {
  return nodes.map((node) => (node.type === "text" ? node.text : `[${node.evidenceId}${node.first ? ":" : "~"}${show(node.children)}]`)).join("");
}

describe("paragraphRanges", () => {
  it("splits on blank lines, keeps single line breaks, skips empty paragraphs", () => {
    const text = "One\nstill one\n\n\nTwo\n \nThree\n\n";
    expect(paragraphRanges(text).map(({ start, end }) => text.slice(start, end))).toEqual(["One\nstill one", "Two", "Three"]);
  });
});

describe("segmentArticle", () => {
  const text = "Biden met Xi in Woodside.";

  it("leaves unmarked text as one text node", () => {
    expect(segmentArticle(text, []).map(show)).toEqual([text]);
  });

  it("nests a span inside another", () => {
    const nodes = segmentArticle(text, [
      { id: 1, start: 0, end: 24 },
      { id: 2, start: 10, end: 12 },
    ]);
    expect(nodes.map(show)).toEqual(["[1:Biden met [2:Xi] in Woodside]."]);
  });

  it("cuts a span that crosses another's end; only the first piece is the anchor", () => {
    const nodes = segmentArticle(text, [
      { id: 1, start: 0, end: 12 },
      { id: 2, start: 6, end: 24 },
    ]);
    expect(nodes.map(show)).toEqual(["[1:Biden [2:met Xi]][2~ in Woodside]."]);
    const pieces = (nodes[0] ?? []).filter((node) => node.type === "mark");
    expect(pieces.map((node) => node.type === "mark" && [node.evidenceId, node.first, node.last])).toEqual([
      [1, true, true],
      [2, false, true],
    ]);
  });

  it("nests identical spans deterministically by id", () => {
    const nodes = segmentArticle(text, [
      { id: 7, start: 0, end: 5 },
      { id: 3, start: 0, end: 5 },
    ]);
    expect(nodes.map(show)).toEqual(["[3:[7:Biden]] met Xi in Woodside."]);
  });

  it("continues a span across a paragraph break", () => {
    const twoParagraphs = "First part.\n\nSecond part.";
    const nodes = segmentArticle(twoParagraphs, [{ id: 1, start: 6, end: 19 }]);
    expect(nodes.map(show)).toEqual(["First [1:part.]", "[1~Second] part."]);
  });

  it("keeps every character of the text exactly once", () => {
    const flatten = (nodes: ArticleNode[]): string => nodes.map((node) => (node.type === "text" ? node.text : flatten(node.children))).join("");
    const spans = [
      { id: 1, start: 0, end: 9 },
      { id: 2, start: 4, end: 16 },
      { id: 3, start: 6, end: 12 },
      { id: 4, start: 10, end: 25 },
    ];
    expect(segmentArticle(text, spans).map(flatten)).toEqual([text]);
  });
});
