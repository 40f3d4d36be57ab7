import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { AsChildProp } from '../primitive';
import { partElement } from '../primitive';
import { cx } from '../cx';
import { useMessageContext } from './context';

export type MessageAuthorProps = HTMLAttributes<HTMLSpanElement> & AsChildProp;

/**
 * A live agent's name above their run of messages (nothing for the bot's and the user's, and nothing inside a
 * run). Hidden from screen readers, which hear the name as the article's label.
 */
export const MessageAuthor = forwardRef<HTMLSpanElement, MessageAuthorProps>(function MessageAuthor({ asChild, className, children, ...props }, ref) {
  const { message, grouped, sender } = useMessageContext('Message.Author');
  if (!message.author || grouped) return null;
  const Element = partElement(asChild, 'span');
  return (
    <Element aria-hidden="true" dir="auto" {...props} ref={ref} className={cx('xo-message__author', className)}>
      {children ?? sender}
    </Element>
  );
});
