import { useMemo } from 'react';
import { ChoiceButton, Markdown, firstText, readQuickReplies, useAnswered, useChatI18n } from './deps';
import type { TemplateActions, TemplateRendererProps } from '../types';

/**
 * `quick_replies_welcome`: the greeting with its choices inside the bubble (Kore shows them there, not above the
 * composer). A choice sends its `payload` with its `title` as the bubble, and the choices are then done.
 */
export function WelcomeQuickReplies({ part, message, actions }: TemplateRendererProps) {
  const label = useChatI18n().strings.quickReplies;
  const text = firstText(part.payload, 'text', 'title') || part.fallbackText;
  const [answered, markAnswered] = useAnswered(message, part);
  const once = useMemo<TemplateActions>(
    () => ({
      ...actions,
      disabled: actions.disabled || answered,
      sendPostback: (postback) => {
        actions.sendPostback(postback);
        markAnswered();
      },
    }),
    [actions, answered, markAnswered],
  );
  const replies = readQuickReplies(part).slice(0, 30);
  return (
    <div className="xo-tpl xo-tpl-quick-replies">
      {text ? <Markdown text={text} /> : null}
      {replies.length > 0 ? (
        <ul className="xo-quick-replies" aria-label={label}>
          {replies.map(({ choice, imageUrl }, i) => (
            <li key={i} className="xo-quick-reply">
              {imageUrl ? <img src={imageUrl} alt="" className="xo-quick-reply-icon" /> : null}
              <ChoiceButton choice={choice} actions={once} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
