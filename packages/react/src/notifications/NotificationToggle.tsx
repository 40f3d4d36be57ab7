import { useEffect, useState } from 'react';
import { useChatI18n } from '../i18n/context';
import { cx } from '../primitives/cx';
import { Icon } from '../primitives/Icon';

/** Asks the browser for permission to show desktop notifications. Call it from a click or key press. */
export async function requestNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

const currentPermission = (): NotificationPermission | 'unsupported' =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;

/** A header button shown until the person has answered the browser's question: it asks on their click only. */
export function NotificationToggle({ className }: { className?: string }) {
  const { strings } = useChatI18n();
  // Read after mount: a server render and the first client render must agree (no button on either).
  const [permission, setPermission] = useState<NotificationPermission | 'unsupported'>('unsupported');
  useEffect(() => setPermission(currentPermission()), []);
  if (permission !== 'default') return null;
  return (
    <button
      type="button"
      className={cx('xo-icon-button', className)}
      aria-label={strings.enableNotifications}
      title={strings.enableNotifications}
      onClick={() => void requestNotificationPermission().then(setPermission)}
    >
      <Icon d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2m6-6V11c0-3.1-1.6-5.6-4.5-6.3V4a1.5 1.5 0 0 0-3 0v.7C7.6 5.4 6 7.9 6 11v5l-2 2v1h16v-1z" />
    </button>
  );
}
