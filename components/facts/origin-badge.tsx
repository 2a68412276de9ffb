import type { OriginView } from "@/lib/queries/view";
import { percent } from "@/components/format";

/**
 * Marks where a fact comes from. Reviewed facts get a quiet label; extracted ones a dashed,
 * amber badge with the pipeline's confidence, so they are never mistaken for curated facts.
 */
export function OriginBadge({ origin, confidence }: OriginView) {
  if (origin === "reviewed") {
    return (
      <span className="inline-flex items-center gap-1 text-xs text-muted" title="Confirmed by a curator">
        <span aria-hidden="true">✓</span>
        Reviewed
      </span>
    );
  }
  const detail = confidence === null ? "" : ` · ${percent(confidence)}`;
  return (
    <span className="badge-x" title="Proposed by the extraction pipeline, not yet reviewed">
      {`Extracted${detail}`}
    </span>
  );
}
