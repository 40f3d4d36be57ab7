import type { HistoryState, Message } from '@xo-chat/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { VirtualizerHandle } from 'virtua';
import { afterPaint } from '../../internal/after-paint';
import { countAfter } from './rows';
import type { ThreadRowList } from './rows';
import { useIsomorphicLayoutEffect } from '../../internal/use-isomorphic-layout-effect';

/** Within this many pixels of the end counts as "at the bottom". */
export const BOTTOM_THRESHOLD_PX = 48;
/** Closer than this to the top starts loading the previous page. */
const TOP_THRESHOLD_PX = 120;


export interface ThreadScrollOptions {
  rows: ThreadRowList;
  messages: readonly Message[];
  history: HistoryState;
  loadOlder: () => Promise<void>;
}

const distanceFromEnd = (el: HTMLElement) => el.scrollHeight - el.scrollTop - el.clientHeight;

/**
 * The scrolling behaviour of a chat transcript over virtua's dynamic-height virtual list:
 * - follows new messages while the reader is at the bottom (and stays there when a row at the bottom grows, a
 *   lazy template or an image), stays put when scrolled up;
 * - keeps the visible row in place when older rows are prepended: `shift` is true only in the render where rows
 *   were added at the start, so virtua keeps the distance from the end, before paint, and again as the new rows
 *   are measured (a row whose date separator went away is measured from the end too). virtua corrects with
 *   relative scrollBy steps of fractional heights, which the browser rounds, so the row can end up to about 1.5 px
 *   off after several corrections (0.1 to 0.5 px in the render bench);
 * - loads the previous page near the top, or when the content does not fill the viewport;
 * - counts messages that arrived while scrolled up, for "jump to latest".
 */
export function useThreadScroll({ rows, messages, history, loadOlder }: ThreadScrollOptions) {
  const viewportRef: RefObject<HTMLDivElement | null> = useRef<HTMLDivElement | null>(null);
  const listRef = useRef<VirtualizerHandle | null>(null);
  const shift = useShiftedAtStart(rows);

  // The rows on screen, first and last index: the list keeps `overscan` rows mounted beyond them (see Thread).
  // Known from just after the first paint on: the first screen is virtua's rows alone, and the rows kept beyond
  // them mount in the next frame, so the first paint does not wait for them (nor for a render per row measured).
  const [visible, setVisible] = useState<readonly [number, number]>([-1, -1]);
  const painted = useRef(false);
  const updateVisible = useCallback(() => {
    const el = viewportRef.current;
    const list = listRef.current;
    if (!el || !list || !painted.current) return;
    const first = list.findItemIndex(el.scrollTop);
    const last = list.findItemIndex(el.scrollTop + el.clientHeight);
    setVisible((was) => (was[0] === first && was[1] === last ? was : [first, last]));
  }, []);
  useEffect(() => {
    let live = true;
    afterPaint(() => {
      if (!live) return;
      painted.current = true;
      updateVisible();
    });
    return () => {
      live = false;
    };
  }, [updateVisible]);

  const [atBottom, setAtBottom] = useState(true);
  // The reader's position as of the last scroll event: content that grows below does not scroll, so this still
  // says "at the bottom" then, which is what lets the list follow it.
  const atBottomRef = useRef(true);
  const lastId = messages.at(-1)?.id;
  const [seenId, setSeenId] = useState(lastId);
  useEffect(() => {
    if (atBottom && seenId !== lastId) setSeenId(lastId);
  }, [atBottom, lastId, seenId]);
  const newCount = atBottom ? 0 : countAfter(messages, seenId);

  // To the very end, here and now. Not virtua's scrollToIndex: that one keeps re-aiming at its target for a while
  // as rows are measured, and so pulls back a reader who scrolls up meanwhile. Rows measured after this that move
  // the end are followed by onResize, as long as no scroll event said the reader left the bottom.
  const lastTop = useRef(0);
  const scrollToEnd = useCallback(() => {
    const el = viewportRef.current;
    if (!el) return;
    el.scrollTop = Math.max(0, el.scrollHeight - el.clientHeight);
    lastTop.current = el.scrollTop;
  }, []);

  const canLoad = history.hasMore && history.loadedInitial && history.status === 'idle';
  const requestOlder = useCallback(() => {
    if (canLoad) void loadOlder().catch(() => {});
  }, [canLoad, loadOlder]);

  const onScroll = useCallback(() => {
    const el = viewportRef.current;
    if (!el) return;
    // Only the reader leaves the bottom, by scrolling up. Content that grew below since the last scroll (an image
    // that loaded before this event) moves the end away without moving scrollTop: the list still follows it.
    const movedUp = el.scrollTop < lastTop.current - 1;
    lastTop.current = el.scrollTop;
    const bottom = distanceFromEnd(el) <= BOTTOM_THRESHOLD_PX || (atBottomRef.current && !movedUp);
    atBottomRef.current = bottom;
    setAtBottom(bottom);
    updateVisible();
    if (el.scrollTop <= TOP_THRESHOLD_PX) requestOlder();
  }, [requestOlder, updateVisible]);

  // A short transcript never scrolls, so no scroll event would ask for older pages: ask while it does not fill.
  const checkFill = useCallback(() => {
    const el = viewportRef.current;
    if (el && el.clientHeight > 0 && el.scrollHeight <= el.clientHeight) requestOlder();
  }, [requestOlder]);
  useEffect(checkFill, [rows.length, checkFill]);

  // Called by virtua when the viewport or a row changed size (it has already kept the rows above in place).
  const onResize = useCallback(() => {
    const el = viewportRef.current;
    // Content that shrank pulled scrollTop down with it (the browser clamps it): that was no reader scrolling up.
    if (el) lastTop.current = el.scrollTop;
    if (el && atBottomRef.current && distanceFromEnd(el) > 1) scrollToEnd();
    checkFill();
    updateVisible();
  }, [scrollToEnd, checkFill, updateVisible]);

  // Open at the newest message, then follow what is appended while the reader is at the bottom. An append is a
  // new last row; a prepend (older page) keeps the same last row and must not move the view.
  // The reader's own new message (sent from this window just now) brings them down to it even when scrolled up.
  const lastRow = rows.at(rows.length - 1);
  const lastKey = lastRow?.key;
  // (Only this window's sends have a delivery status; another tab's echo and history have none.)
  const ownNew = lastRow?.kind === 'message' && lastRow.message.from === 'user' && lastRow.message.status !== undefined && !lastRow.message.fromHistory;
  const followedKey = useRef<string | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    if (lastKey === undefined || lastKey === followedKey.current) return;
    const opening = followedKey.current === undefined;
    followedKey.current = lastKey;
    if (ownNew && !atBottomRef.current) {
      atBottomRef.current = true;
      setAtBottom(true);
    }
    if (opening || atBottomRef.current) scrollToEnd();
  }, [lastKey, ownNew, scrollToEnd]);

  // An explicit request (the button, a retry after an error) goes through unless a page is already in flight.
  const loadOlderNow = useCallback(() => {
    if (history.hasMore && history.status !== 'loading') void loadOlder().catch(() => {});
  }, [history.hasMore, history.status, loadOlder]);

  const jumpToLatest = useCallback(() => {
    atBottomRef.current = true;
    scrollToEnd();
    setAtBottom(true);
    viewportRef.current?.focus();
  }, [scrollToEnd]);

  return { viewportRef, listRef, visible, shift, atBottom, newCount, onScroll, onResize, jumpToLatest, loadOlderNow };
}

/**
 * Whether these rows are the previous ones with rows added at the start (an older page, or the "start of the
 * conversation" row): virtua's `shift` must be true in exactly that render and false otherwise (an append with
 * `shift` would be taken for a prepend). The previous rows are remembered after commit, so a render React throws
 * away does not count.
 */
function useShiftedAtStart(rows: ThreadRowList): boolean {
  const previous = useRef<{ length: number; firstKey: string | undefined }>({ length: 0, firstKey: undefined });
  const { length, firstKey } = previous.current;
  const added = rows.length - length;
  const shift = length > 0 && added > 0 && rows.at(0)?.key !== firstKey && rows.at(added)?.key === firstKey;
  useIsomorphicLayoutEffect(() => {
    previous.current = { length: rows.length, firstKey: rows.at(0)?.key };
  }, [rows]);
  return shift;
}
