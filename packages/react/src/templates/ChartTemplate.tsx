import type { JsonObject } from '@xo-chat/core';
import { useId } from 'react';
import { firstText, list, records, text } from './payload';
import type { TemplateRendererProps } from './types';
import { useTemplateStrings } from './strings';

function values(element: JsonObject): string[] {
  const shown = list(element.displayValues).map((v) => text(v));
  const raw = list(element.values).map((v) => text(v));
  const single = firstText(element, 'displayValue', 'value');
  const out = raw.length > 0 ? raw.map((v, i) => shown[i] || v) : single ? [single] : [];
  return out.slice(0, 100);
}

/**
 * `piechart`, `barchart`, `linechart`: the data as an accessible table (no chart library; the numbers are what
 * a reader needs). Each series is a row; the `X_axis` labels (when given) are the columns.
 */
export function ChartTemplate({ part }: TemplateRendererProps) {
  const id = useId();
  const t = useTemplateStrings();
  const caption = firstText(part.payload, 'text', 'title', 'heading') || part.fallbackText || t.table;
  const xAxis = list(part.payload.X_axis ?? part.payload.x_axis).map((v) => text(v)).slice(0, 100);
  const rows = records(part.payload.elements).slice(0, 200).map((e) => ({ title: firstText(e, 'title', 'label'), cells: values(e) }));
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), xAxis.length);
  const headers = Array.from({ length: width }, (_, i) => xAxis[i] ?? (width === 1 ? t.chartValue : `${i + 1}`));
  return (
    <div className="xo-tpl xo-tpl-chart" data-chart={part.templateType}>
      <div className="xo-table-scroll" role="group" aria-labelledby={id} tabIndex={0}>
        <table>
          <caption id={id}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.chartSeries}</th>
              {headers.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                <th scope="row">{row.title}</th>
                {headers.map((_, i) => (
                  <td key={i}>{row.cells[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
