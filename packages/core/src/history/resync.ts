// A newest-page re-sync once resent messages are acknowledged. The platform files a resent message (after a
// lost ack or a reconnect) when it stores it, which may be after a bot answer the client already shows; only
// history tells the client the platform's order. Debounced, so a burst of acks costs one page.
import type { Clock } from '../types';

export interface ResyncOptions {
  clock: Clock;
  delayMs: number;
  /** Whether a socket is open (a page fetched while offline would miss what the outbox still holds). */
  isOpen: () => boolean;
  /** Re-reads history back to (at least) this time. */
  sync: (reachBack: number) => Promise<void>;
}

export interface Resync {
  /** A message shown at `createdAt` was resent: its place on the platform may differ from the client's. */
  wanted(createdAt: number): void;
  /** The outbox has nothing pending: a wanted re-sync may run (after the debounce). */
  drained(): void;
  stop(): void;
}

export function createResync(o: ResyncOptions): Resync {
  // The oldest resent message's time while a re-sync is wanted.
  let wanted: number | null = null;
  let timer: unknown = null;
  const cancel = () => {
    if (timer !== null) o.clock.clearTimeout(timer);
    timer = null;
  };
  return {
    wanted(createdAt) {
      wanted = Math.min(wanted ?? Infinity, createdAt);
    },
    drained() {
      if (wanted === null || !o.isOpen()) return;
      cancel();
      timer = o.clock.setTimeout(() => {
        timer = null;
        if (wanted === null || !o.isOpen()) return;
        const reachBack = wanted;
        wanted = null;
        void o.sync(reachBack);
      }, o.delayMs);
    },
    stop() {
      cancel();
      wanted = null;
    },
  };
}
