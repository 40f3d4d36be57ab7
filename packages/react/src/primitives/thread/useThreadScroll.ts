import type { HistoryState, Message } from '@xo-chat/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { countAfter } from './rows';
import type { ThreadRow } from './rows';

/** Within this many pixels of the end counts as "at the bottom". */
export const BOTTOM_THRESHOLD_PX = 48;
/** Closer than this to the top starts loading the previous page. */
const TOP_THRESHOLD_PX = 120;

// Layout effects warn on a server; nothing here runs there anyway.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export interface ThreadScrollOptions {
  rows: ThreadRow[];
  messages: readonly Message[];
  history: HistoryState;
  loadOlder: () => Promise<void>;
  estimateRowHeight: (row: ThreadRow) => number;
  overscan: number;
}

/**
 * The scrolling behaviour of a chat transcript over a dynamic-height virtual list:
 * - follows new messages while the reader is at the bottom (`followOnAppend`), stays put when scrolled up;
 * - keeps the visible row exactly in place when older rows are prepended (`anchorTo: 'end'`, which corrects
 *   the offset synchronously, before paint, and again as the new rows are measured);
 * - loads the previous page near the top, or when the content does not fill the viewport;
 * - counts messages that arrived while scrolled up, for "jump to latest".
 */
export function useThreadScroll({ rows, messages, history, loadOlder, estimateRowHeight, overscan }: ThreadScrollOptions) {
  const viewportRef: RefObject<HTMLDivElement | null> = useRef<HTMLDivElement | null>(null);
  const topChanged = useTopChangedKeys(rows);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => viewportRef.current,
    estimateSize: (i) => {
      const row = rows[i];
      return row ? estimateRowHeight(row) : 56;
    },
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: BOTTOM_THRESHOLD_PX,
  });

  // The library keeps what is below a resized row still only when the row is wholly above the viewport. A
  // row that gained or lost its date separator (after a prepend) changed at its top: keep its content still too.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) => {
    const offset = instance.scrollOffset ?? 0;
    if (topChanged.current.has(item.key as string | number)) return item.start <= offset;
    return instance.itemSizeCache.has(item.key)
      ? item.end <= offset && instance.scrollDirection !== 'backward'
      : item.start < offset;
  };

  const [atBottom, setAtBottom] = useState(true);
  const lastId = messages.at(-1)?.id;
  const [seenId, setSeenId] = useState(lastId);
  useEffect(() => {
    if (atBottom && seenId !== lastId) setSeenId(lastId);
  }, [atBottom, lastId, seenId]);
  const newCount = atBottom ? 0 : countAfter(messages, seenId);

  const canLoad = history.hasMore && history.loadedInitial && history.status === 'idle';
  const requestOlder = useCallback(() => {
    if (canLoad) void loadOlder().catch(() => {});
  }, [canLoad, loadOlder]);

  const onScroll = useCallback(() => {
    const el = viewportRef.current;
    if (!el) return;
    setAtBottom(el.scrollHeight - el.scrollTop - el.clientHeight <= BOTTOM_THRESHOLD_PX);
    if (el.scrollTop <= TOP_THRESHOLD_PX) requestOlder();
  }, [requestOlder]);

  // Open at the newest message.
  const startedRef = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (startedRef.current || rows.length === 0) return;
    startedRef.current = true;
    virtualizer.scrollToEnd();
  }, [rows.length, virtualizer]);

  // A short transcript never scrolls, so no scroll event would ask for older pages: ask while it does not fill.
  const totalSize = virtualizer.getTotalSize();
  useEffect(() => {
    const el = viewportRef.current;
    if (el && el.clientHeight > 0 && el.scrollHeight <= el.clientHeight) requestOlder();
  }, [totalSize, requestOlder]);

  // An explicit request (the button, a retry after an error) goes through unless a page is already in flight.
  const loadOlderNow = useCallback(() => {
    if (history.hasMore && history.status !== 'loading') void loadOlder().catch(() => {});
  }, [history.hasMore, history.status, loadOlder]);

  const jumpToLatest = useCallback(() => {
    virtualizer.scrollToEnd();
    setAtBottom(true);
    viewportRef.current?.focus();
  }, [virtualizer]);

  return { viewportRef, virtualizer, atBottom, newCount, onScroll, jumpToLatest, loadOlderNow };
}

/**
 * Keys of message rows whose date separator appeared or went away in the latest rows. That happens at the top
 * when an older page is prepended, so the rows are compared only when the first row changed: an append to a long
 * transcript costs nothing here.
 */
function useTopChangedKeys(rows: ThreadRow[]) {
  const dayStarts = useRef(new Map<string | number, boolean>());
  const changed = useRef(new Set<string | number>());
  const seen = useRef<{ rows: ThreadRow[] | null; firstKey: string | undefined }>({ rows: null, firstKey: undefined });
  if (seen.current.rows !== rows) {
    const firstKey = rows.find((row) => row.kind === 'message')?.key;
    const topMoved = firstKey !== seen.current.firstKey;
    seen.current = { rows, firstKey };
    const diff = new Set<string | number>();
    if (topMoved) {
      const next = new Map<string | number, boolean>();
      for (const row of rows) {
        if (row.kind !== 'message') continue;
        next.set(row.key, row.dayStart);
        const before = dayStarts.current.get(row.key);
        if (before !== undefined && before !== row.dayStart) diff.add(row.key);
      }
      dayStarts.current = next;
    }
    changed.current = diff;
  }
  return changed;
}
