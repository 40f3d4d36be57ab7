import { forwardRef, useContext } from 'react';
import type { TimeHTMLAttributes } from 'react';
import { formatDateTime, formatTime } from '../../i18n/intl';
import { useChatI18n } from '../../i18n/context';
import { useIntlReady } from '../../i18n/intl-ready';
import type { AsChildProp } from '../primitive';
import { partElement } from '../primitive';
import { cx } from '../cx';
import { MessageContext } from './context';

export interface MessageTimeProps extends TimeHTMLAttributes<HTMLTimeElement>, AsChildProp {
  /** Epoch milliseconds (default: when the message around it was sent). */
  at?: number | undefined;
}

/** The time a message was sent, in the locale's format; the full date is in `title` and `dateTime`. */
export const MessageTime = forwardRef<HTMLTimeElement, MessageTimeProps>(function MessageTime({ at, asChild, className, children, ...props }, ref) {
  const message = useContext(MessageContext);
  const { locale } = useChatI18n();
  const ready = useIntlReady(locale);
  const when = at ?? message?.message.createdAt ?? Number.NaN;
  if (!Number.isFinite(when)) return null;
  const Element = partElement(asChild, 'time');
  // Before the page's first date formatter exists, the element keeps its place (see intl-ready.ts).
  return (
    <Element dateTime={new Date(when).toISOString()} title={ready ? formatDateTime(when, locale) : undefined} {...props} ref={ref} className={cx('xo-message__time', className)}>
      {children ?? (ready ? formatTime(when, locale) : '\u00a0')}
    </Element>
  );
});
