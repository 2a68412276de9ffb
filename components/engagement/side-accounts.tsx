import type { SideAccountItem, SideAccountRow } from "@/lib/queries/get-side-accounts";
import { EvidenceList } from "@/components/facts/evidence";
import { OutcomeStatusBadge } from "@/components/facts/status-badge";

function Column({ items, side }: { items: SideAccountItem[]; side: string }) {
  if (items.length === 0) return <p className="text-sm text-muted">The {side} account says nothing on this.</p>;
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.id}>
          <p className="flex flex-wrap items-start gap-2">
            <OutcomeStatusBadge status={item.status} />
            <span>{item.statement}</span>
          </p>
          <EvidenceList support={item} open={false} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The two sides' accounts in two columns, one row per topic, with a note where they differ.
 * A table in markup terms, so screen readers announce which side each cell belongs to.
 */
export function SideAccounts({ rows }: { rows: SideAccountRow[] }) {
  if (rows.length === 0) return <p className="text-muted">No statement or outcome is attributed to either side for this engagement.</p>;
  return (
    <table className="w-full table-fixed border-collapse text-left align-top">
      <caption className="sr-only">Statements and outcomes by side, aligned by topic</caption>
      <thead>
        <tr className="border-b border-line text-sm">
          <th scope="col" className="w-1/5 py-2 pr-3">Topic</th>
          <th scope="col" className="py-2 pr-3">US side</th>
          <th scope="col" className="py-2">Chinese side</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.topic?.slug ?? "none"} className="border-b border-line align-top">
            <th scope="row" className="py-3 pr-3 text-sm font-semibold">
              {row.topic?.name ?? "Other"}
              {row.difference ? <p className="mt-1 text-xs font-normal text-amber-900 dark:text-amber-200">{row.difference}</p> : null}
            </th>
            <td className="py-3 pr-3"><Column items={row.us} side="US" /></td>
            <td className="py-3"><Column items={row.cn} side="Chinese" /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
