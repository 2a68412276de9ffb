import type { EngagementKey } from "@/lib/queries/engagement-keyset";
import { encodeEngagementKey } from "@/lib/schemas/filters";

const FIELD = "rounded border border-line bg-surface px-2 py-1 text-sm text-ink";

/** `path?query&name=value`, keeping the filters' query string. */
function withParam(path: string, query: string, name: string, value: string): string {
  const params = new URLSearchParams(query);
  params.set(name, value);
  return `${path}?${params.toString()}`;
}

export interface PageNavProps {
  /** the page's path, e.g. "/" or "/topics/fentanyl" */
  path: string;
  /** the filters as a query string ("" or "?topic=…"), kept by every link and the year form */
  query: string;
  older: EngagementKey | null;
  newer: EngagementKey | null;
  years: string[];
  hasUndated: boolean;
  /** what the page lists, for the accessible names ("engagements") */
  noun: string;
  /** id of the list the links move through, so the next page opens at it */
  anchor: string;
  /** where the nav sits (above or below the list): keeps element ids unique when both are shown */
  placement: "top" | "bottom";
}

/**
 * Older/newer links and a jump to any year: plain links and a GET form, so paging works the
 * same without JavaScript and every page has a shareable URL.
 */
export function PageNav({ path, query, older, newer, years, hasUndated, noun, anchor, placement }: PageNavProps) {
  if (older === null && newer === null && years.length <= 1 && !hasUndated) return null;
  const hidden = [...new URLSearchParams(query)];
  return (
    <nav aria-label={`Pages of ${noun}${placement === "bottom" ? " (end of list)" : ""}`} className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      {older ? (
        <a rel="prev" href={`${withParam(path, query, "before", encodeEngagementKey(older))}#${anchor}`}>
          ← Older {noun}
        </a>
      ) : (
        <span className="text-muted">No older {noun}</span>
      )}
      {newer ? (
        <a rel="next" href={`${withParam(path, query, "after", encodeEngagementKey(newer))}#${anchor}`}>
          Newer {noun} →
        </a>
      ) : (
        <span className="text-muted">No newer {noun}</span>
      )}
      {/* the year jump once, above the list: below it, older/newer links suffice */}
      {placement === "top" && (years.length > 1 || hasUndated) ? (
        <form method="get" action={path} className="flex items-center gap-2">
          {hidden.map(([name, value], index) => (
            <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
          ))}
          <label htmlFor={`jump-${anchor}-${placement}`}>Jump to</label>
          <select id={`jump-${anchor}-${placement}`} name="year" className={FIELD} defaultValue={years[0]}>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
            {hasUndated ? <option value="undated">Undated</option> : null}
          </select>
          <button type="submit" className="rounded border border-line px-3 py-1 font-medium">
            Go
          </button>
        </form>
      ) : null}
    </nav>
  );
}
