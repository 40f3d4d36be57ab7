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
  return updateRows(null, messages, atStart).rows;
}

/** The rows built for one message list, kept to build the next list's rows from. */
export interface RowsBuild {
  readonly messages: readonly Message[];
  readonly atStart: boolean;
  readonly rows: ThreadRow[];
}

type MessageRow = ThreadRow & { kind: 'message' };

/**
 * The rows of `messages`, reusing `previous` where the lists agree: the store replaces a message by a new object
 * when it changes, so the longest common run at each end (compared by identity, a pointer per message) kept its
 * rows, and only the messages in between get new ones, plus the first message after them (its separator and
 * grouping depend on the one before it). An append to 10,000 messages builds one row, a history page builds that
 * page's rows; unchanged rows keep their identity. The result is always what `buildRows` gives from scratch.
 */
export function updateRows(previous: RowsBuild | null, messages: readonly Message[], atStart: boolean): RowsBuild {
  const was = previous?.messages ?? [];
  if (previous && was === messages && previous.atStart === atStart) return previous;
  const wasOffset = previous && previous.rows[0]?.kind === 'start' ? 1 : 0;
  const wasRow = (i: number) => previous?.rows[i + wasOffset] as MessageRow;
  const shortest = Math.min(was.length, messages.length);
  let head = 0;
  while (head < shortest && was[head] === messages[head]) head++;
  let tail = 0;
  while (tail < shortest - head && was[was.length - 1 - tail] === messages[messages.length - 1 - tail]) tail++;

  const start = atStart && messages.length > 0 ? 1 : 0;
  // The kept head is one copy of the old rows (a pointer per row), the start row put in or taken out if it changed.
  const rows: ThreadRow[] =
    previous && start === wasOffset ? previous.rows.slice(0, start + head) : [...(start ? [START_ROW] : []), ...(previous?.rows.slice(wasOffset, wasOffset + head) ?? [])];
  const days = dayKeys();
  const changedEnd = messages.length - tail;
  const first = messages[head - 1];
  let lastDay = first === undefined ? undefined : days(first.createdAt);
  for (let i = head; i < messages.length; i++) {
    // Past the first kept message after the change, the rows are the old ones (same message, same one before).
    if (i > changedEnd) {
      rows.push(wasRow(i - messages.length + was.length));
      continue;
    }
    const message = messages[i] as Message;
    const day = days(message.createdAt);
    const dayStart = day !== lastDay;
    lastDay = day;
    const grouped = !dayStart && continues(messages[i - 1], message);
    const old = i === changedEnd ? wasRow(i - messages.length + was.length) : undefined;
    rows.push(old && old.grouped === grouped && old.dayStart === dayStart ? old : { kind: 'message', key: message.id, message, grouped, dayStart });
  }
  return { messages, atStart, rows };
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

/**
 * `dayKey` for one pass over a transcript: a time inside the last local day looked up costs two comparisons
 * instead of a Date (a 10,000-message mount made 10,000 Dates). The day's bounds come from the local calendar,
 * so a day with a daylight-saving change is its real length.
 */
function dayKeys(): (ms: number) => string {
  let from = 0;
  let to = -1;
  let key = '';
  return (ms) => {
    if (ms >= from && ms < to) return key;
    const d = new Date(ms);
    from = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
    to = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
    key = dayKey(ms);
    return key;
  };
}

/** How many messages came after `seenId` (all of them when it is gone, none when it is the last). */
export function countAfter(messages: readonly Message[], seenId: string | undefined): number {
  if (seenId === undefined) return 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.id === seenId) return messages.length - 1 - i;
  }
  return 0;
}
