import { useId } from 'react';
import { useTemplateStrings } from './deps';
import type { ChartData } from './data';

/**
 * The chart's numbers as a table (each series a row, each category a column; a pie's slices are rows). Always in
 * the accessibility tree; on screen only when `visible`, and only then a focusable scroll box.
 */
export function DataTable({ data, visible }: { data: ChartData; visible: boolean }) {
  const id = useId();
  const t = useTemplateStrings();
  const pie = data.kind === 'pie';
  const first = data.series[0];
  const headers = pie ? [t.chartValue] : data.categories;
  const rows = pie
    ? data.categories.map((name, i) => ({ name, cells: [first?.shown[i] ?? ''] }))
    : data.series.map((s) => ({ name: s.name, cells: s.shown }));
  return (
    <div
      className={visible ? 'xo-table-scroll' : 'xo-visually-hidden'}
      role={visible ? 'group' : undefined}
      aria-labelledby={visible ? id : undefined}
      tabIndex={visible ? 0 : undefined}
    >
      <table>
        <caption id={id}>{data.title}</caption>
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
              <th scope="row">{row.name}</th>
              {headers.map((_, i) => (
                <td key={i}>{row.cells[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
