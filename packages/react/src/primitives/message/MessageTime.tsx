import { formatDateTime, formatTime } from '../../i18n/intl';
import { useChatI18n } from '../../i18n/context';
import { cx } from '../Slot';

export interface MessageTimeProps {
  /** Epoch milliseconds. */
  at: number;
  className?: string;
}

/** The time a message was sent, in the locale's format; the full date is in `title` and `dateTime`. */
export function MessageTime({ at, className }: MessageTimeProps) {
  const { locale } = useChatI18n();
  if (!Number.isFinite(at)) return null;
  return (
    <time className={cx('xo-message__time', className)} dateTime={new Date(at).toISOString()} title={formatDateTime(at, locale)}>
      {formatTime(at, locale)}
    </time>
  );
}
