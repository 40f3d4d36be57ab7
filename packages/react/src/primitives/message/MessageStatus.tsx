import type { DeliveryStatus } from '@xo-chat/core';
import { useChatClient } from '../../context';
import { useChatI18n } from '../../i18n/context';
import { cx } from '../Slot';

export interface MessageStatusProps {
  messageId: string;
  status: DeliveryStatus;
  /** Why it failed, readable by a person. */
  error?: string | undefined;
  className?: string;
  /** Called instead of `client.retry(id)` when given. */
  onRetry?: (id: string) => void;
}

/** Delivery of the user's own message; a failed one offers Retry (same id, so it is never sent twice). */
export function MessageStatus({ messageId, status, error, className, onRetry }: MessageStatusProps) {
  const client = useChatClient();
  const { strings } = useChatI18n();
  const label =
    status === 'sending' ? strings.statusSending : status === 'sent' ? strings.statusSent : strings.statusFailed;
  return (
    <span className={cx('xo-message__status', className)} data-status={status}>
      <span className="xo-message__status-label" title={error}>
        {label}
      </span>
      {status === 'failed' ? (
        <button
          type="button"
          className="xo-button xo-message__retry"
          onClick={() => (onRetry ? onRetry(messageId) : client.retry(messageId))}
        >
          {strings.retry}
        </button>
      ) : null}
    </span>
  );
}
