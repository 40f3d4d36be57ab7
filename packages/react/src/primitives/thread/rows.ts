import type { Message } from '@xo-chat/core';
import { dayKey } from '../../i18n/intl';

/** Consecutive messages from one sender within this gap are shown as a group. */
export const GROUP_GAP_MS = 5 * 60_000;

export type ThreadRow =
  | { kind: 'start'; key: string }
  /** `dayStart`: the first message of a local day, shown under a date separator. */
  | { kind: 'message'; key: string; message: Message; grouped: boolean; dayStart: boolean };

/**
 * The rows of the virtual list, read by index: one per message (keyed by its id, so measured heights survive
 * prepends), the first of each local day carrying its date separator, each marked `grouped` when it continues the
 * previous sender's run. With `atStart`, a "start of the conversation" row leads.
 *
 * The separator lives inside the message's row rather than in a row of its own so that every row the list can
 * anchor to while older pages are prepended is a message that stays in the list.
 */
export interface ThreadRowList {
  readonly length: number;
  /** Row `index` (undefined outside `0 <= index < length`). */
  at(index: number): ThreadRow | undefined;
  /** The index of the row keyed `key`, searched from the newest (where a focused row usually is); -1 when none. */
  indexOf(key: string): number;
}

type MessageRow = ThreadRow & { kind: 'message' };

/** Rows built for earlier lists, by message: one stays valid while the message before it is the same object. */
export type RowCache = WeakMap<Message, { before: Message | undefined; row: MessageRow }>;

/**
 * The rows of `messages`, each built when it is first read: a list of 10,000 messages costs what the screen
 * reads of it (a row depends only on its message and the one before), not a row object per message. Built rows
 * are kept in `cache`, so a row whose message and whose message before are the same objects (the store replaces a
 * message by a new object when it changes) is the same row object in the next list: an append builds one row, a
 * history page the rows of it that are read, and a mounted row keeps its identity (and so its rendered element).
 */
export function rowList(messages: readonly Message[], atStart: boolean, cache: RowCache = new WeakMap()): ThreadRowList {
  const offset = atStart && messages.length > 0 ? 1 : 0;
  return {
    length: messages.length + offset,
    at(index) {
      if (offset === 1 && index === 0) return START_ROW;
      const message = messages[index - offset];
      if (message === undefined) return undefined;
      const before = messages[index - offset - 1];
      const kept = cache.get(message);
      if (kept && kept.before === before) return kept.row;
      const dayStart = before === undefined || dayKey(before.createdAt) !== dayKey(message.createdAt);
      const grouped = !dayStart && continues(before, message);
      const row: MessageRow =
        kept && kept.row.grouped === grouped && kept.row.dayStart === dayStart ? kept.row : { kind: 'message', key: message.id, message, grouped, dayStart };
      cache.set(message, { before, row });
      return row;
    },
    indexOf(key) {
      if (offset === 1 && key === START_ROW.key) return 0;
      for (let i = messages.length - 1; i >= 0; i--) if (messages[i]?.id === key) return i + offset;
      return -1;
    },
  };
}

/** The rows of a list from `from` on, as an array (one row object per message, so only for what needs them). */
export function allRows(list: ThreadRowList, from = 0): ThreadRow[] {
  const start = Math.max(0, from);
  return Array.from({ length: Math.max(0, list.length - start) }, (_, i) => list.at(start + i) as ThreadRow);
}

/** Every row of `messages`, as an array (what `rowList` gives, read whole). */
export function buildRows(messages: readonly Message[], atStart: boolean, cache?: RowCache): ThreadRow[] {
  return allRows(rowList(messages, atStart, cache));
}

/** Whether `message` continues `before`'s run: same sender (agents by who they are), within the gap, not an event. */
function continues(before: Message | undefined, message: Message): boolean {
  return (
    before !== undefined &&
    before.from === message.from &&
    !message.event &&
    before.author?.id === message.author?.id &&
    before.author?.name === message.author?.name &&
    message.createdAt - before.createdAt <= GROUP_GAP_MS
  );
}

const START_ROW: ThreadRow = { kind: 'start', key: 'xo-start' };

/** How many messages came after `seenId` (all of them when it is gone, none when it is the last). */
export function countAfter(messages: readonly Message[], seenId: string | undefined): number {
  if (seenId === undefined) return 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.id === seenId) return messages.length - 1 - i;
  }
  return 0;
}
