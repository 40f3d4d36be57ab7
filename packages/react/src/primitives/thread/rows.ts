import type { Message } from '@xo-chat/core';
import { dayKey } from '../../i18n/intl';

/** Consecutive messages from one sender within this gap are shown as a group. */
export const GROUP_GAP_MS = 5 * 60_000;

export type ThreadRow =
  | { kind: 'start'; key: string }
  /** `dayStart`: the first message of a local day, shown under a date separator. */
  | { kind: 'message'; key: string; message: Message; grouped: boolean; dayStart: boolean };

/**
 * The rows of the virtual list: one per message (keyed by its id, so measured heights survive prepends), the
 * first of each local day carrying its date separator, each marked `grouped` when it continues the previous
 * sender's run. With `atStart`, a "start of the conversation" row leads.
 *
 * The separator lives inside the message's row rather than in a row of its own so that every row the list can
 * anchor to while older pages are prepended is a message that stays in the list.
 */
export function buildRows(messages: readonly Message[], atStart: boolean): ThreadRow[] {
  const rows: ThreadRow[] = [];
  if (atStart && messages.length > 0) rows.push({ kind: 'start', key: 'xo-start' });
  let previous: Message | undefined;
  let previousDay = '';
  for (const message of messages) {
    const day = dayKey(message.createdAt);
    const newDay = day !== previousDay;
    previousDay = day;
    const grouped =
      !newDay &&
      previous !== undefined &&
      previous.from === message.from &&
      message.createdAt - previous.createdAt <= GROUP_GAP_MS;
    rows.push({ kind: 'message', key: message.id, message, grouped, dayStart: newDay });
    previous = message;
  }
  return rows;
}

/** How many messages came after `seenId` (all of them when it is gone, none when it is the last). */
export function countAfter(messages: readonly Message[], seenId: string | undefined): number {
  if (seenId === undefined) return 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.id === seenId) return messages.length - 1 - i;
  }
  return 0;
}
