import { forwardRef } from 'react';
import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { format } from '../../i18n/locales';
import { useChatI18n } from '../../i18n/context';
import type { AsChildProp } from '../primitive';
import { partContent, partElement } from '../primitive';
import { cx } from '../cx';
import { useThread } from './context';

export type ThreadJumpToLatestProps = ButtonHTMLAttributes<HTMLButtonElement> & AsChildProp;

/**
 * Shown while the reader is scrolled up (nothing otherwise): back to the newest message, with how many arrived
 * meanwhile (`data-count`).
 */
export const ThreadJumpToLatest = forwardRef<HTMLButtonElement, ThreadJumpToLatestProps>(function ThreadJumpToLatest(
  { asChild, className, children, onClick, ...props },
  ref,
) {
  const { scroll } = useThread('<Thread.JumpToLatest>');
  const { strings } = useChatI18n();
  if (scroll.atBottom) return null;
  const { newCount } = scroll;
  const Element = partElement(asChild, 'button');
  return (
    <Element
      type="button"
      {...props}
      ref={ref}
      className={cx('xo-button xo-jump', className)}
      data-count={newCount}
      data-state={newCount > 0 ? 'new-messages' : 'idle'}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) scroll.jumpToLatest();
      }}
    >
      {partContent(asChild, children, (
        <>
          <span aria-hidden="true" className="xo-jump__arrow">
            ↓
          </span>
          <span>{strings.jumpToLatest}</span>
          {newCount > 0 ? <span className="xo-badge">{format(strings.newMessages, { count: newCount })}</span> : null}
        </>
      ))}
    </Element>
  );
});
