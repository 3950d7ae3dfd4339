import { tickLabel, valueAxis } from "./value-axis";

/**
 * A small server-rendered bar chart (no chart library, no client JavaScript). The bars and
 * gridlines are SVG, stretched to the container; every text (axis, ticks, values) is HTML placed
 * over it by percentage, because text inside a stretched SVG is squashed to unreadable on a phone.
 * The same numbers are in a visually hidden table for screen readers, so the drawn text is hidden
 * from them.
 */
export interface Bar {
  label: string;
  /** Short label under the bar; omitted bars stay unlabelled to avoid crowding. */
  tick?: string;
  /** A tick that is hidden when the chart is narrow (a phone, or large text), leaving the others room. */
  minorTick?: boolean;
  value: number;
}

/** "1 review", "3 reviews", "40%": units are given in the plural ("reviews", "cards", "students") or as "%". */
function withUnit(value: number, unit: string): string {
  if (unit === "%") return `${value}%`;
  return `${value} ${value === 1 && unit.endsWith("s") ? unit.slice(0, -1) : unit}`;
}

/** Percent of the plot's width or height, for placing HTML over the SVG. */
const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;

export function BarChart({
  title,
  bars,
  unit,
  axisLabel,
  highlightLast = false,
}: {
  title: string;
  bars: Bar[];
  unit: string;
  /** What the value axis measures, shown above it; defaults to the unit ("Reviews", "Percent"). */
  axisLabel?: string;
  highlightLast?: boolean;
}) {
  // The SVG's own units: 100 high so a value's height is its share of the axis in percent.
  const width = 600;
  const height = 100;
  const { top, ticks } = valueAxis(
    bars.map((b) => b.value),
    unit,
  );
  const slot = width / Math.max(bars.length, 1);
  const barWidth = Math.max(2, slot * 0.7);
  const label = axisLabel ?? (unit === "%" ? "Percent" : unit.charAt(0).toUpperCase() + unit.slice(1));
  const labels = ticks.map((t) => tickLabel(t, unit));
  const widest = labels.reduce((a, b) => (b.length > a.length ? b : a), "");
  const bar = bars.map((b, i) => ({ ...b, x: i * slot + (slot - barWidth) / 2, h: (height * Math.max(0, b.value)) / top }));
  return (
    <figure className="chart" aria-label={title}>
      <div className="chart-frame">
        <p className="chart-axis-title" aria-hidden="true" data-testid="chart-axis-title">
          {label}
        </p>
        <div className="chart-y-axis" aria-hidden="true">
          {/* Invisible: gives the column the width of its widest label (the others are placed absolutely). */}
          <span className="chart-y-sizer">{widest}</span>
          {ticks.map((t, i) => (
            <span key={t} className="chart-y-tick" style={{ bottom: pct(t / top) }} data-testid="chart-y-tick">
              {labels[i]}
            </span>
          ))}
        </div>
        <div className="chart-plot">
          <svg
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={`${title}: bar chart (values in the table below)`}
            preserveAspectRatio="none"
          >
            {ticks.map((t) => (
              <line
                key={t}
                x1="0"
                x2={width}
                y1={height - (height * t) / top}
                y2={height - (height * t) / top}
                className={t === 0 ? "chart-axis" : "chart-grid"}
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {bar.map((b, i) => (
              <rect
                key={b.label}
                x={b.x}
                y={height - b.h}
                width={barWidth}
                height={b.h}
                className={highlightLast && i === bars.length - 1 ? "chart-bar chart-bar-now" : "chart-bar"}
              >
                <title>{`${b.label}: ${withUnit(b.value, unit)}`}</title>
              </rect>
            ))}
          </svg>
          {bars.length <= 16 &&
            bar.map(
              (b) =>
                b.value > 0 && (
                  <span
                    key={b.label}
                    className="chart-value"
                    aria-hidden="true"
                    style={{ left: pct((b.x + barWidth / 2) / width), bottom: pct(b.h / height) }}
                  >
                    {b.value}
                  </span>
                ),
            )}
        </div>
        <div className="chart-x-axis" aria-hidden="true">
          {bar.map((b, i) => {
            if (!b.tick) return null;
            // Ticks of the two bars at each end line up with their bar's outer edge instead of
            // running off the plot (into the y labels, or past the card's edge).
            const edge = i === bars.length - 1 ? "end" : i < 2 ? "start" : i >= bars.length - 2 ? "end" : "middle";
            const x = edge === "start" ? b.x : edge === "end" ? b.x + barWidth : b.x + barWidth / 2;
            return (
              <span
                key={b.label}
                className={`chart-x-tick chart-x-tick-${edge}${b.minorTick ? " chart-x-tick-minor" : ""}`}
                style={{ left: pct(x / width) }}
                data-testid="chart-x-tick"
              >
                {b.tick}
              </span>
            );
          })}
        </div>
      </div>
      {/* Hidden by a wrapper: a table ignores the 1px width and overflow of .visually-hidden
          itself, and stretched the page sideways on phones. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                <td>{withUnit(b.value, unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
