import { format, useTemplateStrings } from './deps';
import type { ChartData } from './data';
import { clip, color, ticks } from './data';
import { useRoving } from './useRoving';

const W = 320;
const H = 200;
const LEFT = 40;
const TOP = 8;
const RIGHT = W - 12;
const BOTTOM = H - 24;

/** One line per series over the `X_axis` categories; a missing value breaks the line. */
export function LineChart({ data, locale }: { data: ChartData; locale: string }) {
  const t = useTemplateStrings();
  const { categories, series } = data;
  const n = categories.length;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const scale = ticks(Math.min(0, ...values), Math.max(0, ...values));
  const lo = scale[0] ?? 0;
  const hi = scale[scale.length - 1] ?? 1;
  const x = (c: number) => (n <= 1 ? (LEFT + RIGHT) / 2 : LEFT + (c * (RIGHT - LEFT)) / (n - 1));
  const y = (v: number) => BOTTOM - ((v - lo) / (hi - lo)) * (BOTTOM - TOP);
  const points = series.flatMap((s, k) =>
    s.values.flatMap((v, c) =>
      v === null ? [] : [{ k, cx: x(c), cy: y(v), label: format(t.chartPoint, { series: s.name, label: categories[c] ?? '', value: s.shown[c] ?? '' }) }],
    ),
  );
  const { point, shown } = useRoving(points.length);
  if (points.length === 0) return null;
  const number = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const every = Math.ceil(n / 6);
  const path = (vals: (number | null)[]) =>
    vals.map((v, c) => (v === null ? '' : `${c === 0 || vals[c - 1] === null ? 'M' : 'L'}${x(c).toFixed(1)} ${y(v).toFixed(1)}`)).join('');
  return (
    <>
      <svg className="xo-chart-svg" direction="ltr" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={data.title}>
        <g aria-hidden="true" className="xo-chart-axis">
          {scale.map((v, i) => (
            <g key={`v${i}`}>
              <line x1={LEFT} x2={RIGHT} y1={y(v)} y2={y(v)} className="xo-chart-grid" />
              <text x={LEFT - 4} y={y(v) + 3} textAnchor="end">{number.format(v)}</text>
            </g>
          ))}
          {categories.map((category, c) =>
            c % every === 0 ? (
              <text key={`c${c}`} x={x(c)} y={H - 8} textAnchor="middle">{clip(category, 10)}</text>
            ) : null,
          )}
          {series.map((s, k) => (
            <path key={k} d={path(s.values)} style={{ fill: 'none', stroke: color(k), strokeWidth: 2 }} />
          ))}
        </g>
        {points.map((p, i) => (
          <circle key={i} {...point(i)} cx={p.cx} cy={p.cy} r={4} style={{ fill: color(p.k) }} aria-label={p.label} />
        ))}
      </svg>
      <p className="xo-tpl-hint" aria-hidden="true">
        {shown === null ? '\u00a0' : points[shown]?.label}
      </p>
    </>
  );
}
