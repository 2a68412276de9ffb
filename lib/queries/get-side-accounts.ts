import type { OutcomeSide, OutcomeStatus } from "@/lib/taxonomy/enums";
import type { Support, TopicRef } from "./view";

/**
 * "What each side said": the outcomes each side stated, in two columns aligned by topic, and a
 * note where the accounts differ. Derived from the engagement's (visible) outcomes alone.
 */

export interface SideAccountItem extends Support {
  id: number;
  statement: string;
  status: { value: OutcomeStatus; label: string };
}

export interface SideAccountRow {
  topic: TopicRef | null;
  us: SideAccountItem[];
  cn: SideAccountItem[];
  /** null when the two accounts agree (or neither side says anything on the topic) */
  difference: string | null;
}

interface OutcomeInput extends SideAccountItem {
  side: { value: OutcomeSide } | null;
  topic: TopicRef | null;
}

/** Statuses that claim a result: one side stating one where the other is silent is a difference worth showing. */
const CLAIMS_RESULT: ReadonlySet<OutcomeStatus> = new Set(["agreed", "announced"]);

function describeDifference(us: SideAccountItem[], cn: SideAccountItem[]): string | null {
  const usClaims = us.some((item) => CLAIMS_RESULT.has(item.status.value));
  const cnClaims = cn.some((item) => CLAIMS_RESULT.has(item.status.value));
  if (us.length > 0 && cn.length === 0) return usClaims ? "Only the US account reports a result on this topic; the Chinese account does not mention it." : "Only the US account mentions this topic.";
  if (cn.length > 0 && us.length === 0) return cnClaims ? "Only the Chinese account reports a result on this topic; the US account does not mention it." : "Only the Chinese account mentions this topic.";
  const usStatuses = new Set(us.map((item) => item.status.value));
  const cnStatuses = new Set(cn.map((item) => item.status.value));
  const same = usStatuses.size === cnStatuses.size && [...usStatuses].every((status) => cnStatuses.has(status));
  if (same) return null;
  const list = (items: SideAccountItem[]) => [...new Set(items.map((item) => item.status.label.toLowerCase()))].join(", ");
  return `The accounts differ: the US side says ${list(us)}, the Chinese side says ${list(cn)}.`;
}

/** Outcomes stated by both sides count in both columns; outcomes with no side stated are left out. */
export function groupSideAccounts(outcomes: OutcomeInput[]): SideAccountRow[] {
  const rows = new Map<string, SideAccountRow>();
  for (const outcome of outcomes) {
    const side = outcome.side?.value;
    if (side === undefined) continue;
    const key = outcome.topic?.slug ?? "";
    const row = rows.get(key) ?? { topic: outcome.topic, us: [], cn: [], difference: null };
    const item = { id: outcome.id, statement: outcome.statement, status: outcome.status, evidence: outcome.evidence, sourceCount: outcome.sourceCount };
    if (side === "US" || side === "both") row.us.push(item);
    if (side === "CN" || side === "both") row.cn.push(item);
    rows.set(key, row);
  }
  // Topics in name order, outcomes without a topic last.
  return [...rows.values()]
    .sort((a, b) => (a.topic === null ? 1 : b.topic === null ? -1 : a.topic.name.localeCompare(b.topic.name)))
    .map((row) => ({ ...row, difference: describeDifference(row.us, row.cn) }));
}
