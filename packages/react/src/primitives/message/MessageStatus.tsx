import type { DeliveryStatus, ReadReceipt } from '@xo-chat/core';
import { useId } from 'react';
import { useChatClient } from '../../context';
import { useChatI18n } from '../../i18n/context';
import { cx } from '../Slot';

export interface MessageStatusProps {
  messageId: string;
  status: DeliveryStatus;
  /** Why it failed, readable by a person. */
  error?: string | undefined;
  /** A live agent's desk has it (`delivered`) or has read it (`read`, shown as "Seen"). */
  receipt?: ReadReceipt | undefined;
  className?: string;
  /** Called instead of `client.retry(id)` when given. */
  onRetry?: (id: string) => void;
  /** False when retrying cannot help (a file the limits refused, or lost to a reload): no Retry button. */
  canRetry?: boolean;
}

/**
 * Delivery of the user's own message. A failed one offers Retry (same id); an unconfirmed one (written, but
 * neither acknowledged nor found in history) offers "Check and resend", which looks in history first.
 */
export function MessageStatus({ messageId, status, error, receipt, className, onRetry, canRetry = true }: MessageStatusProps) {
  const client = useChatClient();
  const { strings } = useChatI18n();
  const whyId = useId();
  const labels: Record<DeliveryStatus, string> = {
    sending: strings.statusSending,
    sent: strings.statusSent,
    failed: strings.statusFailed,
    unconfirmed: strings.statusUnconfirmed,
  };
  const seen = status === 'sent' ? receipt : undefined;
  const label = seen === 'read' ? strings.statusRead : seen === 'delivered' ? strings.statusDelivered : labels[status];
  const retryable = canRetry && (status === 'failed' || status === 'unconfirmed');
  return (
    <span className={cx('xo-message__status', className)} data-status={status} data-receipt={seen}>
      <span className="xo-message__status-label" title={error}>
        {label}
      </span>
      {/* Why, in words on screen too (not only a tooltip); the Retry button is described by it. */}
      {error && (status === 'failed' || status === 'unconfirmed') ? (
        <span className="xo-message__error" id={whyId}>
          {error}
        </span>
      ) : null}
      {retryable ? (
        <button
          type="button"
          className="xo-button xo-message__retry"
          aria-describedby={error ? whyId : undefined}
          onClick={() => (onRetry ? onRetry(messageId) : client.retry(messageId))}
        >
          {status === 'unconfirmed' ? strings.retryUnconfirmed : strings.retry}
        </button>
      ) : null}
    </span>
  );
}
