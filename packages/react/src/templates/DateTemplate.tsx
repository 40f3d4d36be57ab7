import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { Markdown } from '../markdown/Markdown';
import { useAnswered } from './actions';
import { dateFormat, formatDate, parseDate } from './date-format';
import { firstText } from './payload';
import type { TemplateRendererProps } from './types';

function rangeError(value: string, min: string | undefined, max: string | undefined, format: string): string | undefined {
  if (value === '') return 'Choose a date.';
  if ((min && value < min) || (max && value > max)) {
    if (min && max) return `Choose a date from ${formatDate(min, format)} to ${formatDate(max, format)}.`;
    return min ? `Choose ${formatDate(min, format)} or later.` : `Choose ${formatDate(max ?? '', format)} or earlier.`;
  }
  return undefined;
}

/**
 * `dateTemplate` (one date) and `daterange` (two): native date inputs limited to `startDate`..`endDate`.
 * Confirm sends the date in the template's `format`; a range sends `<from> to <to>`.
 */
function DatePicker({ part, message, actions, range }: TemplateRendererProps & { range: boolean }) {
  const id = useId();
  const p = part.payload;
  const format = dateFormat(firstText(p, 'format'));
  const min = parseDate(p.startDate, format);
  const max = parseDate(p.endDate, format);
  const title = firstText(p, 'title') || (range ? 'Choose dates' : 'Choose a date');
  const text = firstText(p, 'text');
  const [answered, markAnswered] = useAnswered(message, part);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<{ from?: string | undefined; to?: string | undefined }>({});
  const disabled = actions.disabled || answered;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (disabled) return;
    const next = {
      from: rangeError(from, min, max, format),
      to: range ? (rangeError(to, from || min, max, format) ?? undefined) : undefined,
    };
    setErrors(next);
    if (next.from || next.to) return;
    const body = range ? `${formatDate(from, format)} to ${formatDate(to, format)}` : formatDate(from, format);
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
      {range ? input('from', 'From', from, setFrom) : input('from', title, from, setFrom)}
      {range ? input('to', 'To', to, setTo, from || min) : null}
      <p id={`${id}-fmt`} className="xo-tpl-hint">
        Sent as {format}
      </p>
      <button type="submit" className="xo-tpl-button xo-tpl-submit" disabled={disabled}>
        {answered ? 'Sent' : 'Confirm'}
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
