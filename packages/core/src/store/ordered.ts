// An id -> position index beside each published message list, so merges and status updates find a message
// without scanning and place it by binary search. The index is cached per array (WeakMap): the usual chain of
// "merge into the list the store holds" reuses and hands it on; any other array gets one built on demand.
import type { Message } from '../types';

const indexes = new WeakMap<readonly Message[], Map<string, number>>();

/** The id -> position index of `list` (built once per array that was not produced here). */
export function positionsOf(list: readonly Message[]): Map<string, number> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (let i = 0; i < list.length; i++) index.set((list[i] as Message).id, i);
    indexes.set(list, index);
  }
  return index;
}

/** Hands `index`, kept up to date while editing `next`, over to it; the array it came from loses it. */
export function adoptIndex(from: readonly Message[], next: readonly Message[], index: Map<string, number>): void {
  indexes.delete(from);
  indexes.set(next, index);
}

export function findMessage(list: readonly Message[], id: string): Message | undefined {
  const at = positionsOf(list).get(id);
  return at === undefined ? undefined : list[at];
}

/** First position whose time is > t (after equal times: arrival order). */
function upperBound(list: readonly Message[], t: number, lo = 0, hi = list.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Message).createdAt <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function reindex(list: Message[], index: Map<string, number>, from: number, to: number): void {
  for (let i = from; i < to; i++) index.set((list[i] as Message).id, i);
}

/** Inserts a new message after every message of the same or an earlier time: O(1) when it sorts last. */
export function insertSorted(list: Message[], index: Map<string, number>, message: Message): void {
  const last = list[list.length - 1];
  if (!last || last.createdAt <= message.createdAt) {
    index.set(message.id, list.length);
    list.push(message);
    return;
  }
  const at = upperBound(list, message.createdAt);
  list.splice(at, 0, message);
  reindex(list, index, at, list.length);
}

/**
 * Moves the message at `at` (just seen in history, its time maybe changed) after every message of the same or
 * an earlier time. History pages come oldest first, in the platform's order, so applying them item by item
 * leaves equal times in the platform's order too (it orders ties by when it stored them). O(1) when the message
 * is already there, a binary search and a splice otherwise.
 */
export function moveAfterEqual(list: Message[], index: Map<string, number>, at: number): void {
  const message = list[at] as Message;
  const t = message.createdAt;
  const prev = list[at - 1];
  const next = list[at + 1];
  if ((!prev || prev.createdAt <= t) && (!next || next.createdAt > t)) return;
  list.splice(at, 1);
  const to = upperBound(list, t);
  list.splice(to, 0, message);
  reindex(list, index, Math.min(at, to), Math.max(at, to) + 1);
}
