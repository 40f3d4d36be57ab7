import type { Message } from '@xo-chat/core';
import { forwardRef, useContext } from 'react';
import type { HTMLAttributes } from 'react';
import type { AsChildProp } from '../primitive';
import { partContent, partElement } from '../primitive';
import { cx } from '../cx';
import { MessageContext } from './context';

export interface MessageAvatarProps extends HTMLAttributes<HTMLSpanElement>, AsChildProp {
  /** Whose picture (default: the message's sender). */
  from?: Message['from'] | undefined;
  /** Image URL (default: the message's avatar); without one the first letter of `name` is shown. */
  src?: string | undefined;
  /** Default: the message's sender. */
  name?: string | undefined;
}

/**
 * The sender's picture, inside `Message.Root` or on its own (the header uses it). Decorative, since the
 * transcript already says who speaks, so it is hidden from assistive tech. `data-state` is `image` or `initial`.
 */
export const MessageAvatar = forwardRef<HTMLSpanElement, MessageAvatarProps>(function MessageAvatar(
  { from, src, name, asChild, className, children, ...props },
  ref,
) {
  const message = useContext(MessageContext);
  const who = from ?? message?.message.from ?? 'bot';
  const url = src ?? message?.avatarUrl;
  const label = name ?? message?.sender;
  const initial = (label ?? '').trim().charAt(0).toUpperCase() || (who === 'user' ? 'U' : 'B');
  const Element = partElement(asChild, 'span');
  return (
    <Element aria-hidden="true" {...props} ref={ref} className={cx('xo-avatar', className)} data-from={who} data-state={url ? 'image' : 'initial'}>
      {partContent(asChild, children, url ? <img className="xo-avatar__img" src={url} alt="" /> : <span className="xo-avatar__initial">{initial}</span>)}
    </Element>
  );
});
