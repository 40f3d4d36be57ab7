// The first Intl date formatter of a page costs Chromium 40 to 90 ms (ICU loads the locale's calendar data): more
// than the whole first screen of a transcript. So a window's first frame shows its messages with room kept for
// their times and day labels, and those fill in just after that frame is painted. A server render, and the
// hydration that must match it, format at once; so does every render once the locale is warm.
import { useCallback, useSyncExternalStore } from 'react';
import { afterPaint } from '../internal/after-paint';
import { formatDateTime, formatTime, isIntlWarm } from './intl';

/** Each mounted listener and the locale it waits for. */
const waiting = new Map<() => void, string>();
let scheduled = false;

function warmUp(): void {
  scheduled = false;
  // The two formatters every message row uses; a day label's is cheap once the locale's data is loaded.
  for (const [listener, locale] of waiting) {
    formatTime(0, locale);
    formatDateTime(0, locale);
    listener();
  }
}

/** Whether dates in `locale` may be formatted in this render (false only before a page's first paint with them). */
export function useIntlReady(locale: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      waiting.set(listener, locale);
      if (!scheduled && !isIntlWarm(locale)) {
        scheduled = true;
        afterPaint(warmUp);
      }
      return () => waiting.delete(listener);
    },
    [locale],
  );
  return useSyncExternalStore(subscribe, () => isIntlWarm(locale), () => true);
}
