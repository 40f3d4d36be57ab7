// jsdom has no layout. virtua learns every size from ResizeObserver (the viewport's and each row's contentRect),
// skips rows without an offsetParent (not displayed), and scrolls with scrollTo/scrollBy: give the transcript's
// viewport and rows sizes, a ResizeObserver that reports them, an offsetParent for rows, and a scrollTop that
// stays within bounds and fires `scroll`, set directly or through scrollTo/scrollBy.
//
// A browser delivers ResizeObserver entries and scroll events after layout, before paint: never inside React's
// commit (virtua answers them with flushSync, which React refuses there). So they are queued, delivered inside
// act() in a microtask, and `flushLayout()` delivers them at once for a test that looks at rows synchronously.
import { act } from '@testing-library/react';
import { vi } from 'vitest';

type Pending = () => void;
let pending: Pending[] = [];
let scheduled = false;

function deliverAll(): void {
  const batch = pending;
  pending = [];
  for (const run of batch) run();
}

function schedule(run: Pending): void {
  pending.push(run);
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    if (pending.length) act(deliverAll);
  });
}

/** Delivers queued resize entries and scroll events (and what they cause) now. */
export function flushLayout(): void {
  for (let i = 0; i < 20 && pending.length; i++) act(deliverAll);
}

export function fakeLayout({ viewport = 400, row = 50 } = {}) {
  const proto = HTMLElement.prototype;
  const restore: Array<() => void> = [];
  const define = (key: 'clientHeight' | 'clientWidth' | 'offsetHeight' | 'scrollHeight' | 'offsetParent', get: (el: HTMLElement) => unknown) => {
    const original = Object.getOwnPropertyDescriptor(proto, key);
    Object.defineProperty(proto, key, { configurable: true, get() { return get(this as HTMLElement); } });
    restore.push(() => {
      if (original) Object.defineProperty(proto, key, original);
      else delete (proto as unknown as Record<string, unknown>)[key];
    });
  };
  const isViewport = (el: HTMLElement) => el.classList.contains('xo-thread__viewport');
  const isRow = (el: HTMLElement) => el.classList.contains('xo-thread__row');
  const scrollHeight = (el: HTMLElement) => {
    const rows = el.querySelector<HTMLElement>('.xo-thread__rows');
    return rows ? parseFloat(rows.style.height) || 0 : 0;
  };
  define('clientHeight', (el) => (isViewport(el) ? viewport : 0));
  define('clientWidth', (el) => (isViewport(el) ? 360 : 0));
  define('offsetHeight', (el) => (isRow(el) ? row : 0));
  define('scrollHeight', scrollHeight);
  define('offsetParent', (el) => (isRow(el) ? el.parentElement : null));

  // scrollTop as a browser keeps it: within [0, scrollHeight - clientHeight], a change firing `scroll` later.
  const offsets = new WeakMap<HTMLElement, number>();
  const scrollTopOriginal = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop');
  Object.defineProperty(proto, 'scrollTop', {
    configurable: true,
    get() {
      return offsets.get(this as HTMLElement) ?? 0;
    },
    set(value: number) {
      const el = this as HTMLElement;
      const max = Math.max(0, scrollHeight(el) - el.clientHeight);
      const next = Math.min(max, Math.max(0, Number(value) || 0));
      if (next === (offsets.get(el) ?? 0)) return;
      offsets.set(el, next);
      schedule(() => el.dispatchEvent(new Event('scroll')));
    },
  });
  restore.push(() => {
    delete (proto as unknown as Record<string, unknown>)['scrollTop'];
    if (scrollTopOriginal && !Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop')) {
      Object.defineProperty(Element.prototype, 'scrollTop', scrollTopOriginal);
    }
  });
  const scrollTo = function (this: HTMLElement, top: number) {
    this.scrollTop = top;
  };
  const topOf = (args: unknown[]): number | undefined => {
    const [first, second] = args;
    if (typeof first === 'object' && first !== null) {
      const top = (first as ScrollToOptions).top;
      return typeof top === 'number' ? top : undefined;
    }
    return typeof second === 'number' ? second : undefined;
  };
  const element = Element.prototype as unknown as Record<'scrollTo' | 'scrollBy', unknown>;
  const originals = { scrollTo: element.scrollTo, scrollBy: element.scrollBy };
  element.scrollTo = function (this: HTMLElement, ...args: unknown[]) {
    const top = topOf(args);
    if (top !== undefined) scrollTo.call(this, top);
  };
  element.scrollBy = function (this: HTMLElement, ...args: unknown[]) {
    const by = topOf(args);
    if (by !== undefined) scrollTo.call(this, this.scrollTop + by);
  };
  restore.push(() => {
    element.scrollTo = originals.scrollTo;
    element.scrollBy = originals.scrollBy;
  });

  class FakeResizeObserver {
    private observed = new Set<Element>();
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      this.observed.add(target);
      schedule(() => {
        if (!this.observed.has(target) || !target.isConnected) return;
        const el = target as HTMLElement;
        const height = isViewport(el) ? viewport : isRow(el) ? row : 0;
        const width = isViewport(el) || isRow(el) ? 360 : 0;
        const entry = { target, contentRect: { width, height } } as unknown as ResizeObserverEntry;
        this.callback([entry], this as unknown as ResizeObserver);
      });
    }
    unobserve(target: Element) {
      this.observed.delete(target);
    }
    disconnect() {
      this.observed.clear();
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  restore.push(() => {
    vi.unstubAllGlobals();
    pending = [];
  });
  return () => restore.forEach((fn) => fn());
}
