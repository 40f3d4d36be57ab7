import { useEffect } from 'react';
import { useUnread } from '../hooks/state-hooks';

/** Marks messages read whenever they arrive while the transcript is shown and the page is visible. */
export function useMarkReadWhileVisible(visible: boolean): void {
  const { count, markRead } = useUnread();
  useEffect(() => {
    if (!visible || typeof document === 'undefined') return;
    const check = () => {
      if (document.visibilityState !== 'hidden' && count > 0) markRead();
    };
    check();
    document.addEventListener('visibilitychange', check);
    return () => document.removeEventListener('visibilitychange', check);
  }, [visible, count, markRead]);
}
