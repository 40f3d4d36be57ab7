import { useEffect, useRef } from 'react';
import { useChatClient } from '../context';
import { spokenText } from '../primitives/thread/spoken-text';

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

/** True when nobody sees the transcript: the window is closed or the tab is in the background. */
export function isAway(visible: boolean): boolean {
  return !visible || (typeof document !== 'undefined' && document.visibilityState === 'hidden');
}

/**
 * The page title's unread count, and a sound or desktop notification for each new bot or agent message that
 * arrives while the window is closed or the tab hidden. `onActivate` runs when a desktop notification is clicked;
 * `name` titles notifications of bot messages (default: the bot's name). The work is in a lazy chunk, fetched
 * only by a window that turned an alert on.
 */
export function useNotifications(
  visible: boolean,
  options: NotificationOptions | undefined,
  { onActivate, name }: { onActivate?: () => void; name?: string } = {},
): void {
  const client = useChatClient();
  const title = options?.title === true;
  const sound = options?.sound ?? false;
  const desktop = options?.desktop === true;
  const latest = useRef({ visible, onActivate, name });
  latest.current = { visible, onActivate, name };

  // The title's count, from the chunk: it shows the count as it is when it starts, so a late start loses nothing.
  useEffect(() => {
    if (!title) return;
    let stop: (() => void) | undefined;
    let live = true;
    void import('./alert').then((alert) => {
      if (live) stop = alert.countInTitle(client);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [client, title]);

  // Messages are heard from the first render on (the chunk loads with the first one that needs it).
  useEffect(() => {
    if (!sound && !desktop) return;
    return client.on('message', (message) => {
      const { visible, name, onActivate } = latest.current;
      if (message.from === 'user' || message.fromHistory || !isAway(visible)) return;
      const text = spokenText(message);
      void import('./alert').then((alert) => {
        if (sound) alert.playChime(sound === true ? undefined : sound);
        if (desktop && document.visibilityState === 'hidden') alert.showDesktopNotification(message, name ?? client.botInfo.chatBot, text, () => onActivate?.());
      });
    });
  }, [client, sound, desktop]);
}
