import type { Message as ChatMessage } from '@xo-chat/core';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useChat } from '../../hooks/useChat';
import { useChatSelector } from '../../hooks/useChatSelector';
import { useChatI18n } from '../../i18n/context';
import { Message } from '../message/Message';
import { cx } from '../Slot';
import { DateSeparator } from './DateSeparator';
import { HistoryStatus } from './HistoryStatus';
import { JumpToLatest } from './JumpToLatest';
import { LiveAnnouncer } from './LiveAnnouncer';
import { buildRows } from './rows';
import type { ThreadRow } from './rows';
import { useThreadScroll } from './useThreadScroll';

export interface ThreadProps {
  className?: string;
  /** The bot's avatar and name for its messages (defaults: initial letter, `client.botInfo.chatBot`). */
  avatarUrl?: string | undefined;
  botName?: string | undefined;
  /** Renders one message (default: `<Message/>`). */
  renderMessage?: (message: ChatMessage, info: { grouped: boolean }) => ReactNode;
  /** A first guess of a row's height before it is measured. */
  estimateRowHeight?: (row: ThreadRow) => number;
  /** Rows rendered beyond the viewport on each side. */
  overscan?: number;
  /** Shown when there are no messages yet. */
  empty?: ReactNode;
}

const defaultEstimate = (row: ThreadRow) =>
  row.kind === 'message' ? (row.grouped ? 44 : 64) + (row.dayStart ? 36 : 0) : 36;

/**
 * The transcript: a virtualized, dynamically measured list that holds tens of thousands of messages. It is a
 * `role="log"`, focusable so the keyboard can scroll it; its own live announcements are off (rows mount while
 * scrolling) and new live bot messages are spoken by a separate hidden live region instead.
 */
export function Thread({ className, avatarUrl, botName, renderMessage, estimateRowHeight = defaultEstimate, overscan = 6, empty }: ThreadProps) {
  const { client, loadOlder } = useChat();
  const { strings } = useChatI18n();
  const messages = useChatSelector((s) => s.messages);
  const history = useChatSelector((s) => s.history);
  const atStart = history.loadedInitial && !history.hasMore;
  const rows = useMemo(() => buildRows(messages, atStart), [messages, atStart]);
  const scroll = useThreadScroll({ rows, messages, history, loadOlder, estimateRowHeight, overscan });
  const { virtualizer, viewportRef } = scroll;
  const name = botName ?? client.botInfo.chatBot;

  const renderRow = (row: ThreadRow): ReactNode => {
    switch (row.kind) {
      case 'start':
        return <p className="xo-thread__start">{strings.beginningOfConversation}</p>;
      case 'message':
        return (
          <>
            {row.dayStart ? <DateSeparator at={row.message.createdAt} /> : null}
            {renderMessage ? (
              renderMessage(row.message, { grouped: row.grouped })
            ) : (
              <Message message={row.message} grouped={row.grouped} avatarUrl={avatarUrl} botName={name} />
            )}
          </>
        );
    }
  };

  return (
    <div className={cx('xo-thread', className)} data-state={scroll.atBottom ? 'at-bottom' : 'scrolled-up'}>
      <HistoryStatus history={history} onLoadOlder={scroll.loadOlderNow} />
      <div
        ref={viewportRef}
        className="xo-thread__viewport"
        role="log"
        aria-live="off"
        aria-label={strings.transcriptLabel}
        tabIndex={0}
        onScroll={scroll.onScroll}
      >
        {rows.length === 0 && empty ? <div className="xo-thread__empty">{empty}</div> : null}
        <div className="xo-thread__rows" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="xo-thread__row"
                data-kind={row.kind}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {renderRow(row)}
              </div>
            );
          })}
        </div>
      </div>
      {scroll.atBottom ? null : <JumpToLatest newCount={scroll.newCount} onJump={scroll.jumpToLatest} />}
      <LiveAnnouncer botName={name} />
    </div>
  );
}
