import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { Markdown, firstText, format, records, text, useAnswered, useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';
import { digitsOnly, pinLength, wrapPii } from './pin';

/**
 * `otpValidationTemplate`: a masked one-time-code field of `pinLength` digits. Submit sends the code wrapped in
 * `piiReductionChar` with `*` per digit as the bubble; Resend sends the resend button's payload (or its title).
 */
export function OtpTemplate({ part, message, actions }: TemplateRendererProps) {
  const id = useId();
  const t = useTemplateStrings();
  const p = part.payload;
  const length = pinLength(p.pinLength);
  const buttons = records(p.otpButtons);
  const byType = (type: string) => buttons.find((b) => text(b.type).toLowerCase() === type);
  const submitTitle = firstText(byType('submit') ?? buttons[0], 'title') || t.submit;
  const resend = byType('resend') ?? buttons[1];
  const resendTitle = firstText(resend, 'title') || t.resendCode;
  const resendPayload = firstText(resend, 'payload', 'value') || resendTitle;
  const title = firstText(p, 'title') || part.fallbackText;
  const description = firstText(p, 'description');
  const mobile = firstText(p, 'mobileNumber');
  const mobileDesc = firstText(p, 'mobileDesc');
  const resendText = firstText(p, 'resendText');
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [answered, markAnswered] = useAnswered(message, part);
  const input = useRef<HTMLInputElement>(null);
  const disabled = actions.disabled || answered;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (disabled) return;
    if (code.length !== length) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    actions.send(wrapPii(code, p.piiReductionChar), { renderMsg: '*'.repeat(length) });
    markAnswered();
  };

  return (
    <form className="xo-tpl xo-tpl-pin" aria-labelledby={title ? `${id}-t` : undefined} noValidate onSubmit={onSubmit}>
      {title ? (
        <p id={`${id}-t`} className="xo-tpl-caption">
          {title}
        </p>
      ) : null}
      {description ? <Markdown text={description} /> : null}
      {mobile ? <p className="xo-tpl-hint">{mobile}</p> : null}
      {mobileDesc ? <p className="xo-tpl-hint">{mobileDesc}</p> : null}
      <div className="xo-form-field">
        <label htmlFor={`${id}-c`}>{t.oneTimeCode}</label>
        <input
          ref={input}
          id={`${id}-c`}
          type="password"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={length}
          value={code}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-h`}
          onChange={(e) => {
            setCode(digitsOnly(e.target.value, length));
            setInvalid(false);
          }}
        />
        <p id={`${id}-h`} className={invalid ? 'xo-form-error' : 'xo-tpl-hint'}>
          {format(t.codeDigits, { count: length })}
        </p>
      </div>
      <div className="xo-tpl-buttons">
        <button type="submit" className="xo-tpl-button xo-tpl-submit" disabled={disabled}>
          {answered ? t.answered : submitTitle}
        </button>
        {resend && resendText ? <span className="xo-tpl-hint">{resendText}</span> : null}
        {resend ? (
          <button
            type="button"
            className="xo-tpl-button"
            disabled={disabled}
            onClick={() => {
              actions.sendPostback({ title: resendTitle, payload: resendPayload });
              markAnswered();
            }}
          >
            {resendTitle}
          </button>
        ) : null}
      </div>
    </form>
  );
}
