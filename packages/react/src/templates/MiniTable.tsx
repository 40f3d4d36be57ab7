import type { JsonValue } from '@xo-chat/core';
import { firstText, list, records, text } from './payload';
import type { TemplateRendererProps } from './types';

/** `[[label], [value, align]]` or `[label, value]` to the texts of one row. */
function cells(value: JsonValue | undefined): string[] {
  return list(value).map((cell) => (Array.isArray(cell) ? text(cell[0]) : text(cell)));
}

/** `mini_table`: small tables, each with a primary row as its header and `additional` key-value rows. */
export function MiniTableTemplate({ part }: TemplateRendererProps) {
  const caption = firstText(part.payload, 'text', 'title', 'heading') || part.fallbackText;
  const layout = text(part.payload.layout) === 'horizontal' ? 'horizontal' : 'vertical';
  const tables = records(part.payload.elements).slice(0, 50);
  return (
    <div className="xo-tpl xo-tpl-mini-table" data-layout={layout}>
      {caption ? <p className="xo-tpl-caption">{caption}</p> : null}
      <div className="xo-mini-tables">
        {tables.map((element, t) => {
          const primary = cells(element.primary);
          const rows = list(element.additional).map((row) => cells(Array.isArray(row) ? row : [row]));
          const width = rows.reduce((w, r) => Math.max(w, r.length), Math.max(primary.length, 1));
          return (
            <table key={t} className="xo-mini-table">
              {primary.length > 0 ? (
                <thead>
                  <tr>
                    {Array.from({ length: width }, (_, i) => (
                      <th key={i} scope="col">
                        {primary[i] ?? ''}
                      </th>
                    ))}
                  </tr>
                </thead>
              ) : null}
              <tbody>
                {rows.map((row, r) => (
                  <tr key={r}>
                    {Array.from({ length: width }, (_, i) => (
                      <td key={i}>{row[i] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
    </div>
  );
}
