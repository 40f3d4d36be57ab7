import { forwardRef, useMemo } from 'react';
import type { FocusEvent, HTMLAttributes, UIEvent } from 'react';
import { useChatI18n } from '../../i18n/context';
import { composeRefs } from '../../internal/compose-refs';
import type { AsChildProp } from '../primitive';
import { partElement } from '../primitive';
import { cx } from '../cx';
import { useThread } from './context';

export type ThreadViewportProps = HTMLAttributes<HTMLDivElement> & AsChildProp;

/**
 * The scroller: a `role="log"`, focusable so the keyboard can scroll it. Its own live announcements are off
 * (rows mount while scrolling); `Thread.Announcer` speaks new messages instead.
 */
export const ThreadViewport = forwardRef<HTMLDivElement, ThreadViewportProps>(function ThreadViewport(
  { asChild, className, children, onScroll, onFocus, onBlur, ...props },
  ref,
) {
  const { scroll, rowList, setFocusedKey } = useThread('<Thread.Viewport>');
  const { strings } = useChatI18n();
  const setRef = useMemo(() => composeRefs(ref, scroll.viewportRef), [ref, scroll.viewportRef]);
  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    onFocus?.(event);
    const index = Number(event.target.closest<HTMLElement>('.xo-thread__row')?.dataset['index'] ?? Number.NaN);
    setFocusedKey(Number.isInteger(index) ? (rowList.at(index)?.key ?? null) : null);
  };
  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    onBlur?.(event);
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setFocusedKey(null);
  };
  const handleScroll = (event: UIEvent<HTMLDivElement>) => {
    onScroll?.(event);
    scroll.onScroll();
  };
  const Element = partElement(asChild, 'div');
  return (
    <Element
      role="log"
      aria-live="off"
      aria-label={strings.transcriptLabel}
      tabIndex={0}
      {...props}
      ref={setRef}
      className={cx('xo-thread__viewport', className)}
      data-state={scroll.atBottom ? 'at-bottom' : 'scrolled-up'}
      onScroll={handleScroll}
      onFocus={handleFocus}
      onBlur={handleBlur}
    >
      {children}
    </Element>
  );
});
