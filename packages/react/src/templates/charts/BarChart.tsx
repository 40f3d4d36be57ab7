import type { ReactNode } from 'react';
import { format, useTemplateStrings } from './deps';
import type { ChartData } from './data';
import { clip, color, ticks } from './data';
import { useRoving } from './useRoving';

const W = 320;
const H = 200;

interface Bar {
  x: number;
  y: number;
  w: number;
  h: number;
  series: number;
  label: string;
}

/** Columns (or, with `direction: 'horizontal'`, bars), grouped per category or stacked (`stacked: true`). */
export function BarChart({ data, locale }: { data: ChartData; locale: string }) {
  const t = useTemplateStrings();
  const { categories, series, horizontal, stacked } = data;
  const n = Math.max(categories.length, 1);
  const sums = (sign: 1 | -1) =>
    categories.map((_, c) => series.reduce((a, s) => a + Math.max(0, sign * (s.values[c] ?? 0)), 0) * sign);
  const all = stacked ? [...sums(1), ...sums(-1)] : series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const scale = ticks(Math.min(0, ...all), Math.max(0, ...all));
  const lo = scale[0] ?? 0;
  const hi = scale[scale.length - 1] ?? 1;
  // Plot area: value axis along one side, category labels along the other.
  const left = horizontal ? 76 : 40;
  const top = 8;
  const right = W - 8;
  const bottom = H - 24;
  const valueAt = (v: number) =>
    horizontal ? left + ((v - lo) / (hi - lo)) * (right - left) : bottom - ((v - lo) / (hi - lo)) * (bottom - top);
  const band = ((horizontal ? bottom - top : right - left) / n);
  const bars: Bar[] = [];
  categories.forEach((category, c) => {
    let up = 0;
    let down = 0;
    series.forEach((s, k) => {
      const v = s.values[c];
      if (v === null || v === undefined) return;
      const from = stacked ? (v >= 0 ? up : down) : 0;
      const to = from + v;
      if (stacked && v >= 0) up = to;
      else if (stacked) down = to;
      const thick = stacked ? band * 0.6 : (band * 0.8) / Math.max(series.length, 1);
      const offset = stacked ? band * 0.2 : band * 0.1 + k * thick;
      const a = valueAt(Math.min(from, to));
      const b = valueAt(Math.max(from, to));
      const along = (horizontal ? top : left) + c * band + offset;
      const length = Math.max(Math.abs(b - a), 1);
      const label = format(t.chartPoint, { series: s.name, label: category, value: s.shown[c] ?? '' });
      bars.push(
        horizontal
          ? { x: Math.min(a, b), y: along, w: length, h: thick, series: k, label }
          : { x: along, y: Math.min(a, b), w: thick, h: length, series: k, label },
      );
    });
  });
  const { point, shown } = useRoving(bars.length);
  const number = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const every = Math.ceil(n / (horizontal ? 10 : 6));
  const axis: ReactNode[] = [];
  scale.forEach((v, i) => {
    const p = valueAt(v);
    axis.push(
      horizontal ? (
        <g key={`v${i}`}>
          <line x1={p} x2={p} y1={top} y2={bottom} className="xo-chart-grid" />
          <text x={p} y={H - 8} textAnchor="middle">{number.format(v)}</text>
        </g>
      ) : (
        <g key={`v${i}`}>
          <line x1={left} x2={right} y1={p} y2={p} className="xo-chart-grid" />
          <text x={left - 4} y={p + 3} textAnchor="end">{number.format(v)}</text>
        </g>
      ),
    );
  });
  categories.forEach((category, c) => {
    if (c % every !== 0) return;
    const mid = (horizontal ? top : left) + (c + 0.5) * band;
    axis.push(
      horizontal ? (
        <text key={`c${c}`} x={left - 4} y={mid + 3} textAnchor="end">{clip(category)}</text>
      ) : (
        <text key={`c${c}`} x={mid} y={H - 8} textAnchor="middle">{clip(category, 10)}</text>
      ),
    );
  });
  if (bars.length === 0) return null;
  return (
    <>
      <svg className="xo-chart-svg" direction="ltr" viewBox={`0 0 ${W} ${H}`} role="group" aria-label={data.title}>
        <g aria-hidden="true" className="xo-chart-axis">
          {axis}
        </g>
        {bars.map((bar, i) => (
          <rect key={i} {...point(i)} x={bar.x} y={bar.y} width={bar.w} height={bar.h} style={{ fill: color(bar.series) }} aria-label={bar.label} />
        ))}
      </svg>
      <p className="xo-tpl-hint" aria-hidden="true">
        {shown === null ? '\u00a0' : bars[shown]?.label}
      </p>
    </>
  );
}
