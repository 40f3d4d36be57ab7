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

/** Kore's smiley ids run 1 (worst) to 5 (best): the face follows the id when there is one, else the position. */
function faceOf(o: JsonObject, i: number): (typeof EMOJI)[number] {
  const id = Number(text(o.smileyId));
  return EMOJI[Number.isInteger(id) && id >= 1 && id <= 5 ? id - 1 : i] ?? EMOJI[2];
}

/**
 * Thumbs as Kore's SDK places them: up is the second entry when its review text says "Extremely Likely", else the
 * first; down is the first entry when its review text says "Extremely Unlikely", else the second.
 */
function thumbs(list: JsonObject[]): [JsonObject | undefined, JsonObject | undefined] {
  const says = (o: JsonObject | undefined, what: string) => `${text(o?.reviewText)} ${text(o?.value)}`.includes(what);
  const [first, second] = list;
  return [says(second, 'Extremely Likely') ? second : first, says(first, 'Extremely Unlikely') ? first : second];
}

function readOptions(view: string, p: JsonObject, t: TemplateStrings): Option[] {
  switch (view) {
    case 'emojis':
    case 'csat': {
      const list = given(p, 'smileyArrays', 'smileyId');
      const src = list.length > 0 ? list : EMOJI.map((_, i) => ({ value: i + 1, smileyId: i + 1 }) as JsonObject);
      return src.slice(0, 5).map((o, i) => {
        const value = text(o.value) || text(o.smileyId) || String(i + 1);
        const [face, name] = faceOf(o, i);
        return { face, label: firstText(o, 'reviewText') || t[name], value };
      });
    }
    case 'thumbsupdown': {
      const list = given(p, 'thumpsUpDownArrays', 'thumpUpId').concat(given(p, 'thumbsUpDownArrays', 'thumbUpId'));
      const [up, down] = thumbs(list);
      const option = (o: JsonObject | undefined, face: string, label: string, value: string): Option =>
        o ? { face, label: firstText(o, 'reviewText') || text(o.value) || label, value: text(o.value) || text(o.reviewText) || value } : { face, label, value };
      return [option(up, '👍', t.feedbackYes, 'Yes'), option(down, '👎', t.feedbackNo, 'No')];
    }
    case 'nps': {
      const list = given(p, 'numbersArrays', 'numberId');
      const values = list.length > 0 ? list.map((o) => text(o.value) || text(o.numberId)) : Array.from({ length: 11 }, (_, i) => String(i));
      return values.map((v) => ({ face: v, label: v, value: v }));
    }
    default: {
      // Kore's starArrays run from 5 down to 1 and are laid out reversed, so the first star shown is 1. Shown here
      // lowest first (sorted by value when every value is a number), each star sends the rating it shows.
      const list = given(p, 'starArrays', 'starId');
      const numeric = list.length > 0 && list.every((o) => Number.isFinite(Number(text(o.value) || text(o.starId))));
      const ordered = numeric
        ? [...list].sort((a, b) => Number(text(a.value) || text(a.starId)) - Number(text(b.value) || text(b.starId)))
        : [...list].reverse();
      const count = ordered.length > 0 ? ordered.length : 5;
      return Array.from({ length: count }, (_, i) => {
        const o = ordered[i];
        const value = (o && (text(o.value) || text(o.starId))) || String(i + 1);
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
            {view === 'csat' || view === 'emojis' || view === 'thumbsupdown' ? <span className="xo-feedback-label" aria-hidden="true">{option.label}</span> : null}
          </button>
        ))}
      </div>
      {answered ? <p className="xo-tpl-hint">{t.feedbackThanks}</p> : null}
    </div>
  );
}
