import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { Markdown, firstText, format, records, useAnswered, useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';
import { digitsOnly, pinLength, wrapPii } from './pin';

/**
 * `resetPinTemplate`: a new PIN and its repeat, both masked, `pinLength` digits. When they match, sends the PIN
 * wrapped in `piiReductionChar` with `*` per digit as the bubble; when not, shows the bot's `warningMessage`.
 */
export function ResetPinTemplate({ part, message, actions }: TemplateRendererProps) {
  const id = useId();
  const t = useTemplateStrings();
  const p = part.payload;
  const length = pinLength(p.pinLength);
  const title = firstText(p, 'title') || part.fallbackText || t.newPin;
  const description = firstText(p, 'description');
  const labels = [firstText(p, 'enterPinTitle') || t.newPin, firstText(p, 'reEnterPinTitle') || t.repeatPin];
  const submitTitle = firstText(records(p.resetButtons)[0], 'title') || t.submit;
  const [pins, setPins] = useState(['', '']);
  const [error, setError] = useState<'' | 'short' | 'mismatch'>('');
  const [answered, markAnswered] = useAnswered(message, part);
  const first = useRef<HTMLInputElement>(null);
  const disabled = actions.disabled || answered;
  const [pin = '', again = ''] = pins;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (disabled) return;
    const next = pin.length !== length || again.length !== length ? 'short' : pin !== again ? 'mismatch' : '';
    setError(next);
    if (next) {
      first.current?.focus();
      return;
    }
    actions.send(wrapPii(pin, p.piiReductionChar), { renderMsg: '*'.repeat(length) });
    markAnswered();
  };

  const errorText = error === 'mismatch' ? firstText(p, 'warningMessage') || t.pinMismatch : format(t.codeDigits, { count: length });
  return (
    <form className="xo-tpl xo-tpl-pin" aria-labelledby={`${id}-t`} noValidate onSubmit={onSubmit}>
      <p id={`${id}-t`} className="xo-tpl-caption">
        {title}
      </p>
      {description && description !== title ? <Markdown text={description} /> : null}
      {labels.map((label, i) => (
        <div className="xo-form-field" key={i}>
          <label htmlFor={`${id}-${i}`}>{label}</label>
          <input
            ref={i === 0 ? first : undefined}
            id={`${id}-${i}`}
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={length}
            value={pins[i] ?? ''}
            disabled={disabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-e` : `${id}-h`}
            onChange={(e) => {
              const value = digitsOnly(e.target.value, length);
              setPins((old) => old.map((v, j) => (j === i ? value : v)));
              setError('');
            }}
          />
        </div>
      ))}
      {error ? (
        <p id={`${id}-e`} className="xo-form-error" role="alert">
          {errorText}
        </p>
      ) : (
        <p id={`${id}-h`} className="xo-tpl-hint">
          {format(t.codeDigits, { count: length })}
        </p>
      )}
      <button type="submit" className="xo-tpl-button xo-tpl-submit" disabled={disabled}>
        {answered ? t.answered : submitTitle}
      </button>
    </form>
  );
}
