import { useId } from 'react';
import { Markdown } from './deps';
import { ChoiceButton } from './deps';
import { format, useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';
import { firstText, koreChoice, list, record, text } from './kore';
import type { JsonValue } from './kore';
import { useShowMore } from './parts';

/** Rows before "Show more rows" (Kore shows five, then the whole table in a modal). */
export const CUSTOM_TABLE_ROWS = 5;

type Align = 'start' | 'end' | 'center' | undefined;

function align(value: JsonValue | undefined): Align {
  const a = text(value).toLowerCase();
  return a === 'left' ? 'start' : a === 'right' ? 'end' : a === 'center' ? 'center' : undefined;
}

/** `[value, 'text']` or `[value, 'button', {type, title, url | payload}]`: a button cell shows its value. */
function Cell({ cell, actions }: { cell: JsonValue; actions: TemplateRendererProps['actions'] }) {
  const parts = Array.isArray(cell) ? cell : [cell];
  const value = text(parts[0]);
  if (text(parts[1]) !== 'button') return <>{value}</>;
  const choice = koreChoice(parts[2], value);
  // The cell's value is the label and the bubble; the action's own title ("click") is not shown.
  return choice && choice.kind !== 'inert' && value ? <ChoiceButton choice={{ ...choice, title: value }} actions={actions} className="xo-card-title" /> : <>{value}</>;
}

/** `custom_table`: a table whose cells may be links or postback buttons. */
export function CustomTableTemplate({ part, actions }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const captionId = useId();
  const caption = firstText(part.payload, 'text', 'title', 'heading') || part.fallbackText;
  const columns = list(part.payload.columns).map((c) => (Array.isArray(c) ? { name: text(c[0]), align: align(c[1]) } : { name: firstText(record(c), 'title', 'name') || text(c), align: undefined }));
  const rows = list(part.payload.elements).map((row) => list(record(row)?.Values ?? record(row)?.values ?? (Array.isArray(row) ? row : undefined)));
  const width = rows.reduce((w, r) => Math.max(w, r.length), columns.length);
  const [shown, more] = useShowMore(rows.length, CUSTOM_TABLE_ROWS, format(t.showMoreRows, { count: Math.max(0, rows.length - CUSTOM_TABLE_ROWS) }));
  if (width === 0) return caption ? <Markdown text={caption} className="xo-md xo-tpl xo-kl" /> : null;
  const style = (i: number) => (columns[i]?.align ? { textAlign: columns[i].align } : undefined);
  return (
    <div className="xo-tpl xo-tpl-table xo-kl">
      <div className="xo-table-scroll" role="group" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>{caption || t.table}</caption>
          {columns.length > 0 ? (
            <thead>
              <tr>
                {/* Rows wider than the columns get padding cells, not empty headers. */}
                {Array.from({ length: width }, (_, i) =>
                  columns[i]?.name ? (
                    <th key={i} scope="col" style={style(i)}>
                      {columns[i].name}
                    </th>
                  ) : (
                    <td key={i} />
                  ),
                )}
              </tr>
            </thead>
          ) : null}
          <tbody>
            {rows.slice(0, shown).map((row, r) => (
              <tr key={r}>
                {Array.from({ length: width }, (_, i) => (
                  <td key={i} style={style(i)}>
                    <Cell cell={row[i] ?? ''} actions={actions} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more}
    </div>
  );
}
