import type { Message } from '@xo-chat/core';
import { forwardRef, useMemo } from 'react';
import type { HTMLAttributes } from 'react';
import { useChatClient } from '../../context';
import { useChatI18n } from '../../i18n/context';
import type { AsChildProp } from '../primitive';
import { partElement } from '../primitive';
import { cx } from '../cx';
import { MessageContext } from './context';

export interface MessageRootProps extends HTMLAttributes<HTMLElement>, AsChildProp {
  message: Message;
  /** Continues a run of messages from the same sender. */
  grouped?: boolean | undefined;
  /** The bot's picture, for bot messages (an agent's own picture wins for theirs). */
  avatarUrl?: string | undefined;
  /** The bot's name, for the label and the avatar's initial (default `client.botInfo.chatBot`). */
  botName?: string | undefined;
}

/**
 * One message: an `<article>` named by its sender, holding the message for the `Message.*` parts inside it.
 * `data-state` is the delivery status of the user's own messages (`sending`, `sent`, `failed`, `unconfirmed`),
 * or `received`.
 */
export const MessageRoot = forwardRef<HTMLElement, MessageRootProps>(function MessageRoot(
  { message, grouped = false, avatarUrl, botName, asChild, className, children, ...props },
  ref,
) {
  const client = useChatClient();
  const { strings } = useChatI18n();
  const mine = message.from === 'user';
  const author = message.author;
  const sender = mine ? strings.you : author ? author.name || strings.agentFallbackName : (botName ?? client.botInfo.chatBot);
  const picture = author ? author.avatarUrl : avatarUrl;
  const value = useMemo(() => ({ message, grouped, mine, sender, avatarUrl: picture }), [message, grouped, mine, sender, picture]);
  const Element = partElement(asChild, 'article');
  return (
    <MessageContext.Provider value={value}>
      <Element
        aria-label={sender}
        {...props}
        ref={ref}
        className={cx('xo-message', className)}
        data-from={message.from}
        data-message-id={message.id}
        data-status={message.status}
        data-state={message.status ?? 'received'}
        data-grouped={grouped ? 'true' : undefined}
        data-streaming={message.streaming ? 'true' : undefined}
      >
        {children}
      </Element>
    </MessageContext.Provider>
  );
});
