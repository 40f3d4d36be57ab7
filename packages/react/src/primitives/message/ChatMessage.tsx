import type { Message } from '@xo-chat/core';
import { memo } from 'react';
import type { ReactNode } from 'react';
import { useChatComponents } from '../../components';
import { MessageAuthor } from './MessageAuthor';
import { MessageAvatar } from './MessageAvatar';
import { MessageBubble } from './MessageBubble';
import { MessageRoot } from './MessageRoot';
import { MessageStatus } from './MessageStatus';
import { MessageTime } from './MessageTime';
import { SessionEventLine } from './SessionEventLine';

export interface ChatMessageProps {
  message: Message;
  /** Continues a run of messages from the same sender: no avatar, tighter spacing. */
  grouped?: boolean;
  /** Avatar of the bot (bot messages; an agent's own picture wins for theirs). */
  avatarUrl?: string | undefined;
  /** The bot's name, for the avatar's initial and the screen-reader label. */
  botName?: string | undefined;
  className?: string;
  /** Replaces the bubble's content (default: `Message.Content`). */
  children?: ReactNode;
}

/**
 * The ready message, assembled from the `Message.*` parts: avatar (or `components.Avatar`), agent name, bubble,
 * time and, for the user's own messages, delivery status. An agent session event renders as its line.
 */
export const ChatMessage = memo(function ChatMessage({ message, grouped = false, avatarUrl, botName, className, children }: ChatMessageProps) {
  const { Avatar = MessageAvatar } = useChatComponents();
  if (message.event) return <SessionEventLine message={message} event={message.event} className={className} />;
  return (
    <MessageRoot message={message} grouped={grouped} avatarUrl={avatarUrl} botName={botName} className={className}>
      {message.from === 'user' ? null : grouped ? <span className="xo-avatar xo-avatar--spacer" aria-hidden="true" /> : <Avatar />}
      <div className="xo-message__body">
        <MessageAuthor />
        <MessageBubble>{children}</MessageBubble>
        <div className="xo-message__meta">
          <MessageTime />
          <MessageStatus />
        </div>
      </div>
    </MessageRoot>
  );
});
