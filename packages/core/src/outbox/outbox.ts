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
  stop(): void;
}

export function createOutbox(options: OutboxOptions): Outbox {
  const { clock } = options;
  // A Map keeps insertion order, which is the send order.
  const entries = new Map<string, OutboxEntry>();
  let timer: unknown = null;
  let stopped = false;

  const persist = () => saveEntries(options.storage, options.storageKey, [...entries.values()], options.report);

  const restored = loadEntries(options.storage, options.storageKey, options.report);
  for (const entry of restored) entries.set(entry.id, { ...entry, deadline: clock.now() + options.failAfterMs });

  function send(entry: OutboxEntry): void {
    if (options.transmit(entry)) entry.sentAt = clock.now();
  }

  function fail(entry: OutboxEntry): void {
    const seconds = Math.round(options.failAfterMs / 1000);
    entry.failed =
      entry.sentAt === undefined
        ? `Not sent: no connection to the platform for ${seconds} s.`
        : `Not delivered: the platform did not confirm it within ${seconds} s.`;
    delete entry.sentAt;
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
      else if (entry.sentAt !== undefined && now - entry.sentAt >= options.ackTimeoutMs) send(entry);
    }
    schedule();
  }

  function schedule(): void {
    if (stopped) return;
    let due = Infinity;
    for (const entry of entries.values()) {
      if (entry.failed) continue;
      due = Math.min(due, entry.deadline);
      if (entry.sentAt !== undefined) due = Math.min(due, entry.sentAt + options.ackTimeoutMs);
    }
    if (timer !== null) clock.clearTimeout(timer);
    timer = due === Infinity ? null : clock.setTimeout(tick, Math.max(0, due - clock.now()));
  }

  return {
    restored,
    add(stored) {
      const entry: OutboxEntry = { ...stored, deadline: clock.now() + options.failAfterMs };
      entries.set(entry.id, entry);
      persist();
      send(entry);
      schedule();
    },
    ack(id) {
      if (!entries.delete(id)) return false;
      persist();
      schedule();
      options.onSent(id);
      return true;
    },
    retry(id) {
      const entry = entries.get(id);
      if (!entry?.failed) return false;
      delete entry.failed;
      entry.deadline = clock.now() + options.failAfterMs;
      persist();
      options.onSending(id);
      send(entry);
      schedule();
      return true;
    },
    flush() {
      stopped = false;
      for (const entry of entries.values()) if (!entry.failed) send(entry);
      schedule();
    },
    disconnected() {
      for (const entry of entries.values()) delete entry.sentAt;
      schedule();
    },
    has: (id) => entries.has(id),
    stop() {
      stopped = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
