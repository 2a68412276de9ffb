/**
 * Turns an article's text and its evidence spans into paragraphs of nested nodes ready to
 * render: spans that nest become nested marks; a span that crosses the end of another (or a
 * paragraph break) is cut into pieces, only the first of which carries the anchor.
 */

export interface Span {
  id: number;
  start: number;
  end: number;
}

export type ArticleNode =
  | { type: "text"; text: string }
  | {
      type: "mark";
      evidenceId: number;
      /** the piece where the span begins (carries the anchor id) */
      first: boolean;
      /** the piece where the span ends (carries the visible tag) */
      last: boolean;
      children: ArticleNode[];
    };

interface Piece extends Span {
  first: boolean;
  last: boolean;
}

/** Paragraphs are separated by blank lines; single line breaks stay inside a paragraph. */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const separator = /\n[ \t\r]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((range) => text.slice(range.start, range.end).trim() !== "");
}

export function segmentArticle(text: string, spans: Span[]): ArticleNode[][] {
  return paragraphRanges(text).map(({ start, end }) => {
    const pieces = spans
      .filter((span) => span.start < end && span.end > start && span.end > span.start)
      .map((span) => ({
        id: span.id,
        start: Math.max(span.start, start),
        end: Math.min(span.end, end),
        first: span.start >= start,
        last: span.end <= end,
      }));
    return nest(text, start, end, pieces);
  });
}

/** Outer spans first: earlier start, then longer, then lower id (deterministic). */
function byNesting(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}

function nest(text: string, from: number, to: number, pieces: Piece[]): ArticleNode[] {
  const nodes: ArticleNode[] = [];
  let cursor = from;
  let pending = [...pieces].sort(byNesting);
  for (let outer = pending.shift(); outer !== undefined; outer = pending.shift()) {
    if (outer.start > cursor) nodes.push({ type: "text", text: text.slice(cursor, outer.start) });
    const inside: Piece[] = [];
    const after: Piece[] = [];
    for (const piece of pending) {
      if (piece.start >= outer.end) after.push(piece);
      else if (piece.end <= outer.end) inside.push(piece);
      else {
        inside.push({ ...piece, end: outer.end, last: false });
        after.push({ ...piece, start: outer.end, first: false });
      }
    }
    nodes.push({
      type: "mark",
      evidenceId: outer.id,
      first: outer.first,
      last: outer.last,
      children: nest(text, outer.start, outer.end, inside),
    });
    cursor = outer.end;
    pending = after.sort(byNesting);
  }
  if (cursor < to) nodes.push({ type: "text", text: text.slice(cursor, to) });
  return nodes;
}
