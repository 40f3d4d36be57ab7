import type { Message } from '@xo-chat/core';
import { useMemo, useState } from 'react';
import { rowList } from './rows';
import type { RowCache, ThreadRowList } from './rows';

/**
 * The transcript's rows, read by index and built as they are read (see `rowList`). The cache of built rows lives
 * as long as the thread; a render React throws away only leaves rows of other lists in it, which `rowList` checks.
 */
export function useThreadRows(messages: readonly Message[], atStart: boolean): ThreadRowList {
  const [cache] = useState<RowCache>(() => new WeakMap());
  return useMemo(() => rowList(messages, atStart, cache), [messages, atStart, cache]);
}
