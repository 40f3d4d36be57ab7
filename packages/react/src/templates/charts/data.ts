// Kore's chart payloads, read defensively: numbers may come as strings, be missing, NaN, negative or absurd.
import type { JsonObject, JsonValue } from '@xo-chat/core';
import { firstText, list, records, text } from './deps';

export interface Series {
  name: string;
  /** One per category; null where the bot gave no usable number. */
  values: (number | null)[];
  /** What to show for each value: the bot's display value, else the number. */
  shown: string[];
}

export interface ChartData {
  kind: 'pie' | 'bar' | 'line';
  title: string;
  categories: string[];
  series: Series[];
  /** Pie: `pie_type` donut or donut_legend draws a ring. */
  donut: boolean;
  /** Bar: `direction: 'horizontal'`. */
  horizontal: boolean;
  /** Bar: `stacked: true` (or "true"). */
  stacked: boolean;
}

const MAX_SERIES = 12;
const MAX_POINTS = 50;
/** Beyond this the geometry loses precision; such values are clamped, still shown as the bot wrote them. */
const LIMIT = 1e12;

export function toNumber(value: JsonValue | undefined): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return null;
  return Math.max(-LIMIT, Math.min(LIMIT, n));
}

function series(element: JsonObject, index: number, width: number): Series {
  const raw = list(element.values);
  const display = list(element.displayValues);
  const single = raw.length === 0;
  const count = single ? 1 : Math.min(raw.length, width);
  const values: (number | null)[] = [];
  const shown: string[] = [];
  for (let i = 0; i < count; i++) {
    const value = single ? (element.value as JsonValue | undefined) : raw[i];
    values.push(toNumber(value));
    shown.push((single ? firstText(element, 'displayValue') : text(display[i])) || text(value));
  }
  return { name: firstText(element, 'title', 'label') || String(index + 1), values, shown };
}

const truthy = (value: JsonValue | undefined) => value === true || text(value).toLowerCase() === 'true';

export function readChart(payload: JsonObject, templateType: string, fallbackTitle: string): ChartData {
  const kind = templateType === 'piechart' ? 'pie' : templateType === 'linechart' ? 'line' : 'bar';
  const title = firstText(payload, 'text', 'title', 'heading') || fallbackTitle;
  const elements = records(payload.elements);
  const base = {
    kind,
    title,
    donut: text(payload.pie_type).toLowerCase().startsWith('donut'),
    horizontal: text(payload.direction).toLowerCase() === 'horizontal',
    stacked: truthy(payload.stacked),
  } as const;
  if (kind === 'pie') {
    // A pie is one series: each element is a slice.
    const slices = elements.slice(0, MAX_POINTS).map((e, i) => series(e, i, 1));
    return {
      ...base,
      categories: slices.map((s) => s.name),
      series: [{ name: title, values: slices.map((s) => s.values[0] ?? null), shown: slices.map((s) => s.shown[0] ?? '') }],
    };
  }
  const xAxis = list(payload.X_axis ?? payload.x_axis).map((v) => text(v)).slice(0, MAX_POINTS);
  const all = elements.slice(0, MAX_SERIES).map((e, i) => series(e, i, MAX_POINTS));
  const width = Math.max(xAxis.length, ...all.map((s) => s.values.length), 0);
  const categories = Array.from({ length: width }, (_, i) => xAxis[i] || String(i + 1));
  return { ...base, categories, series: all };
}

/** A few round tick values covering `min`..`max` (both included, zero among them when in range). */
export function ticks(min: number, max: number, count = 4): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (hi === lo) return [0, 1];
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v < hi + step * 0.999; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** Series colours: at least 3:1 against white and against the dark theme's surface; themes override `--xo-chart-N`. */
const PALETTE = ['#1f6feb', '#c2410c', '#15803d', '#a21caf', '#b45309', '#0e7490', '#be123c', '#4d7c0f'];

export function color(index: number): string {
  return `var(--xo-chart-${(index % PALETTE.length) + 1}, ${PALETTE[index % PALETTE.length]})`;
}

/** An SVG label no wider than about `max` characters (the full text is in the point names and the table). */
export function clip(label: string, max = 12): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
