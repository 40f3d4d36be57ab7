import type { DeliveryStatus, ReadReceipt } from '@xo-chat/core';
import { forwardRef, useContext, useId } from 'react';
import type { HTMLAttributes } from 'react';
import { useChatClient } from '../../context';
import { useChatI18n } from '../../i18n/context';
import type { AsChildProp } from '../primitive';
import { partContent, partElement } from '../primitive';
import { cx } from '../cx';
import { MessageContext } from './context';

export interface MessageStatusProps extends HTMLAttributes<HTMLSpanElement>, AsChildProp {
  /** Default: the message around it. */
  messageId?: string | undefined;
  status?: DeliveryStatus | undefined;
  /** Why it failed, readable by a person. */
  error?: string | undefined;
  /** A live agent's desk has it (`delivered`) or has read it (`read`, shown as "Seen"). */
  receipt?: ReadReceipt | undefined;
  /** Called instead of `client.retry(id)` when given. */
  onRetry?: (id: string) => void;
  /** False when retrying cannot help (a file the limits refused, or lost to a reload): no Retry button. */
  canRetry?: boolean | undefined;
}

/**
 * Delivery of the user's own message (nothing for others'). A failed one says why and offers Retry (same id);
 * an unconfirmed one (written, but neither acknowledged nor found in history) offers "Check and resend", which
 * looks in history first. `data-state` is the status.
 */
export const MessageStatus = forwardRef<HTMLSpanElement, MessageStatusProps>(function MessageStatus(
  { messageId, status, error, receipt, onRetry, canRetry, asChild, className, children, ...props },
  ref,
) {
  const client = useChatClient();
  const { strings } = useChatI18n();
  const whyId = useId();
  const message = useContext(MessageContext)?.message;
  const id = messageId ?? message?.id;
  const state = status ?? (message?.from === 'user' ? message.status : undefined);
  if (id === undefined || state === undefined) return null;
  const why = error ?? message?.error;
  const upload = message?.upload;
  const retryAllowed = canRetry ?? !(upload?.refused || upload?.lost);
  const seen = state === 'sent' ? (receipt ?? message?.receipt) : undefined;
  const label = seen === 'read' ? strings.statusRead : seen === 'delivered' ? strings.statusDelivered : state === 'sending' ? strings.statusSending : state === 'sent' ? strings.statusSent : state === 'failed' ? strings.statusFailed : strings.statusUnconfirmed;
  const troubled = state === 'failed' || state === 'unconfirmed';
  const Element = partElement(asChild, 'span');
  return (
    <Element {...props} ref={ref} className={cx('xo-message__status', className)} data-status={state} data-state={state} data-receipt={seen}>
      {partContent(asChild, children, (
        <>
          <span className="xo-message__status-label" title={why}>
            {label}
          </span>
          {/* Why, in words on screen too (not only a tooltip); the Retry button is described by it. */}
          {why && troubled ? (
            <span className="xo-message__error" id={whyId}>
              {why}
            </span>
          ) : null}
          {retryAllowed && troubled ? (
            <button
              type="button"
              className="xo-button xo-message__retry"
              aria-describedby={why ? whyId : undefined}
              onClick={() => (onRetry ? onRetry(id) : client.retry(id))}
            >
              {state === 'unconfirmed' ? strings.retryUnconfirmed : strings.retry}
            </button>
          ) : null}
        </>
      ))}
    </Element>
  );
});
