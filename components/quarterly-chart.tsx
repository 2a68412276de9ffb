/**
 * Engagements per quarter as a server-rendered SVG bar chart. The bars are decoration for
 * sighted readers; the numbers are in a table that follows, one row a year, open on demand.
 * Decades of quarters stay a few kilobytes: every bar is one segment of a single path, and
 * each element is sent twice (the HTML and the React payload).
 */

export interface QuarterBar {
  key: string;
  label: string;
  year: number;
  quarter: number;
  count: number;
}

const BAR = 14;
const GAP = 4;
const CHART_HEIGHT = 100;
const AXIS = 18;
/** Largest drawing scale (CSS px per unit): a short run of quarters stays a compact chart, not a poster. */
const MAX_SCALE = 1.6;
const QUARTERS = [1, 2, 3, 4] as const;

export function QuarterlyChart({ quarters, title }: { quarters: QuarterBar[]; title: string }) {
  if (quarters.length === 0) return <p className="text-sm text-muted">No dated engagements to chart.</p>;
  const max = Math.max(...quarters.map((quarter) => quarter.count));
  const width = quarters.length * (BAR + GAP) + GAP;
  const titleId = `quarterly-chart-${quarters[0]!.key}-${quarters.length}`;
  const xOf = (index: number) => GAP + index * (BAR + GAP);
  const bars = quarters
    .map((quarter, index) => {
      const height = max === 0 ? 0 : Math.max(quarter.count > 0 ? 2 : 0, Math.round((quarter.count / max) * (CHART_HEIGHT - 12)));
      return height === 0 ? "" : `M${xOf(index)} ${CHART_HEIGHT}v-${height}h${BAR}v${height}z`;
    })
    .join("");
  const years = [...new Set(quarters.map((quarter) => quarter.year))];
  const countOf = new Map(quarters.map((quarter) => [`${quarter.year}-${quarter.quarter}`, quarter.count]));
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${CHART_HEIGHT + AXIS}`}
        className="h-auto w-full"
        style={{ maxWidth: `${Math.round(width * MAX_SCALE)}px` }}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{`${title}, highest ${max} (the numbers are in the table that follows)`}</title>
        <line x1={0} x2={width} y1={CHART_HEIGHT} y2={CHART_HEIGHT} className="stroke-line" strokeWidth={1} />
        <path d={bars} className="fill-accent" />
        <g className="fill-muted text-[8px]">
          {quarters.map((quarter, index) =>
            quarter.quarter === 1 || index === 0 ? (
              <text key={quarter.key} x={xOf(index)} y={CHART_HEIGHT + 12}>
                {quarter.year}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      <figcaption className="mt-1 text-sm text-muted">{title}</figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-muted">The numbers, per quarter</summary>
        <table className="mt-2 text-right tabular-nums">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {QUARTERS.map((quarter) => (
                <th key={quarter} scope="col" className="px-2">{`Q${quarter}`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {QUARTERS.map((quarter) => (
                  <td key={quarter} className="px-2">{countOf.get(`${year}-${quarter}`) ?? "–"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
