import type { Message, Postback } from '@xo-chat/core';
import { useChatClient } from '../context';
import { useChatSelector } from '../hooks/useChatSelector';
import { connectionBlock } from '../hooks/useComposer';
import { useChatI18n } from '../i18n/context';
import { findQuickReplies, isInlineQuickReplies, readQuickReplies } from '../templates/QuickReplies';
import type { QuickReply } from '../templates/QuickReplies';
import { cx } from './cx';
import { focusComposer } from './focus-composer';

/**
 * The quick replies to offer above the composer: the newest message's, when it is a live bot message whose
 * quick replies are not shown inline. Links whose URL the core refuses, and entries with nothing to send, are left
 * out (the transcript's copy of the message still shows them as text).
 */
function offered(message: Message | undefined): QuickReply[] {
  if (!message || message.from === 'user' || message.fromHistory) return [];
  const part = findQuickReplies(message);
  if (!part || isInlineQuickReplies(part)) return [];
  return readQuickReplies(part).filter((reply) => reply.choice.kind !== 'inert');
}

export interface QuickRepliesProps {
  className?: string;
  /** Called instead of `client.sendPostback` when given. */
  onSelect?: (postback: Postback) => void;
}

/**
 * Chips above the composer for the newest message's quick replies, when that message is a live bot message
 * (replies from history are stale). Picking one sends it as a postback; the user's message that follows
 * makes them disappear.
 */
export function QuickReplies({ className, onSelect }: QuickRepliesProps) {
  const client = useChatClient();
  const { strings } = useChatI18n();
  const newest = useChatSelector((s) => s.messages.at(-1));
  const blocked = useChatSelector((s) => connectionBlock(s.connection.status) !== null);
  const replies = offered(newest);
  if (replies.length === 0) return null;
  return (
    <div className={cx('xo-quick-replies', className)} role="group" aria-label={strings.quickReplies}>
      {replies.map(({ choice, imageUrl }, i) => {
        const icon = imageUrl ? <img src={imageUrl} alt="" className="xo-chip__icon" /> : null;
        if (choice.kind === 'link') {
          return (
            <a key={i} className="xo-chip" href={choice.url} target="_blank" rel="noopener noreferrer" dir="auto">
              {icon}
              {choice.title}
            </a>
          );
        }
        if (choice.kind !== 'postback') return null;
        return (
          <button
            key={i}
            type="button"
            className="xo-chip"
            dir="auto"
            disabled={blocked}
            onClick={(event) => {
              const postback = { title: choice.title, payload: choice.payload };
              if (onSelect) onSelect(postback);
              else client.sendPostback(postback);
              focusComposer(event.currentTarget);
            }}
          >
            {icon}
            {choice.title}
          </button>
        );
      })}
    </div>
  );
}
