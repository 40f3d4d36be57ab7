import { useState } from 'react';
import type { Choice } from './payload';
import type { TemplateActions } from './types';
import { format, useTemplateStrings } from './strings';

/** Read after a link's text: every template link opens in a new tab. */
export function NewTabHint() {
  return <span className="xo-visually-hidden">{useTemplateStrings().opensInNewTab}</span>;
}

/** One button or link of a template: a postback button, a safe link, or plain text when neither is possible. */
export function ChoiceButton({
  choice,
  actions,
  className = 'xo-tpl-button',
}: {
  choice: Choice;
  actions: TemplateActions;
  className?: string;
}) {
  if (choice.kind === 'link') {
    return (
      <a className={className} href={choice.url} target="_blank" rel="noopener noreferrer">
        {choice.title}
        <NewTabHint />
      </a>
    );
  }
  if (choice.kind === 'inert') return <span className={`${className} xo-tpl-button--inert`}>{choice.title}</span>;
  return (
    <button
      type="button"
      className={className}
      disabled={actions.disabled}
      onClick={() => actions.sendPostback({ title: choice.title, payload: choice.payload })}
    >
      {choice.title}
    </button>
  );
}

/** How many buttons show before a "Show more" (Kore shows at most 10 choices at once). */
export const VISIBLE_CHOICES = 10;

/** A row of buttons; past `limit`, the rest wait behind "Show more". */
export function ChoiceList({
  choices,
  actions,
  label,
  limit = VISIBLE_CHOICES,
}: {
  choices: readonly Choice[];
  actions: TemplateActions;
  label?: string | undefined;
  limit?: number;
}) {
  const [shown, setShown] = useState(limit);
  const t = useTemplateStrings();
  if (choices.length === 0) return null;
  const hidden = choices.length - shown;
  return (
    <ul className="xo-tpl-buttons" aria-label={label}>
      {choices.slice(0, shown).map((choice, i) => (
        <li key={i}>
          <ChoiceButton choice={choice} actions={actions} />
        </li>
      ))}
      {hidden > 0 && (
        <li>
          <button type="button" className="xo-tpl-button xo-tpl-more" onClick={() => setShown(shown + limit)}>
            {format(t.showMore, { count: hidden })}
          </button>
        </li>
      )}
    </ul>
  );
}
