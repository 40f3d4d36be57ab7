// jsdom has no layout: give the transcript's viewport and rows sizes so the virtualizer renders rows, and a
// ResizeObserver that reports once.
import { vi } from 'vitest';

export function fakeLayout({ viewport = 400, row = 50 } = {}) {
  const proto = HTMLElement.prototype;
  const restore: Array<() => void> = [];
  const define = (key: 'clientHeight' | 'clientWidth' | 'offsetHeight' | 'scrollHeight', get: (el: HTMLElement) => number) => {
    const original = Object.getOwnPropertyDescriptor(proto, key);
    Object.defineProperty(proto, key, { configurable: true, get() { return get(this as HTMLElement); } });
    restore.push(() => {
      if (original) Object.defineProperty(proto, key, original);
      else delete (proto as unknown as Record<string, unknown>)[key];
    });
  };
  const isViewport = (el: HTMLElement) => el.classList.contains('xo-thread__viewport');
  define('clientHeight', (el) => (isViewport(el) ? viewport : 0));
  define('clientWidth', (el) => (isViewport(el) ? 360 : 0));
  define('offsetHeight', (el) => (el.classList.contains('xo-thread__row') ? row : 0));
  define('scrollHeight', (el) => {
    const rows = el.querySelector<HTMLElement>('.xo-thread__rows');
    return rows ? parseFloat(rows.style.height) || 0 : 0;
  });
  if (!('ResizeObserver' in globalThis)) {
    class RO {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', RO);
    restore.push(() => vi.unstubAllGlobals());
  }
  return () => restore.forEach((fn) => fn());
}
