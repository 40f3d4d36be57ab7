import type { HistoryState, Message } from '@xo-chat/core';
import { createContext, useContext } from 'react';
import type { ThreadRow, ThreadRowList } from './rows';
import type { useThreadScroll } from './useThreadScroll';

export type ThreadScroll = ReturnType<typeof useThreadScroll>;

export interface ThreadContextValue {
  messages: readonly Message[];
  /** The rows by index, each built when first read: what parts use (a 10,000-message list costs a screen of it). */
  rowList: ThreadRowList;
  /** Every row as an array, built when first read (one row per message: prefer `rowList` in a render). */
  readonly rows: ThreadRow[];
  history: HistoryState;
  /** Scroll position, what is visible, and the actions that move it. */
  scroll: ThreadScroll;
  /** The row holding the keyboard focus, which stays mounted while it scrolls out of view. */
  focusedKey: string | null;
  setFocusedKey(key: string | null): void;
  avatarUrl: string | undefined;
  botName: string;
}

export const ThreadContext = createContext<ThreadContextValue | null>(null);

/**
 * The transcript around a part: its rows, history, and scroll state (`atBottom`, `newCount`, `jumpToLatest()`,
 * `loadOlderNow()`). `Thread.*` parts must be inside `<Thread.Root>`.
 */
export function useThread(part = 'useThread'): ThreadContextValue {
  const value = useContext(ThreadContext);
  if (!value) throw new Error(`xo-chat: ${part} must be inside <Thread.Root>.`);
  return value;
}
