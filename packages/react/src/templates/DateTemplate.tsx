import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { Markdown } from '../markdown/Markdown';
import { useAnswered } from './actions';
import { dateFormat, formatDate, parseDate } from './date-format';
import { firstText } from './payload';
import type { TemplateRendererProps } from './types';
import { format, useTemplateStrings } from './strings';
import type { TemplateStrings } from './strings';

function rangeError(
  t: TemplateStrings,
  value: string,
  min: string | undefined,
  max: string | undefined,
  dateFmt: string,
): string | undefined {
  if (value === '') return t.dateMissing;
  if ((min && value < min) || (max && value > max)) {
    const values = { min: formatDate(min ?? '', dateFmt), max: formatDate(max ?? '', dateFmt) };
    return format(min && max ? t.dateBetween : min ? t.dateAfter : t.dateBefore, values);
  }
  return undefined;
}

/**
 * `dateTemplate` (one date) and `daterange` (two): native date inputs limited to `startDate`..`endDate`.
 * Confirm sends the date in the template's `format` (default DD-MM-YYYY); a range sends `<from> to <to>`, or
 * `<from> <delimiter> <to>`.
 */
function DatePicker({ part, message, actions, range }: TemplateRendererProps & { range: boolean }) {
  const id = useId();
  const t = useTemplateStrings();
  const p = part.payload;
  const dateFmt = dateFormat(firstText(p, 'format'));
  const min = parseDate(p.startDate, dateFmt);
  const max = parseDate(p.endDate, dateFmt);
  const title = firstText(p, 'title') || (range ? t.chooseDates : t.chooseDate);
  // Kore shows `text_message` as the message (its `text` is often a placeholder such as "display").
  const text = firstText(p, 'text_message', 'text');
  const delimiter = firstText(p, 'delimiter').trim().slice(0, 10);
  const [answered, markAnswered] = useAnswered(message, part);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<{ from?: string | undefined; to?: string | undefined }>({});
  const disabled = actions.disabled || answered;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (disabled) return;
    const next = {
      from: rangeError(t, from, min, max, dateFmt),
      to: range ? rangeError(t, to, from || min, max, dateFmt) : undefined,
    };
    setErrors(next);
    if (next.from || next.to) return;
    // A range is `<from> to <to>`, or `<from> <delimiter> <to>` when the template gives a delimiter (Kore's rule).
    const body = range ? `${formatDate(from, dateFmt)} ${delimiter || 'to'} ${formatDate(to, dateFmt)}` : formatDate(from, dateFmt);
    actions.send(body);
    markAnswered();
  };

  const input = (which: 'from' | 'to', label: string, value: string, set: (v: string) => void, lower = min) => {
    const error = errors[which];
    const inputId = `${id}-${which}`;
    return (
      <div className="xo-form-field">
        {/* One date: its label names the whole picker. */}
        <label htmlFor={inputId} id={range ? undefined : `${id}-t`}>
          {label}
        </label>
        <input
          id={inputId}
          type="date"
          min={lower}
          max={max}
          value={value}
          required
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-err ${id}-fmt` : `${id}-fmt`}
          onChange={(e) => {
            set(e.target.value);
            if (error) setErrors((errs) => ({ ...errs, [which]: undefined }));
          }}
        />
        {error ? (
          <p id={`${inputId}-err`} className="xo-form-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form className="xo-tpl xo-tpl-date" aria-labelledby={`${id}-t`} noValidate onSubmit={onSubmit}>
      {range ? (
        <p id={`${id}-t`} className="xo-tpl-caption">
          {title}
        </p>
      ) : null}
      {text ? <Markdown text={text} /> : null}
      {range ? input('from', t.dateFrom, from, setFrom) : input('from', title, from, setFrom)}
      {range ? input('to', t.dateTo, to, setTo, from || min) : null}
      <p id={`${id}-fmt`} className="xo-tpl-hint">
        {format(t.dateSentAs, { format: dateFmt })}
      </p>
      <button type="submit" className="xo-tpl-button xo-tpl-submit" disabled={disabled}>
        {answered ? t.answered : t.confirm}
      </button>
    </form>
  );
}

export function DateTemplate(props: TemplateRendererProps) {
  return <DatePicker {...props} range={false} />;
}

export function DateRangeTemplate(props: TemplateRendererProps) {
  return <DatePicker {...props} range />;
}
