import type { Message as ChatMessage } from '@xo-chat/core';
import { memo } from 'react';
import type { ReactNode } from 'react';
import { useChatI18n } from '../../i18n/context';
import { cx } from '../Slot';
import { MessageAvatar } from './MessageAvatar';
import { MessageContent } from './MessageContent';
import { MessageStatus } from './MessageStatus';
import { MessageTime } from './MessageTime';
import { SessionEventLine } from './SessionEventLine';

export interface MessageProps {
  message: ChatMessage;
  /** Continues a run of messages from the same sender: no avatar, tighter spacing. */
  grouped?: boolean;
  /** Avatar of the bot (bot and agent messages). */
  avatarUrl?: string | undefined;
  /** The bot's name, for the avatar's initial and the screen-reader label. */
  botName?: string | undefined;
  className?: string;
  /** Replaces the bubble's content (default: the templates' `MessageParts`). */
  children?: ReactNode;
}

/**
 * One message: avatar, bubble, time and (for the user's own messages) delivery status. The bubble is
 * `dir="auto"`, so Arabic text in an English window (or the reverse) reads in its own direction.
 */
export const Message = memo(function Message({ message, grouped = false, avatarUrl, botName, className, children }: MessageProps) {
  const { strings } = useChatI18n();
  if (message.event) return <SessionEventLine message={message} event={message.event} className={className} />;
  const mine = message.from === 'user';
  const author = message.author;
  const sender = mine ? strings.you : author ? author.name || strings.agentFallbackName : (botName ?? message.from);
  return (
    <article
      className={cx('xo-message', className)}
      data-from={message.from}
      data-message-id={message.id}
      data-status={message.status}
      data-grouped={grouped ? 'true' : undefined}
      data-streaming={message.streaming ? 'true' : undefined}
      aria-label={sender}
    >
      {mine ? null : grouped ? (
        <span className="xo-avatar xo-avatar--spacer" aria-hidden="true" />
      ) : (
        <MessageAvatar from={message.from} src={author ? author.avatarUrl : avatarUrl} name={author ? sender : botName} />
      )}
      <div className="xo-message__body">
        {author && !grouped ? (
          <span className="xo-message__author" aria-hidden="true" dir="auto">
            {sender}
          </span>
        ) : null}
        <div className="xo-message__bubble" dir="auto">
          {children ?? <MessageContent message={message} />}
        </div>
        <div className="xo-message__meta">
          <MessageTime at={message.createdAt} />
          {mine && message.status ? (
            <MessageStatus
              messageId={message.id}
              status={message.status}
              error={message.error}
              receipt={message.receipt}
              canRetry={!message.upload?.refused && !message.upload?.lost}
            />
          ) : null}
        </div>
      </div>
    </article>
  );
});
