import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForScrollEnd, SCROLL_END_QUIET_MS } from './scroll-end';

// Where a browser has `scrollend` (jsdom does too) it is used as is; where it has not, a quiet spell after
// the last `scroll` stands in for it. The second case is made here by hiding `onscrollend`.
function hideScrollEnd(): () => void {
  let owner: object | null = HTMLElement.prototype;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, 'onscrollend')) owner = Object.getPrototypeOf(owner) as object | null;
  if (!owner) return () => {};
  const descriptor = Object.getOwnPropertyDescriptor(owner, 'onscrollend')!;
  delete (owner as Record<string, unknown>)['onscrollend'];
  return () => Object.defineProperty(owner, 'onscrollend', descriptor);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('listenForScrollEnd', () => {
  it('uses the native scrollend event where there is one, and stops when asked', () => {
    const el = document.createElement('div');
    expect('onscrollend' in el).toBe(true);
    const onEnd = vi.fn();
    const stop = listenForScrollEnd(el, onEnd);
    el.dispatchEvent(new Event('scroll'));
    expect(onEnd).not.toHaveBeenCalled();
    el.dispatchEvent(new Event('scrollend'));
    expect(onEnd).toHaveBeenCalledTimes(1);
    stop();
    el.dispatchEvent(new Event('scrollend'));
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('without scrollend, calls once after a quiet spell following the last scroll event', () => {
    const restore = hideScrollEnd();
    try {
      vi.useFakeTimers();
      const el = document.createElement('div');
      expect('onscrollend' in el).toBe(false);
      const onEnd = vi.fn();
      const stop = listenForScrollEnd(el, onEnd);
      for (let i = 0; i < 5; i++) {
        el.dispatchEvent(new Event('scroll'));
        vi.advanceTimersByTime(SCROLL_END_QUIET_MS - 10);
      }
      expect(onEnd).not.toHaveBeenCalled();
      vi.advanceTimersByTime(10);
      expect(onEnd).toHaveBeenCalledTimes(1);
      el.dispatchEvent(new Event('scroll'));
      stop();
      vi.advanceTimersByTime(SCROLL_END_QUIET_MS);
      expect(onEnd).toHaveBeenCalledTimes(1);
    } finally {
      restore();
    }
  });
});
