import { useId, useState } from 'react';
import { Markdown, firstText, useAnswered, useTemplateStrings } from './deps';
import type { TemplateRendererProps } from '../types';

/** `like_dislike`: thumbs up and down after the bot's text. Sends `like` or `dislike` (Kore's values), once. */
export function LikeDislikeTemplate({ part, message, actions }: TemplateRendererProps) {
  const id = useId();
  const t = useTemplateStrings();
  const text = firstText(part.payload, 'text', 'title') || part.fallbackText;
  const [answered, markAnswered] = useAnswered(message, part);
  const [chosen, setChosen] = useState('');
  const options = [
    { value: 'like', face: '👍', label: t.like },
    { value: 'dislike', face: '👎', label: t.dislike },
  ];
  return (
    <div className="xo-tpl xo-tpl-feedback">
      {text ? (
        <div id={`${id}-q`}>
          <Markdown text={text} />
        </div>
      ) : null}
      <div className="xo-feedback-options" role="group" aria-labelledby={text ? `${id}-q` : undefined} aria-label={text ? undefined : `${t.like} / ${t.dislike}`}>
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className="xo-feedback-option"
            aria-label={o.label}
            aria-pressed={chosen === o.value}
            title={o.label}
            disabled={actions.disabled || answered}
            onClick={() => {
              setChosen(o.value);
              actions.sendPostback({ title: o.label, payload: o.value });
              markAnswered();
            }}
          >
            <span aria-hidden="true">{o.face}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
