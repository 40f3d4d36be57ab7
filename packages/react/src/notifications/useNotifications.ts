import { useEffect, useRef } from 'react';
import { useChatClient } from '../context';
import { useUnread } from '../hooks/state-hooks';

/** Opt-in alerts for messages that arrive while nobody is looking. Each is off unless set. */
export interface NotificationOptions {
  /** A short sound on a new bot or agent message while the window is closed or the tab hidden: `true` for the built-in chime, or a sound's URL. */
  sound?: boolean | string;
  /** The unread count in the page title, as `(2) Title`, the same count the launcher's badge shows. */
  title?: boolean;
  /**
   * A desktop notification for a new message while the tab is hidden, once the person has allowed them. The
   * window offers a button that asks (a click, never on load); `requestNotificationPermission()` does the same.
   */
  desktop?: boolean;
}

const TITLE_PREFIX = /^\(\d+\) /;

/** True when nobody sees the transcript: the window is closed or the tab is in the background. */
export function isAway(visible: boolean): boolean {
  return !visible || (typeof document !== 'undefined' && document.visibilityState === 'hidden');
}

/**
 * The page title's unread count, and a sound or desktop notification for each new bot or agent message that
 * arrives while the window is closed or the tab hidden. `onActivate` runs when a desktop notification is clicked;
 * `name` titles notifications of bot messages (default: the bot's name).
 */
export function useNotifications(
  visible: boolean,
  options: NotificationOptions | undefined,
  { onActivate, name }: { onActivate?: () => void; name?: string } = {},
): void {
  const client = useChatClient();
  const { count } = useUnread();
  const title = options?.title === true;
  const sound = options?.sound ?? false;
  const desktop = options?.desktop === true;
  const latest = useRef({ visible, onActivate, name });
  latest.current = { visible, onActivate, name };

  useEffect(() => {
    if (!title || typeof document === 'undefined') return;
    const base = document.title.replace(TITLE_PREFIX, '');
    document.title = count > 0 ? `(${count}) ${base}` : base;
  }, [title, count]);
  // Restore the page's own title when the option goes or the window unmounts.
  useEffect(() => {
    if (!title || typeof document === 'undefined') return;
    return () => {
      document.title = document.title.replace(TITLE_PREFIX, '');
    };
  }, [title]);

  useEffect(() => {
    if (!sound && !desktop) return;
    return client.on('message', (message) => {
      if (message.from === 'user' || message.fromHistory || !isAway(latest.current.visible)) return;
      // What plays and shows only loads once something arrives while the person is away.
      void import('./alert').then((alert) => {
        if (sound) alert.playChime(sound === true ? undefined : sound);
        if (desktop && document.visibilityState === 'hidden') alert.showDesktopNotification(message, latest.current.name ?? client.botInfo.chatBot, () => latest.current.onActivate?.());
      });
    });
  }, [client, sound, desktop]);
}
