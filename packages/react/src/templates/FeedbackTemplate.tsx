import type { JsonObject } from '@xo-chat/core';
import { useId } from 'react';
import { Markdown } from '../markdown/Markdown';
import { useAnswered } from './actions';
import { firstText, records, text } from './payload';
import type { TemplateRendererProps } from './types';
import { format, useTemplateStrings } from './strings';
import type { TemplateStrings } from './strings';

interface Option {
  /** What the button shows (a star, an emoji, a number). */
  face: string;
  /** The accessible name and the user's bubble. */
  label: string;
  /** What the bot receives. */
  value: string;
}

const EMOJI = [
  ['😡', 'feedbackTerrible'],
  ['🙁', 'feedbackBad'],
  ['😐', 'feedbackOkay'],
  ['🙂', 'feedbackGood'],
  ['😍', 'feedbackAwesome'],
] as const;

/** The bot's own option list (`starArrays`, `smileyArrays`, `numbersArrays`, `thumpsUpDownArrays`), if any. */
function given(p: JsonObject, key: string, idKey: string): JsonObject[] {
  return records(p[key]).filter((o) => text(o.value) !== '' || text(o[idKey]) !== '').slice(0, 11);
}

function readOptions(view: string, p: JsonObject, t: TemplateStrings): Option[] {
  switch (view) {
    case 'emojis':
    case 'csat': {
      const list = given(p, 'smileyArrays', 'smileyId');
      const src = list.length > 0 ? list : EMOJI.map((_, i) => ({ value: i + 1 }) as JsonObject);
      return src.slice(0, 5).map((o, i) => {
        const value = text(o.value) || text(o.smileyId) || String(i + 1);
        const [face, name] = EMOJI[i] ?? EMOJI[2];
        return { face, label: firstText(o, 'reviewText') || t[name], value };
      });
    }
    case 'thumbsupdown': {
      const list = given(p, 'thumpsUpDownArrays', 'thumpUpId').concat(given(p, 'thumbsUpDownArrays', 'thumbUpId'));
      const defaults = [
        { face: '👍', label: t.feedbackYes, value: 'Yes' },
        { face: '👎', label: t.feedbackNo, value: 'No' },
      ];
      return defaults.map((d, i) => {
        const o = list[i];
        return o ? { face: d.face, label: firstText(o, 'reviewText') || d.label, value: text(o.value) || d.value } : d;
      });
    }
    case 'nps': {
      const list = given(p, 'numbersArrays', 'numberId');
      const values = list.length > 0 ? list.map((o) => text(o.value) || text(o.numberId)) : Array.from({ length: 11 }, (_, i) => String(i));
      return values.map((v) => ({ face: v, label: v, value: v }));
    }
    default: {
      const list = given(p, 'starArrays', 'starId');
      const count = list.length > 0 ? list.length : 5;
      return Array.from({ length: count }, (_, i) => {
        const value = text(list[i]?.value) || String(i + 1);
        return { face: '★', label: format(t.stars, { value, count }), value };
      });
    }
  }
}

/** `feedbackTemplate`: star, emoji/CSAT, thumbs and NPS views. A choice is sent as a postback, once. */
export function FeedbackTemplate({ part, message, actions }: TemplateRendererProps) {
  const id = useId();
  const t = useTemplateStrings();
  const p = part.payload;
  const view = text(p.view).toLowerCase() || 'star';
  const question = firstText(p, 'text', 'heading', 'title') || part.fallbackText || t.feedbackQuestion;
  const options = readOptions(view, p, t);
  const [answered, markAnswered] = useAnswered(message, part);
  const disabled = actions.disabled || answered;
  return (
    <div className="xo-tpl xo-tpl-feedback" data-view={view}>
      <div id={`${id}-q`}>
        <Markdown text={question} />
      </div>
      <div className="xo-feedback-options" role="group" aria-labelledby={`${id}-q`}>
        {options.map((option, i) => (
          <button
            key={i}
            type="button"
            className="xo-feedback-option"
            aria-label={option.label}
            title={option.label}
            disabled={disabled}
            onClick={() => {
              actions.sendPostback({ title: option.label, payload: option.value });
              markAnswered();
            }}
          >
            <span aria-hidden="true">{option.face}</span>
            {view === 'csat' ? <span className="xo-feedback-label" aria-hidden="true">{option.label}</span> : null}
          </button>
        ))}
      </div>
      {answered ? <p className="xo-tpl-hint">{t.feedbackThanks}</p> : null}
    </div>
  );
}
