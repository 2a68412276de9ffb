import type { LabelledValue } from "@/lib/queries/view";
import type { OutcomeStatus } from "@/lib/taxonomy/enums";

/** Colour plus a symbol plus the word: the status never depends on colour alone. */
const OUTCOME_STYLES: Record<OutcomeStatus, { symbol: string; className: string }> = {
  agreed: { symbol: "✓", className: "bg-emerald-100 text-emerald-900 ring-emerald-700/30 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-400/40" },
  announced: { symbol: "◆", className: "bg-sky-100 text-sky-900 ring-sky-700/30 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-400/40" },
  proposed: { symbol: "?", className: "bg-violet-100 text-violet-900 ring-violet-700/30 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-400/40" },
  expected: { symbol: "→", className: "bg-stone-100 text-stone-800 ring-stone-600/30 dark:bg-stone-800 dark:text-stone-200 dark:ring-stone-400/40" },
  rejected: { symbol: "✕", className: "bg-rose-100 text-rose-900 ring-rose-700/30 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-400/40" },
  "no-agreement": { symbol: "–", className: "bg-orange-100 text-orange-900 ring-orange-700/30 dark:bg-orange-950 dark:text-orange-200 dark:ring-orange-400/40" },
};

const BADGE = "inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset";

export function OutcomeStatusBadge({ status }: { status: LabelledValue<OutcomeStatus> }) {
  const style = OUTCOME_STYLES[status.value] ?? OUTCOME_STYLES.expected;
  return (
    <span className={`${BADGE} ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {status.label}
    </span>
  );
}

/** Engagements are usually held; only planned and cancelled ones get a badge. */
export function EngagementStatusBadge({ status }: { status: LabelledValue<string> }) {
  if (status.value === "held") return null;
  return <span className={status.value === "cancelled" ? "badge badge-rose" : "badge badge-sky"}>{status.label}</span>;
}
