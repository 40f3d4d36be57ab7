import type { Message } from '@xo-chat/core';
import { useMemo, useRef } from 'react';
import { updateRows } from './rows';
import type { RowsBuild, ThreadRow } from './rows';

/**
 * The transcript's rows, each render built from the last build (see `updateRows`): a new message costs one row,
 * not one per message. The last build is kept in a ref written during render; a render React throws away only
 * leaves a build of other messages there, and `updateRows` gives the same rows whichever build it starts from.
 */
export function useThreadRows(messages: readonly Message[], atStart: boolean): ThreadRow[] {
  const last = useRef<RowsBuild | null>(null);
  return useMemo(() => {
    last.current = updateRows(last.current, messages, atStart);
    return last.current.rows;
  }, [messages, atStart]);
}
