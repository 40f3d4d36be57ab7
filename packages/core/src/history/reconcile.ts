// Reconcile before resending. A message whose ack went missing may or may not be on the platform; writing it
// again would run the bot's turn twice on a platform that keeps no client ids. So the client reads history
// first: what history holds is acknowledged from it (by `userMsgId`, else by text and time, see ./align.ts);
// only what the pages prove absent (they reach back past its first write, or to the start of the
// conversation) is written again. When history cannot be read the messages stay in doubt and the check is
// tried again; at the outbox's deadline they turn `unconfirmed`, never silently resent.
import type { Outbox } from '../outbox/outbox';
import type { Clock } from '../types';
import type { SyncResult } from './loader';

export interface ReconcilerOptions {
  clock: Clock;
  outbox: Outbox;
  /**
   * How long after its last write a message is checked: the platform may store a frame a moment after it
   * arrives, and a check before that would call it absent. The one remaining window of doubt.
   */
  settleMs: number;
  /** Slack for the platform's clock against ours, on top of the measured skew. */
  marginMs: number;
  /** Server time minus client time, as far as the client knows it. */
  skewMs: () => number;
  isOpen: () => boolean;
  /** Reads history (newest first) back to a time on the platform's clock, merging what it finds. */
  sync: (reachBack: number) => Promise<SyncResult>;
}

export interface Reconciler {
  /** Entries are in doubt: check them as soon as they have settled. */
  wanted(): void;
  stop(): void;
}

const RETRY_MS = [1000, 2000, 4000, 8000];

export function createReconciler(o: ReconcilerOptions): Reconciler {
  let timer: unknown = null;
  let running = false;
  let failures = 0;

  function plan(delayMs?: number): void {
    if (running) return;
    if (timer !== null) o.clock.clearTimeout(timer);
    const settlesAt = o.outbox.settlesAt(o.settleMs);
    timer = null;
    if (settlesAt === Infinity) return;
    const wait = Math.max(delayMs ?? 0, settlesAt - o.clock.now(), 0);
    timer = o.clock.setTimeout(() => {
      timer = null;
      void run();
    }, wait);
  }

  async function run(): Promise<void> {
    // Offline: the next open flushes the outbox, which asks again.
    if (!o.isOpen()) return;
    const now = o.clock.now();
    const due = o.outbox.doubtful().filter((e) => (e.lastWrittenAt ?? 0) + o.settleMs <= now);
    if (due.length === 0) return plan();
    running = true;
    let result: SyncResult = { ok: false, oldest: undefined, complete: false };
    const firstWrite = Math.min(...due.map((e) => e.firstWrittenAt ?? e.createdAt));
    const reachBack = firstWrite + o.skewMs() - o.marginMs;
    try {
      result = await o.sync(reachBack);
    } finally {
      running = false;
    }
    const covered = result.ok && (result.complete || (result.oldest !== undefined && result.oldest <= reachBack));
    const still = due.filter((e) => o.outbox.get(e.id)?.doubt === true).map((e) => e.id);
    if (covered) {
      failures = 0;
      o.outbox.absent(still);
      plan();
      return;
    }
    // History failed or did not reach back far enough: the messages stay in doubt; look again later.
    plan(RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]);
  }

  return {
    wanted() {
      // A check under way plans the next one when it ends.
      plan();
    },
    stop() {
      if (timer !== null) o.clock.clearTimeout(timer);
      timer = null;
    },
  };
}
