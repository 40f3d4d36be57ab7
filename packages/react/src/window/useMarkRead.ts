import { useEffect, useRef } from 'react';
import { useUnread } from '../hooks/state-hooks';

const pageHidden = () => document.visibilityState === 'hidden';

/** Marks messages read whenever they arrive while the transcript is shown and the page is visible. */
export function useMarkReadWhileVisible(visible: boolean): void {
  const { count, markRead } = useUnread();
  const unread = useRef(count);
  unread.current = count;
  useEffect(() => {
    if (visible && count > 0 && typeof document !== 'undefined' && !pageHidden()) markRead();
  }, [visible, count, markRead]);
  // Subscribed once while shown, not again per message (the count is read when the page comes back).
  useEffect(() => {
    if (!visible || typeof document === 'undefined') return;
    const check = () => {
      if (!pageHidden() && unread.current > 0) markRead();
    };
    document.addEventListener('visibilitychange', check);
    return () => document.removeEventListener('visibilitychange', check);
  }, [visible, markRead]);
}
