import type { ConnectionState, PlatformNotice } from '@xo-chat/core';
import { useChatSelector } from '../hooks/useChatSelector';
import { useConnection } from '../hooks/state-hooks';
import { format } from '../i18n/locales';
import { useChatI18n } from '../i18n/context';
import type { ChatStrings } from '../i18n/types';
import { cx } from './cx';
import { useCountdown } from './useCountdown';

export interface ConnectionBannerProps {
  className?: string;
  /** Also show a banner while connecting for the first time (default true). */
  showConnecting?: boolean;
}

function noticeText(notice: PlatformNotice | null, strings: ChatStrings): string | null {
  if (!notice) return null;
  // The notice's own message is the platform's words for a developer (onDiagnostic has them): people get a sentence.
  return notice.type === 'botKitUnreachable' ? strings.botUnreachable : strings.platformError;
}

function message(state: ConnectionState, strings: ChatStrings, showConnecting: boolean): string | null {
  switch (state.status) {
    case 'authenticating':
    case 'connecting':
      return showConnecting ? strings.connecting : null;
    case 'reconnecting':
      return strings.reconnecting;
    case 'offline':
      return strings.offline;
    case 'failed':
      // `state.reason` is for developers (it also went to onDiagnostic), not for the person chatting.
      return strings.connectionFailed;
    case 'closed':
      return strings.closedConnection;
    default:
      return null;
  }
}

/**
 * What is wrong with the connection, if anything: offline, reconnecting (with a countdown and "Retry now"),
 * or failed (with the reason). The polite status text does not tick, so screen readers hear it once.
 */
export function ConnectionBanner({ className, showConnecting = true }: ConnectionBannerProps) {
  const { state, reconnectNow } = useConnection();
  const { strings } = useChatI18n();
  const seconds = useCountdown(state.status === 'reconnecting' ? state.retryAt : undefined);
  const notice = useChatSelector((s) => s.notice);
  // The connection's own trouble comes first; a platform notice shows while the connection is fine.
  const text = message(state, strings, showConnecting) ?? noticeText(notice, strings);
  const dataState = text ? (notice && state.status === 'open' ? 'notice' : state.status) : 'hidden';
  return (
    <div className={cx('xo-banner', className)} data-state={dataState}>
      <p role="status" className={text ? 'xo-banner__text' : 'xo-visually-hidden'}>
        {text}
      </p>
      {state.status === 'reconnecting' && seconds !== null && seconds > 0 ? (
        <span className="xo-banner__countdown" aria-hidden="true">
          {format(strings.reconnectingIn, { seconds })}
        </span>
      ) : null}
      {state.status === 'reconnecting' || state.status === 'offline' || state.status === 'failed' ? (
        <button type="button" className="xo-button xo-banner__retry" onClick={reconnectNow}>
          {state.status === 'failed' ? strings.tryAgain : strings.retryNow}
        </button>
      ) : null}
    </div>
  );
}
