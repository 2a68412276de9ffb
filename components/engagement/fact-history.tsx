import type { HistoryEntry } from "@/lib/schemas/desk";
import { fieldLabel } from "@/lib/queries/get-fact-history";
import { format } from "date-fns";

const REVIEW_STATES: Record<string, string> = { extracted: "extracted", reviewed: "reviewed", rejected: "rejected" };

function describe(entry: HistoryEntry): string {
  if (entry.field === "origin") {
    if (entry.to === "rejected") return "Rejected";
    if (entry.to === "reviewed") return "Accepted as reviewed";
    return `Review state changed to ${REVIEW_STATES[entry.to ?? ""] ?? entry.to}`;
  }
  if (entry.field === "merged") return `Merged in: ${entry.from}`;
  if (entry.field === "mergedInto") return `Merged into ${entry.to}`;
  if (entry.field === "splitInto") return `Facts split off into ${entry.to}`;
  if (entry.field === "splitFrom") return `Split off from ${entry.from}`;
  if (entry.field === "engagementId") return "Moved from another engagement";
  return `${fieldLabel(entry.field)} changed from ${entry.from ?? "none"} to ${entry.to ?? "none"}`;
}

/**
 * A fact's history as a disclosure: "Status changed from expected to agreed on 2 December 2026
 * by an editor: confirmed by the official readout". Shows names or roles, never e-mail.
 */
export function FactHistory({ history }: { history: HistoryEntry[] }) {
  if (history.length === 0) return null;
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer text-muted hover:text-ink">History ({history.length} {history.length === 1 ? "change" : "changes"})</summary>
      <ol className="mt-1 space-y-1 border-l-2 border-line pl-3">
        {history.map((entry, index) => (
          <li key={index}>
            {describe(entry)} on <time dateTime={entry.at}>{format(new Date(entry.at), "d MMMM yyyy")}</time> by {entry.by}: {entry.reason}
          </li>
        ))}
      </ol>
    </details>
  );
}
