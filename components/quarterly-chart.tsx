/**
 * Engagements per quarter as a server-rendered SVG bar chart. The bars are decoration for
 * sighted readers; the same numbers are in a visually hidden table for everyone else.
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

export function QuarterlyChart({ quarters, title }: { quarters: QuarterBar[]; title: string }) {
  if (quarters.length === 0) return <p className="text-sm text-muted">No dated engagements to chart.</p>;
  const max = Math.max(...quarters.map((quarter) => quarter.count));
  const width = quarters.length * (BAR + GAP) + GAP;
  const titleId = `quarterly-chart-${quarters[0]!.key}-${quarters.length}`;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${CHART_HEIGHT + AXIS}`}
        className="h-auto w-full"
        style={{ maxWidth: `${Math.round(width * MAX_SCALE)}px` }}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{`${title} (the numbers are in the table that follows)`}</title>
        <line x1={0} x2={width} y1={CHART_HEIGHT} y2={CHART_HEIGHT} className="stroke-line" strokeWidth={1} />
        {quarters.map((quarter, index) => {
          const height = max === 0 ? 0 : Math.max(quarter.count > 0 ? 2 : 0, (quarter.count / max) * (CHART_HEIGHT - 12));
          const x = GAP + index * (BAR + GAP);
          return (
            <g key={quarter.key}>
              <rect x={x} y={CHART_HEIGHT - height} width={BAR} height={height} className="fill-accent" />
              {quarter.count > 0 ? (
                <text x={x + BAR / 2} y={CHART_HEIGHT - height - 2} textAnchor="middle" className="fill-ink text-[8px]">
                  {quarter.count}
                </text>
              ) : null}
              {quarter.quarter === 1 || index === 0 ? (
                <text x={x} y={CHART_HEIGHT + 12} className="fill-muted text-[8px]">
                  {quarter.year}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-muted">{title}</figcaption>
      {/* sr-only on a wrapper: a table does not shrink below its content, so it would widen the page */}
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Engagements</th>
            </tr>
          </thead>
          <tbody>
            {quarters.map((quarter) => (
              <tr key={quarter.key}>
                <th scope="row">{quarter.label}</th>
                <td>{quarter.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
