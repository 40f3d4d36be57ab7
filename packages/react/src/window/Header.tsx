import type { ConnectionStatus } from '@xo-chat/core';
import { forwardRef } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';
import { useChatClient } from '../context';
import { useChatComponents } from '../components';
import { useChatSelector } from '../hooks/useChatSelector';
import { useChatI18n } from '../i18n/context';
import { format } from '../i18n/locales';
import type { ChatStrings } from '../i18n/types';
import { MessageAvatar } from '../primitives/message/MessageAvatar';
import type { AsChildProp } from '../primitives/primitive';
import { partContent, partElement } from '../primitives/primitive';
import { cx } from '../primitives/cx';
import { useChatWindow } from './context';
import { Icon } from '../primitives/Icon';

export interface HeaderProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'>, AsChildProp {
  /** Default: the window's title, else `client.botInfo.chatBot`. */
  title?: string | undefined;
  /** A line under the title (default: the window's, which the bot's branding can set). */
  subtitle?: string | undefined;
  /** Default: the window's avatar. */
  avatarUrl?: string | undefined;
  /** Id for the title, so the window can be labelled by it (default: the window's). */
  titleId?: string | undefined;
  /** Default: the window's minimize and close (floating only). */
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

/**
 * The bot's avatar (or `components.Avatar`) and name, the connection state, who is chatting, and minimize and
 * close. Inside `ChatWindow` it takes the window's title, ids and actions; children replace its content.
 * `data-state` is the connection status.
 */
export const Header = forwardRef<HTMLDivElement, HeaderProps>(function Header(
  { title, subtitle, avatarUrl, titleId, onMinimize, onClose, actions, asChild, className, children, ...props },
  ref,
) {
  const client = useChatClient();
  const windowContext = useChatWindow();
  const { Avatar = MessageAvatar } = useChatComponents();
  const status = useChatSelector((s) => s.connection.status);
  const agent = useChatSelector((s) => s.liveAgent?.agent);
  const { strings } = useChatI18n();
  const name = title ?? windowContext?.title ?? client.botInfo.chatBot;
  const sub = subtitle ?? windowContext?.subtitle;
  const picture = avatarUrl ?? windowContext?.avatarUrl;
  const minimize = onMinimize ?? windowContext?.minimize;
  const close = onClose ?? windowContext?.close;
  // A div, not <header>: inside a dialog a <header> would be a second page-level banner landmark.
  const Element = partElement(asChild, 'div');
  return (
    <Element {...props} ref={ref} className={cx('xo-header', className)} data-status={status} data-state={status}>
      {partContent(asChild, children, (
        <>
          <Avatar from="bot" src={picture} name={name} />
          <div className="xo-header__text">
            <h2 className="xo-header__title" id={titleId ?? windowContext?.titleId} dir="auto">
              {name}
            </h2>
            {sub ? (
              <p className="xo-header__subtitle" dir="auto">
                {sub}
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
            {minimize ? (
              <button type="button" className="xo-icon-button" aria-label={strings.minimizeChat} onClick={minimize}>
                <Icon d="M5 11h14v2H5z" />
              </button>
            ) : null}
            {close ? (
              <button type="button" className="xo-icon-button" aria-label={strings.closeChat} onClick={close}>
                <Icon d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z" />
              </button>
            ) : null}
          </div>
        </>
      ))}
    </Element>
  );
});
