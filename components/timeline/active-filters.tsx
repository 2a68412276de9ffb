import type { ActiveFilterChip } from "@/lib/filters";

/** The filters in force, each a chip whose link removes just that value. */
export function ActiveFilters({ chips }: { chips: ActiveFilterChip[] }) {
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <h2 className="text-sm font-medium text-muted">Filtered by</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={`${chip.param}=${chip.value}`}>
            <a
              href={chip.removeHref}
              className="inline-flex items-center gap-1.5 rounded-full border border-accent/60 bg-surface px-2.5 py-0.5 text-ink no-underline hover:bg-accent/10"
            >
              <span className="text-muted">{chip.label}:</span> {chip.text}
              <span aria-hidden="true" className="text-muted">
                ✕
              </span>
              <span className="sr-only">(remove this filter)</span>
            </a>
          </li>
        ))}
      </ul>
      <a href="/" className="text-sm">
        Clear all
      </a>
    </div>
  );
}
