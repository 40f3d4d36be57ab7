import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { Markdown } from '../markdown/Markdown';
import { useAnswered } from './actions';
import { firstText, readChoice, record, records } from './payload';
import type { TemplateRendererProps } from './types';
import { useTemplateStrings } from './strings';

interface Option {
  title: string;
  payload: string;
}

/** `{title, value}` or `{title, postback: {title, value}}` entries; links and empty entries are dropped. */
function readOptions(value: Parameters<typeof records>[0]): Option[] {
  return records(value)
    .slice(0, 200)
    .flatMap((entry) => {
      const postback = record(entry.postback);
      const choice = readChoice({ type: 'postback', ...(postback ?? {}), title: firstText(entry, 'title', 'label') || firstText(postback, 'title'), value: entry.value ?? postback?.value ?? null });
      return choice?.kind === 'postback' ? [{ title: choice.title, payload: choice.payload }] : [];
    });
}

type Mode = 'dropdown' | 'radio' | 'multi';

/** `dropdown_template`, `radioOptionTemplate` and `multi_select`/`advanced_multi_select`: pick, then confirm. */
function ChoiceForm({ part, message, actions, mode }: TemplateRendererProps & { mode: Mode }) {
  const id = useId();
  const t = useTemplateStrings();
  const p = part.payload;
  const heading = firstText(p, 'heading', 'text', 'title') || part.fallbackText || t.choose;
  const options = readOptions(p.elements ?? p.radioOptions ?? p.options);
  const confirm = firstText(record(records(p.buttons)[0]), 'title') || t.confirm;
  const [picked, setPicked] = useState<number[]>([]);
  const [error, setError] = useState(false);
  const [answered, markAnswered] = useAnswered(message, part);
  const disabled = actions.disabled || answered;
  if (options.length === 0) return <p className="xo-tpl">{heading}</p>;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = picked.flatMap((i) => (options[i] ? [options[i]] : []));
    if (disabled) return;
    if (chosen.length === 0) return setError(true);
    const title = chosen.map((o) => o.title).join(', ');
    actions.sendPostback({ title, payload: chosen.map((o) => o.payload).join(',') });
    markAnswered();
  };
  const errorProps = error ? { 'aria-invalid': true, 'aria-describedby': `${id}-err` } : {};
  const toggle = (i: number, on: boolean) => {
    setError(false);
    setPicked((old) => (mode === 'multi' ? (on ? [...old, i] : old.filter((x) => x !== i)) : [i]));
  };

  return (
    <form className="xo-tpl xo-tpl-choice" noValidate onSubmit={onSubmit}>
      {mode === 'dropdown' ? (
        <div className="xo-form-field">
          <label htmlFor={`${id}-sel`}>
            <Markdown text={heading} inline />
          </label>
          <select id={`${id}-sel`} disabled={disabled} value={picked[0] ?? ''} onChange={(e) => toggle(Number(e.target.value), true)} {...errorProps}>
            <option value="" disabled>
              {firstText(p, 'placeholder') || t.selectPlaceholder}
            </option>
            {options.map((o, i) => (
              <option key={i} value={i}>
                {o.title}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <fieldset className="xo-choice-fieldset" disabled={disabled} {...(error ? { 'aria-describedby': `${id}-err` } : {})}>
          <legend>
            <Markdown text={heading} inline />
          </legend>
          {options.map((o, i) => (
            <label key={i} className="xo-choice-option">
              <input
                type={mode === 'multi' ? 'checkbox' : 'radio'}
                name={`${id}-opt`}
                checked={picked.includes(i)}
                onChange={(e) => toggle(i, e.target.checked)}
              />
              {o.title}
            </label>
          ))}
        </fieldset>
      )}
      {error ? (
        <p id={`${id}-err`} className="xo-form-error">
          {mode === 'multi' ? t.chooseSome : t.chooseOne}
        </p>
      ) : null}
      <button type="submit" className="xo-tpl-button xo-tpl-submit" disabled={disabled}>
        {answered ? t.answered : confirm}
      </button>
    </form>
  );
}

export const DropdownTemplate = (props: TemplateRendererProps) => <ChoiceForm {...props} mode="dropdown" />;
export const RadioOptionTemplate = (props: TemplateRendererProps) => <ChoiceForm {...props} mode="radio" />;
export const MultiSelectTemplate = (props: TemplateRendererProps) => <ChoiceForm {...props} mode="multi" />;
