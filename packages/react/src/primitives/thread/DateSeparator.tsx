import { formatDay } from '../../i18n/intl';
import { useChatI18n } from '../../i18n/context';
import { useIntlReady } from '../../i18n/intl-ready';
import { cx } from '../cx';

export interface DateSeparatorProps {
  /** Any time on the day to show. */
  at: number;
  className?: string;
}

/** "Today", "Yesterday" or the date, in the window's locale. */
export function DateSeparator({ at, className }: DateSeparatorProps) {
  const { locale, strings } = useChatI18n();
  const ready = useIntlReady(locale);
  return (
    <div className={cx('xo-day-separator', className)}>
      <time dateTime={new Date(at).toISOString().slice(0, 10)}>{ready ? formatDay(at, locale, strings) : '\u00a0'}</time>
    </div>
  );
}
