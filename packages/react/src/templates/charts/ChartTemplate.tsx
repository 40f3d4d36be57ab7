import { useState } from 'react';
import { useChatI18n, useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';
import { BarChart } from './BarChart';
import { color, readChart } from './data';
import { DataTable } from './DataTable';
import { LineChart } from './LineChart';
import { PieChart } from './PieChart';

/**
 * `piechart`, `barchart`, `linechart` drawn as SVG: a legend, data points reachable with Tab and the arrow keys
 * (each named with its series, category and display value), and the data table, on screen at the press of a button.
 */
export function ChartTemplate({ part }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const { locale } = useChatI18n();
  const [tableShown, setTableShown] = useState(false);
  const data = readChart(part.payload, part.templateType, part.fallbackText || t.table);
  const Drawing = data.kind === 'pie' ? PieChart : data.kind === 'line' ? LineChart : BarChart;
  // A pie's legend names its slices (with their display values); the others' name their series.
  const legend =
    data.kind === 'pie'
      ? data.categories.map((name, i) => `${name} ${data.series[0]?.shown[i] ?? ''}`.trim())
      : data.series.map((s) => s.name);
  return (
    <figure className="xo-tpl xo-tpl-chart" data-chart={data.kind}>
      <figcaption className="xo-tpl-caption">{data.title}</figcaption>
      <Drawing data={data} locale={locale} />
      {legend.length > 0 ? (
        <ul className="xo-chart-legend">
          {legend.map((name, i) => (
            <li key={i}>
              <span aria-hidden="true" style={{ background: color(i) }} />
              {name}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="xo-tpl-button xo-tpl-more" onClick={() => setTableShown(!tableShown)}>
        {tableShown ? t.chartHideTable : t.chartShowTable}
      </button>
      <DataTable data={data} visible={tableShown} />
    </figure>
  );
}
