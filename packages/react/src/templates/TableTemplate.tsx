import type { JsonValue } from '@xo-chat/core';
import { useId, useState } from 'react';
import { firstText, list, record, text } from './payload';
import type { TemplateRendererProps } from './types';
import { format, useTemplateStrings } from './strings';

/** Rows rendered before "Show more rows". */
export const TABLE_PAGE = 50;

type Align = 'left' | 'right' | 'center' | undefined;

function align(value: JsonValue | undefined): Align {
  const a = text(value).toLowerCase();
  return a === 'left' || a === 'right' || a === 'center' ? a : undefined;
}

/** `[name, align?]`, `name` or `{title, align}` to a column. */
function readColumn(value: JsonValue): { name: string; align: Align } {
  if (Array.isArray(value)) return { name: text(value[0]), align: align(value[1]) };
  const obj = record(value);
  if (obj) return { name: firstText(obj, 'title', 'name', 'label'), align: align(obj.align) };
  return { name: text(value), align: undefined };
}

/** `{Values: [...]}` or a bare array to cell texts. */
function readRow(value: JsonValue): string[] {
  const cells = Array.isArray(value) ? value : list(record(value)?.Values ?? record(value)?.values);
  return cells.map((cell) => text(cell));
}

const alignStyle = (a: Align) => (a ? { textAlign: a === 'left' ? 'start' : a === 'right' ? 'end' : 'center' } as const : undefined);

/** `table`: a real table with a caption and column headers, in a scroll box for narrow screens. */
export function TableTemplate({ part }: TemplateRendererProps) {
  const [shown, setShown] = useState(TABLE_PAGE);
  const t = useTemplateStrings();
  const captionId = useId();
  const caption = firstText(part.payload, 'text', 'title', 'heading') || part.fallbackText;
  const columns = list(part.payload.columns).map(readColumn);
  const rows = list(part.payload.elements).map(readRow);
  const width = rows.reduce((w, r) => Math.max(w, r.length), columns.length);
  if (width === 0) return caption ? <p className="xo-tpl xo-tpl-table-empty">{caption}</p> : null;
  const hidden = rows.length - shown;
  return (
    <div className="xo-tpl xo-tpl-table" data-design={text(part.payload.table_design) || 'regular'}>
      <div className="xo-table-scroll" role="group" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>{caption || t.table}</caption>
          {columns.length > 0 ? (
            <thead>
              <tr>
                {Array.from({ length: width }, (_, i) => (
                  <th key={i} scope="col" style={alignStyle(columns[i]?.align)}>
                    {columns[i]?.name ?? ''}
                  </th>
                ))}
              </tr>
            </thead>
          ) : null}
          <tbody>
            {rows.slice(0, shown).map((row, r) => (
              <tr key={r}>
                {Array.from({ length: width }, (_, i) => (
                  <td key={i} style={alignStyle(columns[i]?.align)}>
                    {row[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 ? (
        <button type="button" className="xo-tpl-button xo-tpl-more" onClick={() => setShown(shown + TABLE_PAGE)}>
          {format(t.showMoreRows, { count: hidden })}
        </button>
      ) : null}
    </div>
  );
}
