import type { TextSegment } from "@/lib/queries/search";

/**
 * Search snippets: matched words in <mark>, everything rendered as text (never as HTML). The
 * marks carry no classes: the results list styles them once (MARK_STYLE), not every mark.
 */
export function HighlightedText({ segments }: { segments: TextSegment[] }) {
  return <>{segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text))}</>;
}

/** Classes for an element holding HighlightedText: how its marks look. */
export const MARK_STYLE = "[&_mark]:rounded-sm [&_mark]:bg-mark [&_mark]:px-0.5 [&_mark]:text-mark-ink";
