/**
 * A small server-rendered SVG bar chart (no chart library, no client JavaScript). It scales to
 * its container; the same numbers are in a visually hidden table for screen readers.
 */
export interface Bar {
  label: string;
  /** Short label under the bar; omitted bars stay unlabelled to avoid crowding. */
  tick?: string;
  value: number;
}

/** "1 review", "3 reviews", "40%": units are given in the plural ("reviews", "cards", "students") or as "%". */
function withUnit(value: number, unit: string): string {
  if (unit === "%") return `${value}%`;
  return `${value} ${value === 1 && unit.endsWith("s") ? unit.slice(0, -1) : unit}`;
}

export function BarChart({
  title,
  bars,
  unit,
  highlightLast = false,
}: {
  title: string;
  bars: Bar[];
  unit: string;
  highlightLast?: boolean;
}) {
  const width = 600;
  const height = 160;
  const bottom = 22;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = width / Math.max(bars.length, 1);
  const barWidth = Math.max(2, slot * 0.7);
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${title}: bar chart (values in the table below)`}
        preserveAspectRatio="none"
      >
        <line x1="0" x2={width} y1={height - bottom} y2={height - bottom} className="chart-axis" />
        {bars.map((bar, i) => {
          const h = ((height - bottom - 14) * bar.value) / max;
          const x = i * slot + (slot - barWidth) / 2;
          return (
            <g key={bar.label}>
              <rect
                x={x}
                y={height - bottom - h}
                width={barWidth}
                height={h}
                className={highlightLast && i === bars.length - 1 ? "chart-bar chart-bar-now" : "chart-bar"}
              >
                <title>{`${bar.label}: ${withUnit(bar.value, unit)}`}</title>
              </rect>
              {bar.value > 0 && bars.length <= 16 && (
                <text x={x + barWidth / 2} y={height - bottom - h - 3} className="chart-value" textAnchor="middle">
                  {bar.value}
                </text>
              )}
              {bar.tick && (
                // The last tick ends at the right edge instead of being cut in half by it.
                <text
                  x={i === bars.length - 1 ? x + barWidth : x + barWidth / 2}
                  y={height - 6}
                  className="chart-tick"
                  textAnchor={i === bars.length - 1 ? "end" : "middle"}
                >
                  {bar.tick}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {/* Hidden by a wrapper: a table ignores the 1px width and overflow of .visually-hidden
          itself, and stretched the page sideways on phones. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{withUnit(bar.value, unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
