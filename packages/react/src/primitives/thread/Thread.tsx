import type { Message as ChatMessage } from '@xo-chat/core';
import { createContext, forwardRef, useContext, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { FocusEvent, ReactNode } from 'react';
import { Virtualizer } from 'virtua';
import type { CustomContainerComponentProps, CustomItemComponentProps } from 'virtua';
import { useChat } from '../../hooks/useChat';
import { useChatSelector } from '../../hooks/useChatSelector';
import { useChatI18n } from '../../i18n/context';
import { Message } from '../message/Message';
import { cx } from '../Slot';
import { DateSeparator } from './DateSeparator';
import { HistoryStatus } from './HistoryStatus';
import { JumpToLatest } from './JumpToLatest';
import { LiveAnnouncer } from './LiveAnnouncer';
import type { ThreadRow } from './rows';
import { useRowElements } from './useRowElements';
import { useThreadRows } from './useThreadRows';
import { useThreadScroll } from './useThreadScroll';

export interface ThreadProps {
  className?: string;
  /** The bot's avatar and name for its messages (defaults: initial letter, `client.botInfo.chatBot`). */
  avatarUrl?: string | undefined;
  botName?: string | undefined;
  /** Renders one message (default: `<Message/>`). */
  renderMessage?: (message: ChatMessage, info: { grouped: boolean }) => ReactNode;
  /**
   * A first guess of a row's height before it is measured. virtua takes one guess for every row, read when the
   * list mounts: this is asked for the newest row then. Without it, virtua guesses from the rows it measured.
   */
  estimateRowHeight?: (row: ThreadRow) => number;
  /** Rows rendered beyond the viewport on each side, as virtua's `bufferSize` of that many 64 px rows. */
  overscan?: number;
  /** Shown when there are no messages yet. */
  empty?: ReactNode;
}

/** Rows shown, unvirtualized, where there is no ResizeObserver to measure them. */
const UNMEASURED_ROWS = 50;

/** The height `overscan` counts in: an ungrouped one-line message. */
const OVERSCAN_ROW_PX = 64;

// Layout effects warn on a server; nothing here runs there anyway.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** The rows, for the row element (virtua gives it only an index). */
const RowsContext = createContext<readonly ThreadRow[]>([]);

/** virtua's container, with the class the stylesheet and the tests know. */
const RowsContainer = forwardRef<HTMLDivElement, CustomContainerComponentProps>(function RowsContainer({ style, children }, ref) {
  return (
    <div ref={ref} className="xo-thread__rows" style={style}>
      {children}
    </div>
  );
});

/** virtua's measured, positioned row element: our row class and kind on it, so no extra wrapper per row. */
const RowElement = forwardRef<HTMLDivElement, CustomItemComponentProps>(function RowElement({ style, index, children }, ref) {
  const kind = useContext(RowsContext)[index]?.kind;
  return (
    <div ref={ref} className="xo-thread__row" data-kind={kind} data-index={index} style={style}>
      {children}
    </div>
  );
});

/**
 * The transcript: a virtualized, dynamically measured list that holds tens of thousands of messages. It is a
 * `role="log"`, focusable so the keyboard can scroll it; its own live announcements are off (rows mount while
 * scrolling) and new live bot messages are spoken by a separate hidden live region instead.
 */
export function Thread({ className, avatarUrl, botName, renderMessage, estimateRowHeight, overscan = 6, empty }: ThreadProps) {
  const { client, loadOlder } = useChat();
  const { strings } = useChatI18n();
  const messages = useChatSelector((s) => s.messages);
  const history = useChatSelector((s) => s.history);
  const atStart = history.loadedInitial && !history.hasMore;
  const rows = useThreadRows(messages, atStart);
  const scroll = useThreadScroll({ rows, messages, history, loadOlder });
  const { viewportRef } = scroll;
  // virtua measures only through ResizeObserver. Decided once; on a server it is the virtual list (which renders
  // no rows there), so the browser's first render matches what the server sent.
  const [canMeasure] = useState(() => typeof window === 'undefined' || typeof window.ResizeObserver === 'function');
  // The row holding the focus stays mounted while it scrolls out of view (virtua's keepMounted), so a keyboard
  // user who pressed a button in a message keeps the focus when the list follows the answer.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focusedIndex = focusedKey === null ? -1 : rows.findIndex((row) => row.key === focusedKey);
  // `overscan` rows beyond those on screen stay mounted, as with a row-counting virtualizer, on top of virtua's
  // buffer in pixels (which a tall message spans): the reply to a button pressed in a message just above the end
  // is in the DOM while the reader is still there. And the row holding the focus.
  const [firstVisible, lastVisible] = scroll.visible;
  const keepMounted = useMemo(() => {
    const kept: number[] = [];
    if (firstVisible >= 0) {
      for (let i = Math.max(0, firstVisible - overscan); i < firstVisible; i++) kept.push(i);
      for (let i = lastVisible + 1; i <= Math.min(rows.length - 1, lastVisible + overscan); i++) kept.push(i);
    }
    if (focusedIndex >= 0 && !kept.includes(focusedIndex)) kept.push(focusedIndex);
    return kept;
  }, [firstVisible, lastVisible, rows.length, overscan, focusedIndex]);
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const index = Number(event.target.closest<HTMLElement>('.xo-thread__row')?.dataset['index'] ?? Number.NaN);
    setFocusedKey(Number.isInteger(index) ? (rows[index]?.key ?? null) : null);
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setFocusedKey(null);
  };
  // virtua reads its size hint once, when it mounts.
  const [itemSize] = useState(() => {
    const newest = rows.at(-1);
    return estimateRowHeight && newest ? estimateRowHeight(newest) : undefined;
  });
  // The viewport's top padding lies between the scroller's top and the first row: virtua counts it as startMargin.
  const [startMargin, setStartMargin] = useState(0);
  useIsomorphicLayoutEffect(() => {
    const el = viewportRef.current;
    if (el) setStartMargin(parseFloat(getComputedStyle(el).paddingTop) || 0);
  }, [viewportRef]);
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

  const rowElements = useRowElements(renderRow, [strings, renderMessage, avatarUrl, name]);

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
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {rows.length === 0 && empty ? <div className="xo-thread__empty">{empty}</div> : null}
        {canMeasure ? (
          <RowsContext.Provider value={rows}>
            <Virtualizer
              ref={scroll.listRef}
              data={rows}
              shift={scroll.shift}
              bufferSize={overscan * OVERSCAN_ROW_PX}
              {...(itemSize === undefined ? {} : { itemSize })}
              startMargin={startMargin}
              as={RowsContainer}
              item={RowElement}
              onResize={scroll.onResize}
              keepMounted={keepMounted}
            >
              {rowElements}
            </Virtualizer>
          </RowsContext.Provider>
        ) : (
          // No ResizeObserver (jsdom, very old browsers): virtua cannot measure, so the newest rows in plain flow.
          <div className="xo-thread__rows">
            {rows.slice(-UNMEASURED_ROWS).map((row) => (
              <div key={row.key} className="xo-thread__row" data-kind={row.kind}>
                {renderRow(row)}
              </div>
            ))}
          </div>
        )}
      </div>
      {scroll.atBottom ? null : <JumpToLatest newCount={scroll.newCount} onJump={scroll.jumpToLatest} />}
      <LiveAnnouncer botName={name} />
    </div>
  );
}
