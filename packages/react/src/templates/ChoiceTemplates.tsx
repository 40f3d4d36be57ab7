import type { JsonValue } from '@xo-chat/core';
import type { FormEvent, ReactNode } from 'react';
import { useId, useState } from 'react';
import { Markdown } from '../markdown/Markdown';
import { useAnswered } from './actions';
import { firstText, mediaUrl, record, records, text } from './payload';
import type { TemplateRendererProps } from './types';
import { format, useTemplateStrings } from './strings';

interface Option {
  /** What the option shows. */
  title: string;
  /** Shown under the title (a description, an account number). */
  detail: string;
  /** What the bot receives. */
  payload: string;
  /** The user's bubble. */
  label: string;
  imageUrl?: string | undefined;
}

const MAX_OPTIONS = 200;

function valueText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return text(value) || (typeof value === 'boolean' ? String(value) : '');
}

/** `{title, value, description?}` entries (dropdown, multi_select, a collection): Kore sends `value`, shows `title`. */
function readValueOptions(value: JsonValue | undefined): Option[] {
  return records(value)
    .slice(0, MAX_OPTIONS)
    .flatMap((entry) => {
      const title = firstText(entry, 'title', 'label', 'text');
      // Kore sends the entry's `value`: an entry without one has nothing to send and is not offered.
      const payload = valueText(entry.value ?? entry.payload);
      if (payload === '') return [];
      const option: Option = { title: title || payload, detail: firstText(entry, 'description', 'subtitle'), payload, label: title || payload };
      const imageUrl = mediaUrl(entry.image_url ?? entry.imageUrl);
      if (imageUrl) option.imageUrl = imageUrl;
      return [option];
    });
}

/**
 * `radioOptions[]`: `{title, value, postback: {title, value}}`. Kore shows the title with the entry's `value` under
 * it (an account number in its sample), and sends `postback.value` with `postback.title` as the bubble.
 */
function readRadioOptions(value: JsonValue | undefined): Option[] {
  return records(value)
    .slice(0, MAX_OPTIONS)
    .flatMap((entry) => {
      const postback = record(entry.postback);
      const title = firstText(entry, 'title', 'label') || firstText(postback, 'title');
      const detail = valueText(entry.value);
      const payload = valueText(postback?.value ?? postback?.payload) || detail;
      if (payload === '') return [];
      return [{ title: title || payload, detail: detail === title ? '' : detail, payload, label: firstText(postback, 'title') || title || payload }];
    });
}

function OptionText({ option, id }: { option: Option; id: string }) {
  return option.detail ? (
    <span id={id} className="xo-choice-detail">
      {option.detail}
    </span>
  ) : null;
}

/** What every choice form shares: a heading, an error under the controls, one confirm button, answered once. */
function useChoiceForm({ part, message, actions }: TemplateRendererProps) {
  const t = useTemplateStrings();
  const p = part.payload;
  const heading = firstText(p, 'heading', 'text', 'title') || part.fallbackText || t.choose;
  const confirm = firstText(p, 'submitButtonText') || firstText(record(records(p.buttons)[0]), 'title') || t.confirm;
  const [answered, markAnswered] = useAnswered(message, part);
  const [error, setError] = useState(false);
  return { t, p, heading, confirm, answered, markAnswered, error, setError, disabled: actions.disabled || answered };
}

function ChoiceShell({
  onSubmit,
  error,
  errorId,
  errorText,
  submit,
  disabled,
  children,
}: {
  onSubmit: (event: FormEvent) => void;
  error: boolean;
  errorId: string;
  errorText: string;
  submit: string;
  disabled: boolean;
  children: ReactNode;
}) {
  return (
    <form className="xo-tpl xo-tpl-choice" noValidate onSubmit={onSubmit}>
      {children}
      {error ? (
        <p id={errorId} className="xo-form-error">
          {errorText}
        </p>
      ) : null}
      <button type="submit" className="xo-tpl-button xo-tpl-submit" disabled={disabled}>
        {submit}
      </button>
    </form>
  );
}

/** `dropdown_template`: a select of `elements[]` (title, with the description beside it); sends the `value`. */
export function DropdownTemplate(props: TemplateRendererProps) {
  const id = useId();
  const form = useChoiceForm(props);
  const { t, p, heading, disabled, error, setError } = form;
  const options = readValueOptions(p.elements ?? p.options);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  if (options.length === 0) return <p className="xo-tpl">{heading}</p>;
  const label = firstText(p, 'label');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const option = picked === undefined ? undefined : options[picked];
    if (disabled) return;
    if (!option) return setError(true);
    props.actions.sendPostback({ title: option.label, payload: option.payload });
    form.markAnswered();
  };
  return (
    <ChoiceShell onSubmit={onSubmit} error={error} errorId={`${id}-err`} errorText={t.chooseOne} submit={form.answered ? t.answered : form.confirm} disabled={disabled}>
      <div className="xo-form-field">
        {label ? <Markdown text={heading} /> : null}
        <label htmlFor={`${id}-sel`}>
          <Markdown text={label || heading} inline />
        </label>
        <select
          id={`${id}-sel`}
          disabled={disabled}
          value={picked ?? ''}
          onChange={(e) => {
            setError(false);
            setPicked(Number(e.target.value));
          }}
          {...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-err` } : {})}
        >
          <option value="" disabled>
            {firstText(p, 'placeholder') || t.selectPlaceholder}
          </option>
          {options.map((o, i) => (
            <option key={i} value={i}>
              {o.detail ? `${o.title} — ${o.detail}` : o.title}
            </option>
          ))}
        </select>
      </div>
    </ChoiceShell>
  );
}

/** `radioOptionTemplate`: radios with each entry's value under its title; sends `postback.value`. */
export function RadioOptionTemplate(props: TemplateRendererProps) {
  const id = useId();
  const form = useChoiceForm(props);
  const { t, p, heading, disabled, error, setError } = form;
  const options = readRadioOptions(p.radioOptions ?? p.elements ?? p.options);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  if (options.length === 0) return <p className="xo-tpl">{heading}</p>;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const option = picked === undefined ? undefined : options[picked];
    if (disabled) return;
    if (!option) return setError(true);
    props.actions.sendPostback({ title: option.label, payload: option.payload });
    form.markAnswered();
  };
  return (
    <ChoiceShell onSubmit={onSubmit} error={error} errorId={`${id}-err`} errorText={t.chooseOne} submit={form.answered ? t.answered : form.confirm} disabled={disabled}>
      <fieldset className="xo-choice-fieldset" disabled={disabled} {...(error ? { 'aria-describedby': `${id}-err` } : {})}>
        <legend>
          <Markdown text={heading} inline />
        </legend>
        {options.map((o, i) => (
          <div key={i} className="xo-choice-option">
            <label>
              <input
                type="radio"
                name={`${id}-opt`}
                checked={picked === i}
                aria-describedby={o.detail ? `${id}-d${i}` : undefined}
                onChange={() => {
                  setError(false);
                  setPicked(i);
                }}
              />
              {o.title}
            </label>
            <OptionText option={o} id={`${id}-d${i}`} />
          </div>
        ))}
      </fieldset>
    </ChoiceShell>
  );
}

/** `multi_select`: checkboxes of `elements[]`; sends the checked values comma-joined, as Kore does. */
export function MultiSelectTemplate(props: TemplateRendererProps) {
  const id = useId();
  const form = useChoiceForm(props);
  const { t, p, heading, disabled, error, setError } = form;
  const options = readValueOptions(p.elements ?? p.options);
  const [picked, setPicked] = useState<number[]>([]);
  if (options.length === 0) return <p className="xo-tpl">{heading}</p>;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = options.filter((_, i) => picked.includes(i));
    if (disabled) return;
    if (chosen.length === 0) return setError(true);
    props.actions.sendPostback({ title: chosen.map((o) => o.label).join(', '), payload: chosen.map((o) => o.payload).join(',') });
    form.markAnswered();
  };
  return (
    <ChoiceShell onSubmit={onSubmit} error={error} errorId={`${id}-err`} errorText={t.chooseSome} submit={form.answered ? t.answered : form.confirm} disabled={disabled}>
      <fieldset className="xo-choice-fieldset" disabled={disabled} {...(error ? { 'aria-describedby': `${id}-err` } : {})}>
        <legend>
          <Markdown text={heading} inline />
        </legend>
        {options.map((o, i) => (
          <div key={i} className="xo-choice-option">
            <label>
              <input
                type="checkbox"
                checked={picked.includes(i)}
                aria-describedby={o.detail ? `${id}-d${i}` : undefined}
                onChange={(e) => {
                  setError(false);
                  const on = e.target.checked;
                  setPicked((old) => (on ? [...old, i] : old.filter((x) => x !== i)));
                }}
              />
              {o.title}
            </label>
            <OptionText option={o} id={`${id}-d${i}`} />
          </div>
        ))}
      </fieldset>
    </ChoiceShell>
  );
}

interface Collection {
  title: string;
  options: Option[];
}

/** `elements[]` as `{collectionTitle, collection: [...]}` groups; a flat list of options is one untitled group. */
function readCollections(value: JsonValue | undefined): Collection[] {
  const entries = records(value);
  const grouped = entries.some((e) => Array.isArray(e.collection));
  if (!grouped) {
    const options = readValueOptions(value);
    return options.length > 0 ? [{ title: '', options }] : [];
  }
  return entries.slice(0, 50).flatMap((entry) => {
    const options = readValueOptions(entry.collection);
    return options.length > 0 ? [{ title: firstText(entry, 'collectionTitle', 'title'), options }] : [];
  });
}

/** What Kore's advanced multi-select sends: its sentence, then the picked values. */
export const ADVANCED_MULTI_SELECT_PREFIX = 'Here are selected items: ';

/**
 * `advanced_multi_select`: options grouped in collections (`elements[].collection[]`, each with a
 * `collectionTitle`, a "Select all" when it holds several), the first `limit` collections shown until "Show more".
 * As in Kore's SDK, picks come from one collection at a time, and it sends `Here are selected items: <values>`.
 */
export function AdvancedMultiSelectTemplate(props: TemplateRendererProps) {
  const id = useId();
  const form = useChoiceForm(props);
  const { t, p, heading, disabled, error, setError } = form;
  const collections = readCollections(p.elements);
  const limit = Math.max(1, Number(text(p.limit)) || collections.length);
  const [shown, setShown] = useState(limit);
  const [picked, setPicked] = useState<{ group: number; items: number[] }>({ group: -1, items: [] });
  if (collections.length === 0) return <p className="xo-tpl">{heading}</p>;
  const description = firstText(p, 'description');
  const inGroup = (g: number) => (picked.group === g ? picked.items : []);
  const toggle = (g: number, i: number, on: boolean) => {
    setError(false);
    const current = inGroup(g);
    setPicked({ group: g, items: on ? [...current, i] : current.filter((x) => x !== i) });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const options = collections[picked.group]?.options ?? [];
    const chosen = options.filter((_, i) => picked.items.includes(i));
    if (disabled) return;
    if (chosen.length === 0) return setError(true);
    const body = `${ADVANCED_MULTI_SELECT_PREFIX}${chosen.map((o) => o.payload).join(' ')}`;
    props.actions.sendPostback({ title: `${ADVANCED_MULTI_SELECT_PREFIX}${chosen.map((o) => o.label).join(', ')}`, payload: body });
    form.markAnswered();
  };
  const hidden = collections.length - shown;
  return (
    <ChoiceShell onSubmit={onSubmit} error={error} errorId={`${id}-err`} errorText={t.chooseSome} submit={form.answered ? t.answered : form.confirm} disabled={disabled}>
      <Markdown text={heading} />
      {description ? <p className="xo-tpl-hint">{description}</p> : null}
      {collections.slice(0, shown).map((collection, g) => {
        const items = inGroup(g);
        const all = items.length === collection.options.length;
        return (
          <fieldset key={g} className="xo-choice-fieldset" disabled={disabled} {...(error ? { 'aria-describedby': `${id}-err` } : {})}>
            <legend>{collection.title || heading}</legend>
            {collection.options.length > 1 ? (
              <label className="xo-choice-option xo-choice-all">
                <input
                  type="checkbox"
                  checked={all}
                  onChange={(e) => {
                    setError(false);
                    setPicked({ group: g, items: e.target.checked ? collection.options.map((_, i) => i) : [] });
                  }}
                />
                {t.selectAll}
              </label>
            ) : null}
            {collection.options.map((o, i) => (
              <div key={i} className="xo-choice-option">
                {o.imageUrl ? <img className="xo-choice-image" src={o.imageUrl} alt="" loading="lazy" /> : null}
                <label>
                  <input
                    type="checkbox"
                    checked={items.includes(i)}
                    aria-describedby={o.detail ? `${id}-d${g}-${i}` : undefined}
                    onChange={(e) => toggle(g, i, e.target.checked)}
                  />
                  {o.title}
                </label>
                <OptionText option={o} id={`${id}-d${g}-${i}`} />
              </div>
            ))}
          </fieldset>
        );
      })}
      {hidden > 0 ? (
        <button type="button" className="xo-tpl-button xo-tpl-more" onClick={() => setShown(collections.length)}>
          {format(t.showMore, { count: hidden })}
        </button>
      ) : null}
    </ChoiceShell>
  );
}
