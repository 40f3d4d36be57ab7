// The outbox: user messages until the platform has them. A frame is written once. When its ack goes missing
// (the socket closed, or the ack is overdue on an open socket) the entry is *in doubt*: it is never written
// again until history says the platform does not have it (see ../history/reconcile.ts). Entries behind one in
// doubt wait, so the platform receives the user's messages in the order they were typed.
import type { Clock } from '../types';
import type { OutboxStorage, StoredEntry } from './persist';

export interface OutboxEntry extends StoredEntry {
  /** When an entry still pending becomes `failed` (never written) or `unconfirmed` (written, in doubt). */
  deadline: number;
  /** When it was written to the socket that is open now; undefined while it waits or is in doubt. */
  sentAt?: number;
}

export interface OutboxOptions {
  clock: Clock;
  storage: OutboxStorage;
  ackTimeoutMs: number;
  failAfterMs: number;
  /** Writes the frame to the socket; false when no socket is open. */
  transmit: (entry: OutboxEntry) => boolean;
  onSent: (id: string) => void;
  onFailed: (id: string, reason: string) => void;
  /** Written, but neither acknowledged nor found in history before the deadline. */
  onUnconfirmed: (id: string, reason: string) => void;
  onSending: (id: string) => void;
  /** Some entry's ack is missing: history must be read before anything more is written. */
  onDoubt: () => void;
  /**
   * An entry was written late (queued while offline, resent after history proved it absent, retried): the
   * platform files it when it stores it, maybe after messages the client shows below it.
   */
  onResend?: (entry: OutboxEntry) => void;
  /** The last pending entry was acknowledged. */
  onDrained?: () => void;
}

export interface Outbox {
  /** Takes over stored entries (a reload, or another tab's leftovers); returns them for the store to show. */
  adopt(entries: readonly StoredEntry[]): void;
  add(entry: StoredEntry): void;
  /** The platform has the message (ack, echo or history). Returns false when it was not pending. */
  ack(id: string): boolean;
  /** The platform refused the message (`ack` with `ok: false`, close 1009): failed, with its reason. */
  reject(id: string, reason: string): boolean;
  retry(id: string): boolean;
  /** A socket just opened: write what may be written (nothing while an entry is in doubt). */
  flush(): void;
  /** The socket closed: whatever was written on it and not acked is now in doubt. */
  disconnected(): void;
  /** Entries in doubt whose last write is at least `settledMs` old (the platform had time to store them). */
  doubtful(): readonly OutboxEntry[];
  /** The earliest time at which an entry in doubt is settled enough to check; Infinity when none is in doubt. */
  settlesAt(settledMs: number): number;
  /** History proved these absent: they may be written again. Then writes whatever waits behind them. */
  absent(ids: readonly string[]): void;
  /** The entry written last on the socket now open (for close code 1009: that frame was too big). */
  lastWritten(): OutboxEntry | undefined;
  has(id: string): boolean;
  get(id: string): OutboxEntry | undefined;
  /** Every entry, in send order. */
  all(): readonly OutboxEntry[];
  /** Nothing pending (failed and unconfirmed entries wait for a retry and do not count). */
  idle(): boolean;
  /** Forget every entry (the user changed): storage keeps them for their owner. */
  clear(): void;
  stop(): void;
}

const settled = (entry: StoredEntry) => entry.failed !== undefined || entry.unconfirmed !== undefined;

export function createOutbox(options: OutboxOptions): Outbox {
  const { clock } = options;
  // A Map keeps insertion order, which is the send order.
  const entries = new Map<string, OutboxEntry>();
  let timer: unknown = null;
  let timerDue = Infinity;
  let stopped = false;
  let lastWrittenId: string | undefined;

  const persist = (entry: OutboxEntry) => options.storage.save(entry);
  const pendingCount = () => {
    let n = 0;
    for (const e of entries.values()) if (!settled(e)) n++;
    return n;
  };
  const inDoubt = () => {
    for (const e of entries.values()) if (e.doubt && !settled(e)) return true;
    return false;
  };

  function write(entry: OutboxEntry): boolean {
    if (!options.transmit(entry)) return false;
    const now = clock.now();
    const late = entry.firstWrittenAt !== undefined || entry.queuedAt !== undefined;
    delete entry.queuedAt;
    entry.sentAt = now;
    entry.firstWrittenAt ??= now;
    entry.lastWrittenAt = now;
    lastWrittenId = entry.id;
    persist(entry);
    if (late) options.onResend?.(entry);
    return true;
  }

  /** Writes, in order, every entry that may go: stops at the first one in doubt (order over speed). */
  function pump(): void {
    for (const entry of entries.values()) {
      if (settled(entry) || entry.sentAt !== undefined) continue;
      if (entry.doubt) return;
      if (!write(entry)) return;
    }
  }

  function doubt(entry: OutboxEntry): void {
    delete entry.sentAt;
    entry.doubt = true;
    persist(entry);
  }

  function expire(entry: OutboxEntry): void {
    const seconds = Math.round(options.failAfterMs / 1000);
    delete entry.sentAt;
    if (entry.firstWrittenAt === undefined) {
      entry.failed = `Not sent: no connection to the platform for ${seconds} s.`;
      persist(entry);
      options.onFailed(entry.id, entry.failed);
    } else {
      entry.unconfirmed = `Not confirmed: the platform did not acknowledge it within ${seconds} s, and its history could not show whether it arrived.`;
      persist(entry);
      options.onUnconfirmed(entry.id, entry.unconfirmed);
    }
  }

  function tick(): void {
    timer = null;
    if (stopped) return;
    const now = clock.now();
    let doubted = false;
    for (const entry of entries.values()) {
      if (settled(entry)) continue;
      if (now >= entry.deadline) expire(entry);
      else if (entry.sentAt !== undefined && now - entry.sentAt >= options.ackTimeoutMs) {
        doubt(entry);
        doubted = true;
      }
    }
    schedule();
    if (doubted) options.onDoubt();
  }

  const dueOf = (entry: OutboxEntry) =>
    settled(entry) ? Infinity : Math.min(entry.deadline, entry.sentAt === undefined ? Infinity : entry.sentAt + options.ackTimeoutMs);

  function setTimer(due: number): void {
    if (timer !== null) clock.clearTimeout(timer);
    timerDue = due;
    timer = due === Infinity ? null : clock.setTimeout(tick, Math.max(0, due - clock.now()));
  }

  function schedule(): void {
    if (stopped) return;
    let due = Infinity;
    for (const entry of entries.values()) due = Math.min(due, dueOf(entry));
    setTimer(due);
  }

  function remove(id: string): OutboxEntry | undefined {
    const entry = entries.get(id);
    if (!entry) return undefined;
    entries.delete(id);
    options.storage.remove(id);
    return entry;
  }

  return {
    adopt(stored) {
      for (const s of stored) {
        if (entries.has(s.id)) continue;
        // Whatever a previous page wrote and did not see acked is in doubt; what it never wrote is queued.
        const entry: OutboxEntry = { ...s, deadline: clock.now() + options.failAfterMs };
        if (entry.firstWrittenAt !== undefined && !settled(entry)) entry.doubt = true;
        if (!settled(entry)) entry.queuedAt = clock.now();
        entries.set(entry.id, entry);
        persist(entry);
      }
      schedule();
      if (inDoubt()) options.onDoubt();
      else pump();
    },
    add(stored) {
      const entry: OutboxEntry = { ...stored, deadline: clock.now() + options.failAfterMs };
      entries.delete(entry.id);
      entries.set(entry.id, entry);
      persist(entry);
      // Written now only when nothing ahead of it waits; otherwise it goes out after them, in order.
      const ahead = [...entries.values()].some((e) => e !== entry && !settled(e) && e.sentAt === undefined);
      if (ahead || !write(entry)) entry.queuedAt = clock.now();
      if (!stopped && (timer === null || dueOf(entry) < timerDue)) setTimer(dueOf(entry));
    },
    ack(id) {
      const entry = remove(id);
      if (!entry) return false;
      if (entries.size === 0 && timer !== null) setTimer(Infinity);
      options.onSent(id);
      if (!settled(entry) && pendingCount() === 0) options.onDrained?.();
      // An entry in doubt that turned out delivered may unblock those behind it.
      if (entry.doubt && !inDoubt()) pump();
      return true;
    },
    reject(id, reason) {
      const entry = entries.get(id);
      if (!entry || entry.failed !== undefined) return false;
      delete entry.sentAt;
      delete entry.doubt;
      delete entry.unconfirmed;
      // The platform said it did not take it: writing it again is safe, so it is failed, not in doubt.
      delete entry.firstWrittenAt;
      entry.failed = reason;
      persist(entry);
      options.onFailed(id, reason);
      schedule();
      if (!inDoubt()) pump();
      return true;
    },
    retry(id) {
      const entry = entries.get(id);
      if (!entry || !settled(entry)) return false;
      const wasUnconfirmed = entry.unconfirmed !== undefined;
      delete entry.failed;
      delete entry.unconfirmed;
      entry.deadline = clock.now() + options.failAfterMs;
      entries.delete(id);
      entries.set(id, entry); // a retried message goes out after those already pending
      entry.queuedAt = clock.now();
      persist(entry);
      options.onSending(id);
      schedule();
      // A message that may have arrived is checked against history first; a failed one may go at once.
      if (wasUnconfirmed) {
        entry.doubt = true;
        options.onDoubt();
      } else if (!inDoubt()) pump();
      return true;
    },
    flush() {
      stopped = false;
      if (inDoubt()) options.onDoubt();
      else pump();
      schedule();
    },
    disconnected() {
      let doubted = false;
      for (const entry of entries.values()) {
        if (entry.sentAt !== undefined) {
          doubt(entry);
          doubted = true;
        }
      }
      lastWrittenId = undefined;
      schedule();
      if (doubted) options.onDoubt();
    },
    doubtful() {
      return [...entries.values()].filter((e) => e.doubt && !settled(e));
    },
    settlesAt(settledMs) {
      let at = Infinity;
      for (const e of entries.values()) if (e.doubt && !settled(e)) at = Math.min(at, (e.lastWrittenAt ?? 0) + settledMs);
      return at;
    },
    absent(ids) {
      for (const id of ids) {
        const entry = entries.get(id);
        if (entry?.doubt) {
          delete entry.doubt;
          persist(entry);
        }
      }
      if (!inDoubt()) pump();
      schedule();
    },
    lastWritten: () => (lastWrittenId === undefined ? undefined : entries.get(lastWrittenId)),
    has: (id) => entries.has(id),
    get: (id) => entries.get(id),
    all: () => [...entries.values()],
    idle: () => pendingCount() === 0,
    clear() {
      entries.clear();
      lastWrittenId = undefined;
      setTimer(Infinity);
    },
    stop() {
      stopped = true;
      setTimer(Infinity);
    },
  };
}
