import { format, useTemplateStrings } from './deps';
import type { ChartData } from './data';
import { color } from './data';
import { useRoving } from './useRoving';

const C = 90;
const R = 84;

function slicePath(a0: number, a1: number, inner: number): string {
  const at = (a: number, r: number) => `${(C + r * Math.cos(a)).toFixed(2)} ${(C + r * Math.sin(a)).toFixed(2)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  if (inner === 0) return `M${C} ${C}L${at(a0, R)}A${R} ${R} 0 ${large} 1 ${at(a1, R)}Z`;
  return `M${at(a0, R)}A${R} ${R} 0 ${large} 1 ${at(a1, R)}L${at(a1, inner)}A${inner} ${inner} 0 ${large} 0 ${at(a0, inner)}Z`;
}

/** Slices of the positive values (zero, negative and missing ones are only in the legend and the table). */
export function PieChart({ data, locale }: { data: ChartData; locale: string }) {
  const t = useTemplateStrings();
  const s = data.series[0];
  const values = (s?.values ?? []).map((v) => (v !== null && v > 0 ? v : 0));
  const total = values.reduce((a, b) => a + b, 0);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const slices: { i: number; a0: number; a1: number; label: string }[] = [];
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    if (v <= 0 || total <= 0) return;
    // A slice of the whole circle would start and end on one point; stop a hair short.
    const sweep = Math.min((v / total) * 2 * Math.PI, 2 * Math.PI - 1e-4);
    const label = format(t.chartShare, { label: data.categories[i] ?? '', value: s?.shown[i] ?? '', percent: percent.format(v / total) });
    slices.push({ i, a0: angle, a1: angle + sweep, label });
    angle += sweep;
  });
  const { point, shown } = useRoving(slices.length);
  if (slices.length === 0) return null;
  return (
    <>
      <svg className="xo-chart-svg" direction="ltr" viewBox="0 0 180 180" role="group" aria-label={data.title} style={{ maxInlineSize: '12rem' }}>
        {slices.map((slice, n) => (
          <path
            key={slice.i}
            {...point(n)}
            d={slicePath(slice.a0, slice.a1, data.donut ? 48 : 0)}
            style={{ fill: color(slice.i), stroke: 'var(--xo-color-surface, #fff)', strokeWidth: 1 }}
            aria-label={slice.label}
          />
        ))}
      </svg>
      <p className="xo-tpl-hint" aria-hidden="true">
        {shown === null ? '\u00a0' : slices[shown]?.label}
      </p>
    </>
  );
}
