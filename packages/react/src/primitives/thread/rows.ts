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
  if (atStart && messages.length > 0) rows.push(START_ROW);
  let previous: Message | undefined;
  let previousDay = '';
  for (const message of messages) {
    const day = messageDay(message);
    const dayStart = day !== previousDay;
    previousDay = day;
    const grouped =
      !dayStart &&
      previous !== undefined &&
      previous.from === message.from &&
      !message.event &&
      previous.author?.id === message.author?.id &&
      previous.author?.name === message.author?.name &&
      message.createdAt - previous.createdAt <= GROUP_GAP_MS;
    rows.push(messageRow(message, grouped, dayStart));
    previous = message;
  }
  return rows;
}

const START_ROW: ThreadRow = { kind: 'start', key: 'xo-start' };

// Messages are immutable in the store (a change makes a new object), so what is derived from one can be kept
// beside it: an append to 10,000 messages then costs lookups, not 10,000 Dates and row objects, and unchanged
// rows keep their identity for the virtual list.
const days = new WeakMap<Message, { createdAt: number; day: string }>();
const messageRows = new WeakMap<Message, ThreadRow & { kind: 'message' }>();

function messageDay(message: Message): string {
  const known = days.get(message);
  if (known && known.createdAt === message.createdAt) return known.day;
  const day = dayKey(message.createdAt);
  days.set(message, { createdAt: message.createdAt, day });
  return day;
}

function messageRow(message: Message, grouped: boolean, dayStart: boolean): ThreadRow {
  const known = messageRows.get(message);
  if (known && known.grouped === grouped && known.dayStart === dayStart) return known;
  const row = { kind: 'message' as const, key: message.id, message, grouped, dayStart };
  messageRows.set(message, row);
  return row;
}

/** How many messages came after `seenId` (all of them when it is gone, none when it is the last). */
export function countAfter(messages: readonly Message[], seenId: string | undefined): number {
  if (seenId === undefined) return 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.id === seenId) return messages.length - 1 - i;
  }
  return 0;
}
