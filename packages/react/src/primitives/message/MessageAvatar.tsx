import type { Message } from '@xo-chat/core';
import { cx } from '../Slot';

export interface MessageAvatarProps {
  from: Message['from'];
  /** Image URL; without it the first letter of `name` is shown. */
  src?: string | undefined;
  name?: string | undefined;
  className?: string;
}

/** The sender's picture. Decorative (the transcript already says who speaks), so hidden from assistive tech. */
export function MessageAvatar({ from, src, name, className }: MessageAvatarProps) {
  const initial = (name ?? '').trim().charAt(0).toUpperCase() || (from === 'user' ? 'U' : 'B');
  return (
    <span className={cx('xo-avatar', className)} data-from={from} aria-hidden="true">
      {src ? <img className="xo-avatar__img" src={src} alt="" /> : <span className="xo-avatar__initial">{initial}</span>}
    </span>
  );
}
