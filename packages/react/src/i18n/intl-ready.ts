// The first Intl date formatter of a page costs Chromium 40 to 90 ms (ICU loads the locale's calendar data): more
// than the whole first screen of a transcript. So a window's first frame shows its messages with room kept for
// their times and day labels, and those fill in just after that frame is painted. A server render, and the
// hydration that must match it, format at once; so does every render once the locale is warm.
import { useSyncExternalStore } from 'react';
import { afterPaint } from '../internal/after-paint';
import { formatDateTime, formatTime, isIntlWarm } from './intl';

const listeners = new Set<() => void>();
const pending = new Set<string>();
let cancel: (() => void) | null = null;

function warmUp(): void {
  cancel = null;
  const now = Date.now();
  for (const locale of pending) {
    // The two formatters every message row uses; a day label's is cheap once the locale's data is loaded.
    formatTime(now, locale);
    formatDateTime(now, locale);
  }
  pending.clear();
  for (const listener of [...listeners]) listener();
}

function subscribeTo(locale: string) {
  return (listener: () => void) => {
    listeners.add(listener);
    if (!isIntlWarm(locale)) {
      pending.add(locale);
      cancel ??= afterPaint(warmUp);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && cancel) {
        cancel();
        cancel = null;
        pending.clear();
      }
    };
  };
}

const subscribers = new Map<string, (listener: () => void) => () => void>();
const serverSnapshot = () => true;

/** Whether dates in `locale` may be formatted in this render (false only before a page's first paint with them). */
export function useIntlReady(locale: string): boolean {
  let subscribe = subscribers.get(locale);
  if (!subscribe) subscribers.set(locale, (subscribe = subscribeTo(locale)));
  return useSyncExternalStore(subscribe, () => isIntlWarm(locale), serverSnapshot);
}
