// The socket path's writes, committed together: everything queued in one event-loop turn runs in one SQLite
// transaction on the next (setImmediate), and each caller hears of its write only after that COMMIT. One commit
// costs far more than the small inserts in it, so a batch of 100 messages costs about what one did.
import type { Db } from './db.js';

export type WriteOutcome<T> = { ok: true; value: T } | { ok: false; error: Error };

interface Pending {
  write: () => unknown;
  done: (outcome: WriteOutcome<unknown>) => void;
}

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

function isolated(db: Db, batch: readonly Pending[]): WriteOutcome<unknown>[] {
  try {
    return db.transaction(() =>
      batch.map(({ write }): WriteOutcome<unknown> => {
        try {
          // A transaction inside a transaction is a savepoint in better-sqlite3.
          return { ok: true, value: db.transaction(write)() };
        } catch (err) {
          return { ok: false, error: asError(err) };
        }
      }),
    )();
  } catch (err) {
    const error = asError(err);
    return batch.map(() => ({ ok: false, error }));
  }
}

/** What the queue has done since the platform started (`GET /admin/stats`: `writes`). */
export interface WriteQueueCounters {
  /** Transactions committed (or failed): one per event-loop turn that had writes. */
  batches: number;
  writes: number;
  /** The largest batch so far. */
  largestBatch: number;
  /** Batches run again with a savepoint per write, because one write threw. */
  isolatedRetries: number;
}

export class WriteQueue {
  private pending: Pending[] = [];
  private scheduled: NodeJS.Immediate | null = null;
  readonly counters: WriteQueueCounters = { batches: 0, writes: 0, largestBatch: 0, isolatedRetries: 0 };

  constructor(private readonly db: () => Db) {}

  /**
   * Runs `write` inside the next batch's transaction, then calls `done` once the batch is committed: a caller that
   * answers a client in `done` answers only for data on disk. A write that throws undoes only itself (so `write` may
   * run twice: it must only touch the database); a failed COMMIT fails every write of the batch.
   */
  enqueue<T>(write: () => T, done: (outcome: WriteOutcome<T>) => void): void {
    this.pending.push({ write, done: done as (outcome: WriteOutcome<unknown>) => void });
    this.scheduled ??= setImmediate(() => this.flush());
  }

  get size(): number {
    return this.pending.length;
  }

  /** Commits what is queued now (the next turn does this by itself). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    const db = this.db();
    this.counters.batches += 1;
    this.counters.writes += batch.length;
    this.counters.largestBatch = Math.max(this.counters.largestBatch, batch.length);
    let outcomes: WriteOutcome<unknown>[];
    try {
      outcomes = db.transaction(() => batch.map(({ write }): WriteOutcome<unknown> => ({ ok: true, value: write() })))();
    } catch {
      // A write threw (or the COMMIT failed), and the whole batch was rolled back. Rare, so only then is each write
      // given a savepoint of its own (they cost about as much as the insert in them) and the batch run again.
      this.counters.isolatedRetries += 1;
      outcomes = isolated(db, batch);
    }
    // Callbacks may queue more writes (the bot's answers to these messages): they go to the next batch. One that
    // throws must not cost the others their acks, so it is rethrown after all of them ran.
    let thrown: unknown;
    batch.forEach((p, i) => {
      try {
        p.done(outcomes[i] ?? { ok: false, error: new Error('write lost') });
      } catch (err) {
        thrown ??= err;
      }
    });
    if (thrown !== undefined) throw thrown;
  }

  /**
   * Forgets what is queued, as a crash would: none of it was committed, so none of it was acknowledged and clients
   * send it again. Used when the store closes or re-opens (a platform restart).
   */
  discard(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    this.pending = [];
  }
}
