import type { ConnectionStatus } from '@xo-chat/core';
import type { ReactNode } from 'react';
import { useChatSelector } from '../hooks/useChatSelector';
import { useChatI18n } from '../i18n/context';
import { format } from '../i18n/locales';
import type { ChatStrings } from '../i18n/types';
import { MessageAvatar } from '../primitives/message/MessageAvatar';
import { cx } from '../primitives/Slot';

export interface ChatHeaderProps {
  title: string;
  /** A line under the title (the bot's branding can set one). */
  subtitle?: string | undefined;
  avatarUrl?: string | undefined;
  className?: string;
  /** Id for the title, so the window can be labelled by it. */
  titleId?: string;
  onMinimize?: (() => void) | undefined;
  onClose?: (() => void) | undefined;
  /** Extra controls, before minimize and close. */
  actions?: ReactNode;
}

export function connectionLabel(status: ConnectionStatus, strings: ChatStrings): string {
  switch (status) {
    case 'open':
      return strings.connected;
    case 'reconnecting':
      return strings.reconnecting;
    case 'offline':
      return strings.headerOffline;
    case 'failed':
      return strings.statusFailed;
    case 'closed':
      return strings.closedConnection;
    default:
      return strings.connecting;
  }
}

/** The bot's avatar and name, its connection state, and the window's minimize and close buttons. */
export function ChatHeader({ title, subtitle, avatarUrl, className, titleId, onMinimize, onClose, actions }: ChatHeaderProps) {
  const status = useChatSelector((s) => s.connection.status);
  const agent = useChatSelector((s) => s.liveAgent?.agent);
  const { strings } = useChatI18n();
  return (
    // A div, not <header>: inside a dialog a <header> would be a second page-level banner landmark.
    <div className={cx('xo-header', className)} data-status={status}>
      <MessageAvatar from="bot" src={avatarUrl} name={title} />
      <div className="xo-header__text">
        <h2 className="xo-header__title" id={titleId} dir="auto">
          {title}
        </h2>
        {subtitle ? (
          <p className="xo-header__subtitle" dir="auto">
            {subtitle}
          </p>
        ) : null}
        <p className="xo-header__status" data-status={status}>
          <span className="xo-status-dot" aria-hidden="true" />
          {connectionLabel(status, strings)}
        </p>
        {agent ? (
          <p className="xo-header__agent" dir="auto">
            {format(strings.chattingWith, { name: agent.name || strings.agentFallbackName })}
          </p>
        ) : null}
      </div>
      <div className="xo-header__actions">
        {actions}
        {onMinimize ? (
          <button type="button" className="xo-icon-button" aria-label={strings.minimizeChat} onClick={onMinimize}>
            <svg className="xo-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="M5 11h14v2H5z" />
            </svg>
          </button>
        ) : null}
        {onClose ? (
          <button type="button" className="xo-icon-button" aria-label={strings.closeChat} onClick={onClose}>
            <svg className="xo-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z" />
            </svg>
          </button>
        ) : null}
      </div>
    </div>
  );
}
