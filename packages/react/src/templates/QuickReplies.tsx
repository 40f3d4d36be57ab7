import type { Message, TemplatePart } from '@xo-chat/core';
import { useChatI18n } from '../i18n';
import { Markdown } from '../markdown/Markdown';
import { useTemplateActions } from './actions';
import { ChoiceButton } from './ChoiceButton';
import { firstText, mediaUrl, readChoice, record, records } from './payload';
import type { Choice } from './payload';
import type { TemplateActions, TemplateRendererProps } from './types';

/** One quick reply: what it does (a postback, a link, or inert text) and its icon. */
export interface QuickReply {
  choice: Choice;
  /** An allow-listed http(s) icon (`image_url`), when the bot gave one. */
  imageUrl?: string;
}

const MAX_QUICK_REPLIES = 50;

/**
 * `quick_replies[]` as Kore's SDK reads them: `content_type` `text` or `postback` sends `payload`, else `value`
 * (else the title), with the title as the bubble; `url`/`web_url` opens `url` (allow-listed by the core's
 * `isSafeUrl`, else shown as inert text); `image_url` is the chip's icon. Entries without a title are skipped.
 * The only quick-reply reader: the transcript's chips and the `QuickReplies` primitive both use it.
 */
export function readQuickReplies(part: TemplatePart): QuickReply[] {
  return records(part.payload.quick_replies ?? part.payload.buttons)
    .slice(0, MAX_QUICK_REPLIES)
    .flatMap((entry) => {
      // A chip is labelled by its title; one without (whatever it would send) is not offered.
      if (firstText(entry, 'title', 'label').trim() === '') return [];
      const type = firstText(entry, 'content_type', 'type').toLowerCase();
      const isLink = type === 'url' || type === 'web_url';
      const choice = readChoice(isLink ? { ...entry, type: 'web_url', url: entry.url ?? entry.payload ?? null } : { ...entry, type: 'postback' });
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

/** `inline: true`: the bot wants the chips in the message itself rather than above the composer. */
export function isInlineQuickReplies(part: TemplatePart): boolean {
  return part.payload.inline === true || part.payload.inline === 'true';
}

function Chips({ replies, actions, className, label }: { replies: QuickReply[]; actions: TemplateActions; className?: string | undefined; label: string }) {
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

/**
 * The clickable chips of a quick-replies message. Renders nothing when the message has no quick replies; disabled
 * when the message came from history or nothing can be sent.
 */
export function QuickReplyChips({ message, part, className }: { message: Message; part?: TemplatePart; className?: string }) {
  const target = part ?? findQuickReplies(message);
  const actions = useTemplateActions(message, 'quick_replies');
  const label = useChatI18n().strings.quickReplies;
  const replies = target ? readQuickReplies(target) : [];
  if (replies.length === 0) return null;
  return <Chips replies={replies} actions={actions} className={className} label={label} />;
}

/**
 * `quick_replies` in the transcript: the text. The chips live above the composer (the `QuickReplies` primitive)
 * while the message is the newest live one; they are shown here, in the message, when the bot asks for them
 * inline (`inline: true`) or the message came from history (then disabled, as Kore's SDK shows them).
 */
export function QuickRepliesTemplate({ part, message, actions }: TemplateRendererProps) {
  const label = useChatI18n().strings.quickReplies;
  const text = firstText(part.payload, 'text', 'title') || part.fallbackText;
  const inline = isInlineQuickReplies(part) || message.fromHistory === true;
  const replies = inline ? readQuickReplies(part) : [];
  if (!text && replies.length === 0) return null;
  return (
    <div className="xo-tpl xo-tpl-quick-replies">
      {text ? <Markdown text={text} /> : null}
      {replies.length > 0 ? <Chips replies={replies} actions={actions} label={label} /> : null}
    </div>
  );
}
