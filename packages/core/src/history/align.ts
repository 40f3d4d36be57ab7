// Joins history items to messages the client already shows when the ids do not say so: a user item without
// `userMsgId`, or a bot item whose `_id` differs from the live frame's `messageId` (or the frame had none). A
// pair is the same sender, the same content, and times within a window; each shown message pairs at most once,
// oldest first, so "yes" typed twice pairs with two items, in order. Without this a platform that keeps no
// client ids would show every message twice after a reload or a re-sync.
import { positionsOf } from '../store/ordered';
import type { Message } from '../types';

/** How far apart the platform's time of an item and the client's time of the same message may be. */
const WINDOW_MS = 5 * 60_000;
/**
 * A live frame and the history item it duplicates both carry the platform's time, a moment apart (it stores,
 * then sends). Kept tight so that a bot saying the same thing again a little later is a new message.
 */
const LIVE_WINDOW_MS = 10_000;

export function fingerprint(m: Message): string {
  return m.parts
    .map((p) => (p.type === 'text' ? `t:${p.text.trim()}` : p.type === 'template' ? `T:${p.templateType}:${p.fallbackText.trim()}` : `a:${p.url}`))
    .join('\u0000');
}

const sender = (m: Message) => (m.from === 'user' ? 'user' : 'other');

export interface Aligner {
  /** Rewrites the ids of history messages that are already shown under another id. */
  align(history: readonly Message[], shown: readonly Message[], skewMs: number, eligible?: (shown: Message, at: number) => boolean): Message[];
  /**
   * The other way round: a live frame (a bot answer, another tab's echo) that history already showed under its
   * own id, because the page was read between the platform storing the message and sending it. Returns the
   * message under the id it is shown with, or unchanged.
   */
  alignLive(live: Message, shown: readonly Message[]): Message;
  /** Ids known to have come from history (directly or by pairing). */
  anchored(id: string): boolean;
}

/** Index of the first message with `createdAt > t`. */
function upperBound(list: readonly Message[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Message).createdAt <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createAligner(): Aligner {
  // History `_id` -> the id the client shows it under.
  const aliases = new Map<string, string>();
  const anchoredIds = new Set<string>();

  function partner(
    item: Message,
    shown: readonly Message[],
    at: number,
    taken: Set<string>,
    eligible: (shown: Message, at: number) => boolean,
  ): Message | undefined {
    const print = fingerprint(item);
    let found: Message | undefined;
    for (let i = upperBound(shown, at + WINDOW_MS) - 1; i >= 0; i--) {
      const m = shown[i] as Message;
      if (m.createdAt < at - WINDOW_MS) break;
      if (anchoredIds.has(m.id) || taken.has(m.id) || sender(m) !== sender(item)) continue;
      if ((item.from === 'user' && !m.clientMessageId) || !eligible(m, at)) continue;
      if (fingerprint(m) === print) found = m; // keep scanning back: the oldest match wins
    }
    return found;
  }

  return {
    align(history, shown, skewMs, eligible = () => true) {
      // The store's id index of the list (kept beside it), not a Set of every shown id per page.
      const ids = positionsOf(shown);
      const taken = new Set<string>();
      return history.map((item) => {
        const alias = aliases.get(item.id);
        if (alias !== undefined) {
          anchoredIds.add(alias);
          return alias === item.id ? item : withId(item, alias);
        }
        if (ids.has(item.id) || item.clientMessageId) {
          anchoredIds.add(item.id);
          return item;
        }
        const m = partner(item, shown, item.createdAt - skewMs, taken, eligible);
        if (!m) {
          anchoredIds.add(item.id);
          return item;
        }
        taken.add(m.id);
        anchoredIds.add(m.id);
        aliases.set(item.id, m.id);
        return withId(item, m.id, m.clientMessageId);
      });
    },
    alignLive(live, shown) {
      if (live.streaming !== undefined) return live;
      const print = fingerprint(live);
      let found: Message | undefined;
      for (let i = upperBound(shown, live.createdAt + LIVE_WINDOW_MS) - 1; i >= 0; i--) {
        const m = shown[i] as Message;
        if (m.createdAt < live.createdAt - LIVE_WINDOW_MS) break;
        if (m.id === live.id) return live;
        // Only what history showed and no live frame has claimed yet (a live sighting clears `fromHistory`).
        if (!m.fromHistory || sender(m) !== sender(live) || (live.from === 'user' && m.clientMessageId)) continue;
        if (fingerprint(m) === print) found = m;
      }
      return found ? withId(live, found.id) : live;
    },
    anchored: (id) => anchoredIds.has(id),
  };
}

function withId(item: Message, id: string, clientMessageId?: string): Message {
  const copy: Message = { ...item, id };
  if (clientMessageId) copy.clientMessageId = clientMessageId;
  return copy;
}
