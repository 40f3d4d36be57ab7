import { useCallback, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect';

/** How long without a `scroll` event counts as the end of a scroll, where `scrollend` is missing. */
export const SCROLL_END_QUIET_MS = 150;

function hasScrollEnd(el: HTMLElement): boolean {
  return 'onscrollend' in el;
}

/**
 * Calls `onEnd` once each scroll of `el` has finished: on the native `scrollend` event where the browser has
 * it, else after `quietMs` without a `scroll` event (older Safari and jsdom have no `scrollend`). Returns
 * the function that stops listening.
 */
export function listenForScrollEnd(el: HTMLElement, onEnd: () => void, quietMs = SCROLL_END_QUIET_MS): () => void {
  if (hasScrollEnd(el)) {
    el.addEventListener('scrollend', onEnd);
    return () => el.removeEventListener('scrollend', onEnd);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onScroll = () => {
    clearTimeout(timer);
    timer = setTimeout(onEnd, quietMs);
  };
  el.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    clearTimeout(timer);
    el.removeEventListener('scroll', onScroll);
  };
}

/**
 * A stable callback ref that calls the latest `onEnd` when a scroll of its element ends, on React 18 and 19.
 * Not React's `onScrollEnd` prop: React 18 does not know it (it warns and drops it), and no version of React
 * makes it fire where the browser lacks `scrollend`.
 */
export function useScrollEnd<T extends HTMLElement>(onEnd: () => void, quietMs = SCROLL_END_QUIET_MS): (node: T | null) => void {
  const latest = useRef(onEnd);
  useIsomorphicLayoutEffect(() => {
    latest.current = onEnd;
  });
  const stop = useRef<(() => void) | null>(null);
  return useCallback(
    (node: T | null) => {
      stop.current?.();
      stop.current = node ? listenForScrollEnd(node, () => latest.current(), quietMs) : null;
    },
    [quietMs],
  );
}
