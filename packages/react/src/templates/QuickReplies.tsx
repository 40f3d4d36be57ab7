import type { Message, TemplatePart } from '@xo-chat/core';
import { useChatI18n } from '../i18n';
import { Markdown } from '../markdown/Markdown';
import { useTemplateActions } from './actions';
import { ChoiceButton } from './ChoiceButton';
import { firstText, mediaUrl, readChoice, record, records } from './payload';
import type { Choice } from './payload';
import type { TemplateRendererProps } from './types';

export interface QuickReply {
  choice: Choice;
  /** An allow-listed http(s) icon, when the bot gave one. */
  imageUrl?: string;
}

/** `quick_replies[]` (`content_type` text/postback/url) as choices; entries with nothing to show are skipped. */
export function readQuickReplies(part: TemplatePart): QuickReply[] {
  return records(part.payload.quick_replies ?? part.payload.buttons).flatMap((entry) => {
    const type = firstText(entry, 'content_type', 'type').toLowerCase();
    const choice = readChoice({ ...entry, type: type === 'url' || type === 'web_url' ? 'web_url' : 'postback' });
    if (!choice) return [];
    const imageUrl = mediaUrl(entry.image_url);
    return [imageUrl ? { choice, imageUrl } : { choice }];
  });
}

/** The quick replies of `message` (its first `quick_replies` part), or undefined. */
export function findQuickReplies(message: Message): TemplatePart | undefined {
  return message.parts.find(
    (p): p is TemplatePart => p.type === 'template' && p.templateType === 'quick_replies' && record(p.payload) !== undefined,
  );
}

/**
 * The clickable chips of a quick-replies message, for the area above the composer. Renders nothing when the
 * message has no quick replies; disabled when the message came from history or nothing can be sent.
 */
export function QuickReplyChips({ message, part, className }: { message: Message; part?: TemplatePart; className?: string }) {
  const target = part ?? findQuickReplies(message);
  const actions = useTemplateActions(message, 'quick_replies');
  const label = useChatI18n().strings.quickReplies;
  const replies = target ? readQuickReplies(target) : [];
  if (replies.length === 0) return null;
  return (
    <ul className={className ?? 'xo-quick-replies'} aria-label={label}>
      {replies.map(({ choice, imageUrl }, i) => (
        <li key={i} className="xo-quick-reply">
          {imageUrl ? <img src={imageUrl} alt="" className="xo-quick-reply-icon" /> : null}
          <ChoiceButton choice={choice} actions={actions} />
        </li>
      ))}
    </ul>
  );
}

/** `quick_replies` in the transcript: the text only (the chips live above the composer). */
export function QuickRepliesTemplate({ part }: TemplateRendererProps) {
  const text = firstText(part.payload, 'text', 'title') || part.fallbackText;
  return text ? (
    <div className="xo-tpl xo-tpl-quick-replies">
      <Markdown text={text} />
    </div>
  ) : null;
}
