import type { TextSegment } from "@/lib/queries/search";

/** Search snippets: matched words in <mark>, everything rendered as text (never as HTML). */
export function HighlightedText({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-mark px-0.5 text-mark-ink">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
