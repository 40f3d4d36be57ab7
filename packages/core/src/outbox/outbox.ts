// The outbox: user messages until their ack. Resends with the same id when an ack is overdue and after every
// reconnect, in order; waits while the socket is down; fails after a bounded time; survives reloads.
import type { Clock, KeyValueStorage } from '../types';
import { loadEntries, saveEntries, type StoredEntry } from './persist';

export interface OutboxEntry extends StoredEntry {
  /** When the entry becomes `failed` if still unacked. */
  deadline: number;
  /** When it was last written to an open socket; undefined while it waits for one. */
  sentAt?: number;
}

export interface OutboxOptions {
  clock: Clock;
  storage: KeyValueStorage | null;
  storageKey: string;
  ackTimeoutMs: number;
  failAfterMs: number;
  /** Writes the frame to the socket; false when no socket is open. */
  transmit: (entry: OutboxEntry) => boolean;
  onSent: (id: string) => void;
  onFailed: (id: string, reason: string) => void;
  onSending: (id: string) => void;
  /**
   * An entry was written late (queued while offline, resent after an overdue ack or a reconnect, retried): the
   * platform files it when it stores it, maybe after messages the client shows below it.
   */
  onResend?: (entry: OutboxEntry) => void;
  /** The last pending (not failed) entry was acknowledged. */
  onDrained?: () => void;
  report: (message: string) => void;
}

export interface Outbox {
  /** Entries restored from storage, for the store to show. */
  readonly restored: readonly StoredEntry[];
  add(entry: StoredEntry): void;
  /** The platform has the message (ack, echo or history). Returns false when it was not pending. */
  ack(id: string): boolean;
  retry(id: string): boolean;
  /** A socket just opened: send everything pending, oldest first. */
  flush(): void;
  /** The socket closed: nothing is in flight any more. */
  disconnected(): void;
  has(id: string): boolean;
  /** Nothing pending (failed entries wait for retry and do not count). */
  idle(): boolean;
  stop(): void;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { clock } = options;
  // A Map keeps insertion order, which is the send order.
  const entries = new Map<string, OutboxEntry>();
  let timer: unknown = null;
  // When `timer` fires; add() only needs a new timer when its entry is due earlier.
  let timerDue = Infinity;
  let stopped = false;
  // Entries not failed: when this drops to 0 on an ack, the outbox has drained.
  let pending = 0;

  const persist = () => saveEntries(options.storage, options.storageKey, [...entries.values()], options.report);

  const restored = loadEntries(options.storage, options.storageKey, options.report);
  for (const entry of restored) {
    entries.set(entry.id, { ...entry, deadline: clock.now() + options.failAfterMs });
    if (!entry.failed) pending++;
  }

  function send(entry: OutboxEntry): boolean {
    if (!options.transmit(entry)) return false;
    entry.sentAt = clock.now();
    return true;
  }

  /** A write that is not the one made at add() on an open socket: the platform files it later than shown. */
  function resend(entry: OutboxEntry): void {
    if (send(entry)) options.onResend?.(entry);
  }

  function fail(entry: OutboxEntry): void {
    const seconds = Math.round(options.failAfterMs / 1000);
    entry.failed =
      entry.sentAt === undefined
        ? `Not sent: no connection to the platform for ${seconds} s.`
        : `Not delivered: the platform did not confirm it within ${seconds} s.`;
    delete entry.sentAt;
    pending--;
    persist();
    options.onFailed(entry.id, entry.failed);
  }

  function tick(): void {
    timer = null;
    if (stopped) return;
    const now = clock.now();
    for (const entry of entries.values()) {
      if (entry.failed) continue;
      if (now >= entry.deadline) fail(entry);
      else if (entry.sentAt !== undefined && now - entry.sentAt >= options.ackTimeoutMs) resend(entry);
    }
    schedule();
  }

  const dueOf = (entry: OutboxEntry) =>
    entry.failed ? Infinity : Math.min(entry.deadline, entry.sentAt === undefined ? Infinity : entry.sentAt + options.ackTimeoutMs);

  function setTimer(due: number): void {
    if (timer !== null) clock.clearTimeout(timer);
    timerDue = due;
    timer = due === Infinity ? null : clock.setTimeout(tick, Math.max(0, due - clock.now()));
  }

  /** Scans every entry; add() and ack() avoid it (an early tick just finds nothing due and re-plans). */
  function schedule(): void {
    if (stopped) return;
    let due = Infinity;
    for (const entry of entries.values()) due = Math.min(due, dueOf(entry));
    setTimer(due);
  }

  return {
    restored,
    add(stored) {
      const entry: OutboxEntry = { ...stored, deadline: clock.now() + options.failAfterMs };
      const replaced = entries.get(entry.id);
      if (replaced && !replaced.failed) pending--;
      entries.set(entry.id, entry);
      pending++;
      persist();
      send(entry);
      if (!stopped && (timer === null || dueOf(entry) < timerDue)) setTimer(dueOf(entry));
    },
    ack(id) {
      const entry = entries.get(id);
      if (!entry) return false;
      entries.delete(id);
      if (!entry.failed) pending--;
      persist();
      if (entries.size === 0 && timer !== null) setTimer(Infinity);
      options.onSent(id);
      if (!entry.failed && pending === 0) options.onDrained?.();
      return true;
    },
    retry(id) {
      const entry = entries.get(id);
      if (!entry?.failed) return false;
      delete entry.failed;
      pending++;
      entry.deadline = clock.now() + options.failAfterMs;
      persist();
      options.onSending(id);
      resend(entry);
      schedule();
      return true;
    },
    flush() {
      stopped = false;
      for (const entry of entries.values()) if (!entry.failed) resend(entry);
      schedule();
    },
    disconnected() {
      for (const entry of entries.values()) delete entry.sentAt;
      schedule();
    },
    has: (id) => entries.has(id),
    idle: () => pending === 0,
    stop() {
      stopped = true;
      setTimer(Infinity);
    },
  };
}
