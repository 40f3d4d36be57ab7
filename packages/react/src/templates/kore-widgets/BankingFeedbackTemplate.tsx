import type { JsonObject, JsonValue } from '@xo-chat/core';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { firstText, records, text, useAnswered, useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';

interface Option {
  label: string;
  /** The entry as the bot sent it, echoed back (Kore drops only `empathyMessage`). */
  entry: JsonObject;
}

function options(value: JsonValue | undefined): Option[] {
  return records(value)
    .slice(0, 20)
    .flatMap((entry) => {
      const label = firstText(entry, 'value', 'title', 'id');
      if (!label) return [];
      // fromEntries defines own properties, so a `__proto__` key stays plain data.
      return [{ label, entry: Object.fromEntries(Object.entries(entry).filter(([k]) => k !== 'empathyMessage')) }];
    });
}

/**
 * `bankingFeedbackTemplate`, in Kore's two steps: rate the experience (radios), then pick what went wrong
 * (checkboxes) and add a suggestion. Confirm sends Kore's JSON `{selectedFeedback, selectedExperience,
 * userSuggestion}`; Cancel sends `Cancel`.
 */
export function BankingFeedbackTemplate({ part, message, actions }: TemplateRendererProps) {
  const id = useId();
  const t = useTemplateStrings();
  const p = part.payload;
  const heading = firstText(p, 'heading', 'text', 'title') || part.fallbackText || t.feedbackQuestion;
  const experiences = options(p.experienceContent);
  const reasons = options(p.feedbackList);
  const buttons = records(p.buttons);
  const label = (type: string, fallback: string) =>
    firstText(buttons.find((b) => text(b.btnType).toLowerCase() === type), 'label', 'title') || fallback;
  const [experience, setExperience] = useState(-1);
  const [picked, setPicked] = useState<readonly number[]>([]);
  const [suggestion, setSuggestion] = useState(text(p.userSuggestion));
  const [answered, markAnswered] = useAnswered(message, part);
  const disabled = actions.disabled || answered;
  const chosen = experiences[experience];
  const empathy = chosen ? text(records(p.experienceContent)[experience]?.empathyMessage) : '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (disabled || !chosen) return;
    const body = JSON.stringify({
      selectedFeedback: reasons.filter((_, i) => picked.includes(i)).map((r) => r.entry),
      selectedExperience: chosen.entry,
      userSuggestion: suggestion,
    });
    actions.send(body, { renderMsg: firstText(p, 'messageToDisplay') || chosen.label });
    markAnswered();
  };

  return (
    <form className="xo-tpl xo-tpl-choice" noValidate onSubmit={onSubmit}>
      <fieldset className="xo-choice-fieldset" disabled={disabled}>
        <legend className="xo-tpl-caption">{heading}</legend>
        {experiences.map((o, i) => (
          <label key={i} className="xo-choice-option">
            <input type="radio" name={`${id}-x`} checked={experience === i} onChange={() => setExperience(i)} />
            {o.label}
          </label>
        ))}
      </fieldset>
      {empathy ? <p className="xo-tpl-hint">{empathy}</p> : null}
      {/* Step two waits for a rating, as in Kore's template. */}
      <div hidden={!chosen}>
        {reasons.length > 0 ? (
          <fieldset className="xo-choice-fieldset" disabled={disabled}>
            <legend>{firstText(p, 'feedbackListHeading')}</legend>
            {reasons.map((o, i) => (
              <label key={i} className="xo-choice-option">
                <input
                  type="checkbox"
                  checked={picked.includes(i)}
                  onChange={(e) => setPicked((old) => (e.target.checked ? [...old, i] : old.filter((j) => j !== i)))}
                />
                {o.label}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="xo-form-field">
          <label htmlFor={`${id}-s`}>{t.suggestion}</label>
          <textarea id={`${id}-s`} rows={2} maxLength={2000} value={suggestion} disabled={disabled} onChange={(e) => setSuggestion(e.target.value)} />
        </div>
        <div className="xo-tpl-buttons">
          <button type="submit" className="xo-tpl-button xo-tpl-submit" disabled={disabled}>
            {answered ? t.answered : label('confirm', t.confirm)}
          </button>
          <button
            type="button"
            className="xo-tpl-button"
            disabled={disabled}
            onClick={() => {
              actions.sendPostback({ title: label('cancel', t.cancel), payload: 'Cancel' });
              markAnswered();
            }}
          >
            {label('cancel', t.cancel)}
          </button>
        </div>
      </div>
    </form>
  );
}
