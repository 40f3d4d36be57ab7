import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { Markdown, firstText, useAnswered, useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';

/**
 * `HH:MM` (what `<input type="time">` gives) in the 12-hour form Kore's clock picker sends: `hh:mm AM` / `hh:mm PM`,
 * both parts two digits. Anything else is returned unchanged.
 */
export function toKoreTime(value: string): string {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return value;
  const hours = Number(match[1]);
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${String(twelve).padStart(2, '0')}:${match[2]} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** `clockTemplate`: a native time input under the bot's `title`; Confirm sends the time as Kore does. */
export function ClockTemplate({ part, message, actions }: TemplateRendererProps) {
  const id = useId();
  const t = useTemplateStrings();
  const title = firstText(part.payload, 'title') || t.chooseTime;
  const prompt = firstText(part.payload, 'text');
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const [answered, markAnswered] = useAnswered(message, part);
  const disabled = actions.disabled || answered;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (disabled) return;
    if (value === '') {
      setMissing(true);
      return;
    }
    actions.send(toKoreTime(value));
    markAnswered();
  };

  return (
    <form className="xo-tpl xo-tpl-date" noValidate onSubmit={onSubmit}>
      {prompt && prompt !== title ? <Markdown text={prompt} /> : null}
      <div className="xo-form-field">
        <label htmlFor={`${id}-i`}>
          {title}
        </label>
        <input
          id={`${id}-i`}
          type="time"
          value={value}
          required
          disabled={disabled}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-e` : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setMissing(false);
          }}
        />
        {missing ? (
          <p id={`${id}-e`} className="xo-form-error">
            {t.timeMissing}
          </p>
        ) : null}
      </div>
      <button type="submit" className="xo-tpl-button xo-tpl-submit" disabled={disabled}>
        {answered ? t.answered : t.confirm}
      </button>
    </form>
  );
}
