import { forwardRef } from 'react';
import type { HTMLAttributes } from 'react';
import type { AsChildProp } from '../primitive';
import { partElement } from '../primitive';
import { cx } from '../cx';
import { useThread } from './context';

export type ThreadEmptyProps = HTMLAttributes<HTMLDivElement> & AsChildProp;

/** Its children, only while the conversation has no messages (a welcome, suggestions). */
export const ThreadEmpty = forwardRef<HTMLDivElement, ThreadEmptyProps>(function ThreadEmpty({ asChild, className, children, ...props }, ref) {
  const { messages } = useThread('<Thread.Empty>');
  if (messages.length > 0 || children === undefined || children === null) return null;
  const Element = partElement(asChild, 'div');
  return (
    <Element {...props} ref={ref} className={cx('xo-thread__empty', className)} data-state="empty">
      {children}
    </Element>
  );
});
