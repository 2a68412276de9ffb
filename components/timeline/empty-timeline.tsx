import type { ActiveFilterChip } from "@/lib/filters";

/** Says which filters matched nothing together and how to widen the search. */
export function EmptyTimeline({ chips }: { chips: ActiveFilterChip[] }) {
  if (chips.length === 0) {
    return (
      <div className="rounded border border-dashed border-line p-6">
        <h2 className="font-semibold">No engagements yet</h2>
        <p className="mt-1 text-sm text-muted">The database holds no engagements. Load the seed corpus with <code>npm run db:reset</code>.</p>
      </div>
    );
  }
  return (
    <div className="rounded border border-dashed border-line p-6">
      <h2 className="font-semibold">No engagement matches all of these filters</h2>
      <p className="mt-1 text-sm text-muted">
        Nothing matched {chips.map((chip) => `${chip.label.toLowerCase()} “${chip.text}”`).join(" and ")}.
      </p>
      <p className="mt-3 text-sm">Try removing one:</p>
      <ul className="mt-1 list-inside list-disc text-sm">
        {chips.map((chip) => (
          <li key={`${chip.param}=${chip.value}`}>
            <a href={chip.removeHref}>
              Without {chip.label.toLowerCase()} “{chip.text}”
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <a href="/">Clear all filters</a> to see every engagement.
      </p>
    </div>
  );
}
