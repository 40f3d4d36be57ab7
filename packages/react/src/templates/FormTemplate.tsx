import type { FormEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { useAnswered } from './actions';
import { firstText, record, records, text } from './payload';
import type { TemplateRendererProps } from './types';
import { format, useTemplateStrings } from './strings';

const INPUT_TYPES = new Set(['text', 'password', 'email', 'number', 'tel', 'url', 'date', 'time']);

export interface FormField {
  key: string;
  /** The bot gave this field a `key` (Kore sends JSON by key only when every field has one). */
  keyed: boolean;
  label: string;
  type: string;
  placeholder: string;
  required: boolean;
}

export function readFormFields(value: Parameters<typeof records>[0], fieldName = 'Field {index}'): FormField[] {
  return records(value).slice(0, 30).map((field, i) => {
    const type = text(field.type).toLowerCase();
    const label = firstText(field, 'label', 'title', 'placeholder') || format(fieldName, { index: i + 1 });
    return {
      key: firstText(field, 'key', 'name', 'label') || `field${i + 1}`,
      keyed: firstText(field, 'key') !== '',
      label,
      type: INPUT_TYPES.has(type) ? type : 'text',
      placeholder: text(field.placeholder),
      required: field.required !== false,
    };
  });
}

/**
 * What a submitted form sends, as Kore's SDK sends it: when every field has a `key`, a JSON object by key;
 * otherwise the values joined with commas (`v1,v2`; one field: its value alone). The bubble shows `label: value`
 * lines with passwords masked.
 */
export function formMessage(fields: readonly FormField[], values: readonly string[]): { body: string; renderMsg: string } {
  const masked = (f: FormField | undefined, v: string) => (f?.type === 'password' ? '••••••' : v);
  const shown = fields.map((f, i) => `${f.label}: ${masked(f, values[i] ?? '')}`);
  const renderMsg = fields.length === 1 ? masked(fields[0], values[0] ?? '') : shown.join('\n');
  if (fields.length > 0 && fields.every((f) => f.keyed)) {
    return { body: JSON.stringify(Object.fromEntries(fields.map((f, i) => [f.key, values[i] ?? '']))), renderMsg };
  }
  return { body: fields.map((_, i) => values[i] ?? '').join(','), renderMsg };
}

/** `form_template`: labelled inputs, required-field checks tied to their inputs, one submit, then disabled. */
export function FormTemplate({ part, message, actions }: TemplateRendererProps) {
  const id = useId();
  const t = useTemplateStrings();
  const formRef = useRef<HTMLFormElement>(null);
  const [answered, markAnswered] = useAnswered(message, part);
  const fields = readFormFields(part.payload.formFields ?? part.payload.fields, t.field);
  const [values, setValues] = useState<string[]>(() => fields.map(() => ''));
  const [errors, setErrors] = useState<boolean[]>([]);
  const heading = firstText(part.payload, 'heading', 'title', 'text') || part.fallbackText || t.form;
  const submitLabel = firstText(record(records(part.payload.formFields)[0]?.fieldButton), 'title') || t.submit;
  const disabled = actions.disabled || answered;
  if (fields.length === 0) return <p className="xo-tpl xo-tpl-form-empty">{heading}</p>;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (disabled) return;
    const next = fields.map((f, i) => f.required && (values[i] ?? '').trim() === '');
    setErrors(next);
    const firstBad = next.indexOf(true);
    if (firstBad >= 0) {
      // The inputs are the form's first controls, in field order.
      const input = formRef.current?.elements.item(firstBad);
      if (input instanceof HTMLElement) input.focus();
      return;
    }
    const { body, renderMsg } = formMessage(fields, values);
    actions.send(body, { renderMsg });
    markAnswered();
  };

  return (
    <form ref={formRef} className="xo-tpl xo-tpl-form" aria-labelledby={`${id}-h`} noValidate onSubmit={onSubmit}>
      <p id={`${id}-h`} className="xo-tpl-caption">
        {heading}
      </p>
      {fields.map((field, i) => {
        const inputId = `${id}-${i}`;
        const bad = errors[i] === true;
        return (
          <div className="xo-form-field" key={i}>
            <label htmlFor={inputId}>
              {field.label}
              {field.required ? <span aria-hidden="true"> *</span> : null}
            </label>
            <input
              id={inputId}
              name={field.key}
              type={field.type}
              placeholder={field.placeholder || undefined}
              autoComplete={field.type === 'password' ? 'current-password' : 'off'}
              required={field.required}
              aria-invalid={bad || undefined}
              aria-describedby={bad ? `${inputId}-err` : undefined}
              disabled={disabled}
              value={values[i] ?? ''}
              onChange={(e) => {
                const value = e.target.value;
                setValues((v) => v.map((old, j) => (j === i ? value : old)));
                if (bad) setErrors((errs) => errs.map((err, j) => (j === i ? false : err)));
              }}
            />
            {bad ? (
              <p id={`${inputId}-err`} className="xo-form-error">
                {format(t.fieldRequired, { label: field.label })}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" className="xo-tpl-button xo-tpl-submit" disabled={disabled}>
        {answered ? t.answered : submitLabel}
      </button>
    </form>
  );
}
