import type { Message as ChatMessageData } from '@xo-chat/core';
import { createContext, forwardRef, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Virtualizer } from 'virtua';
import type { CustomContainerComponentProps, CustomItemComponentProps } from 'virtua';
import { useChatComponents } from '../../components';
import { useChatI18n } from '../../i18n/context';
import { ChatMessage } from '../message/ChatMessage';
import { SessionEventLine } from '../message/SessionEventLine';
import { useThread } from './context';
import { DateSeparator } from './DateSeparator';
import { allRows, rowList } from './rows';
import type { ThreadRow, ThreadRowList } from './rows';
import { useRowElements } from './useRowElements';
import { useIsomorphicLayoutEffect } from '../../internal/use-isomorphic-layout-effect';

export interface ThreadMessagesProps {
  /** Renders one message (default: `components.Message` from the window, else `<ChatMessage/>`). */
  renderMessage?: (message: ChatMessageData, info: { grouped: boolean }) => ReactNode;
  /**
   * A first guess of a row's height before it is measured. virtua takes one guess for every row, read when the
   * list mounts: this is asked for the newest row then. Without it, 64 px (an ungrouped one-line message): close
   * enough that the first screen renders about the rows that fit, not twice as many to throw away once measured
   * (virtua's own first guess is 40 px).
   */
  estimateRowHeight?: (row: ThreadRow) => number;
  /** Rows rendered beyond the viewport on each side, as virtua's `bufferSize` of that many 64 px rows. */
  overscan?: number;
}

/** Rows shown, unvirtualized, where there is no ResizeObserver to measure them. */
const UNMEASURED_ROWS = 50;

/** The height `overscan` counts in: an ungrouped one-line message. */
const OVERSCAN_ROW_PX = 64;


/** The rows, for the row element (virtua gives it only an index). */
const RowsContext = createContext<ThreadRowList>(rowList([], false));

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
  const kind = useContext(RowsContext).at(index)?.kind;
  return (
    <div ref={ref} className="xo-thread__row" data-kind={kind} data-index={index} style={style}>
      {children}
    </div>
  );
});

/**
 * The messages, in a virtualized, dynamically measured list that holds tens of thousands of them: day
 * separators, the beginning of the conversation, agent session lines and each message. Goes inside
 * `Thread.Viewport`.
 */
export function ThreadMessages({ renderMessage, estimateRowHeight, overscan = 6 }: ThreadMessagesProps) {
  const { rowList: rows, scroll, focusedKey, avatarUrl, botName } = useThread('<Thread.Messages>');
  const { strings } = useChatI18n();
  const { Message: MessageComponent = ChatMessage } = useChatComponents();
  const { viewportRef } = scroll;
  // virtua measures only through ResizeObserver. Decided once; on a server it is the virtual list (which renders
  // no rows there), so the browser's first render matches what the server sent.
  const [canMeasure] = useState(() => typeof window === 'undefined' || typeof window.ResizeObserver === 'function');
  const focusedIndex = focusedKey === null ? -1 : rows.indexOf(focusedKey);
  // `overscan` rows beyond those on screen stay mounted, as with a row-counting virtualizer, on top of virtua's
  // buffer in pixels (which a tall message spans): the reply to a button pressed in a message just above the end
  // is in the DOM while the reader is still there. And the row holding the focus (virtua's keepMounted), so a
  // keyboard user who pressed a button in a message keeps the focus when the list follows the answer.
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
  // virtua reads its size hint once, when it mounts.
  const [itemSize] = useState(() => {
    const newest = rows.at(rows.length - 1);
    return estimateRowHeight && newest ? estimateRowHeight(newest) : OVERSCAN_ROW_PX;
  });
  // The viewport's top padding lies between the scroller's top and the first row: virtua counts it as startMargin.
  const [startMargin, setStartMargin] = useState(0);
  useIsomorphicLayoutEffect(() => {
    const el = viewportRef.current;
    if (el) setStartMargin(parseFloat(getComputedStyle(el).paddingTop) || 0);
  }, [viewportRef]);

  const renderRow = (row: ThreadRow): ReactNode => {
    if (row.kind === 'start') return <p className="xo-thread__start">{strings.beginningOfConversation}</p>;
    const { message, grouped } = row;
    return (
      <>
        {row.dayStart ? <DateSeparator at={message.createdAt} /> : null}
        {message.event ? (
          <SessionEventLine message={message} event={message.event} />
        ) : renderMessage ? (
          renderMessage(message, { grouped })
        ) : (
          <MessageComponent message={message} grouped={grouped} avatarUrl={avatarUrl} botName={botName} />
        )}
      </>
    );
  };

  const rowElement = useRowElements(renderRow, [strings, renderMessage, MessageComponent, avatarUrl, botName]);
  // virtua reads only `length` of its data and passes the index: rows are built for the indexes it renders.
  const renderIndex = useCallback((_: undefined, index: number) => rowElement(rows.at(index) as ThreadRow), [rowElement, rows]);
  const indexes = useMemo((): ArrayLike<undefined> => ({ length: rows.length }), [rows]);

  if (!canMeasure) {
    // No ResizeObserver (jsdom, very old browsers): virtua cannot measure, so the newest rows in plain flow.
    return (
      <div className="xo-thread__rows">
        {allRows(rows, rows.length - UNMEASURED_ROWS).map((row) => (
          <div key={row.key} className="xo-thread__row" data-kind={row.kind}>
            {renderRow(row)}
          </div>
        ))}
      </div>
    );
  }
  return (
    <RowsContext.Provider value={rows}>
      <Virtualizer
        ref={scroll.listRef}
        data={indexes}
        shift={scroll.shift}
        bufferSize={overscan * OVERSCAN_ROW_PX}
        {...(itemSize === undefined ? {} : { itemSize })}
        startMargin={startMargin}
        as={RowsContainer}
        item={RowElement}
        onResize={scroll.onResize}
        keepMounted={keepMounted}
      >
        {renderIndex}
      </Virtualizer>
    </RowsContext.Provider>
  );
}
