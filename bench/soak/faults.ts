// The fault schedule: while clients send, every few seconds one fault from the platform's admin API, plus two
// restarts of the platform process (SIGTERM, then SIGKILL) on the same data directory.
import type { PlatformProcess } from './platform-process';

export type FaultKind =
  | 'socket-drop'
  | 'socket-drop-all'
  | 'lost-acks'
  | 'delayed-acks'
  | 'refused-rtm-start'
  | 'token-expiry'
  | 'restart-sigterm'
  | 'restart-sigkill';

export interface FaultEvent {
  kind: FaultKind;
  at: number;
  /** Identities whose socket this fault closed; `all` for drop-all and restarts; empty when none was closed. */
  closed: string[] | 'all';
  detail?: unknown;
}

export interface FaultPlanOptions {
  platform: PlatformProcess;
  identities: readonly string[];
  durationMs: number;
  /** Mean pause between two admin faults. */
  everyMs: number;
  /** Share of acks lost at random for the whole run (besides the `lost-acks` bursts). */
  ackLossRatio: number;
  random?: () => number;
  log: (line: string) => void;
}

const ADMIN_KINDS: FaultKind[] = ['socket-drop', 'socket-drop', 'socket-drop-all', 'lost-acks', 'delayed-acks', 'refused-rtm-start', 'token-expiry'];
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runFaultPlan(options: FaultPlanOptions): Promise<FaultEvent[]> {
  const { platform, identities, durationMs, everyMs, log } = options;
  const random = options.random ?? Math.random;
  const events: FaultEvent[] = [];
  const started = Date.now();
  const restartAt = [0.35, 0.7].map((share) => started + share * durationMs);
  let down = false;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // Deal the admin faults from a shuffled deck, so every kind happens in a short run too.
  let deck: FaultKind[] = [];
  const nextKind = (): FaultKind => {
    if (deck.length === 0) deck = [...ADMIN_KINDS].sort(() => random() - 0.5);
    return deck.pop() as FaultKind;
  };
  const record = (event: FaultEvent) => {
    events.push(event);
    log(`fault ${event.kind} at +${event.at - started} ms ${JSON.stringify(event.detail ?? '')}`);
  };

  await platform.admin('/admin/faults/lose-acks', { ratio: options.ackLossRatio });

  async function inject(kind: FaultKind): Promise<void> {
    const at = Date.now();
    switch (kind) {
      case 'socket-drop': {
        const identity = pick(identities);
        const reply = (await platform.admin('/admin/faults/drop-user', { identity })) as { dropped?: number };
        record({ kind, at, closed: reply.dropped ? [identity] : [], detail: { identity, dropped: reply.dropped } });
        return;
      }
      case 'socket-drop-all': {
        const reply = (await platform.admin('/admin/faults/drop-all', {})) as { dropped?: number };
        record({ kind, at, closed: 'all', detail: { dropped: reply.dropped } });
        return;
      }
      case 'lost-acks': {
        await platform.admin('/admin/faults/lose-acks', { next: 5 });
        record({ kind, at, closed: [], detail: { next: 5 } });
        return;
      }
      case 'delayed-acks': {
        await platform.admin('/admin/faults/ack-delay', { ms: 2500 });
        record({ kind, at, closed: [], detail: { ms: 2500, forMs: 4000 } });
        setTimeout(() => void platform.admin('/admin/faults/ack-delay', { ms: 0 }).catch(() => undefined), 4000);
        return;
      }
      case 'refused-rtm-start': {
        // Refuse the next three rtm/start calls, and drop a client so one is asked for at once.
        await platform.admin('/admin/faults/refuse-rtm-start', { count: 3 });
        const identity = pick(identities);
        const reply = (await platform.admin('/admin/faults/drop-user', { identity })) as { dropped?: number };
        record({ kind, at, closed: reply.dropped ? [identity] : [], detail: { count: 3, identity } });
        return;
      }
      case 'token-expiry': {
        const reply = await platform.admin('/admin/faults/expire-tokens', {});
        record({ kind, at, closed: [], detail: reply });
        return;
      }
      case 'restart-sigterm':
      case 'restart-sigkill': {
        down = true;
        await platform.stop(kind === 'restart-sigterm' ? 'SIGTERM' : 'SIGKILL');
        record({ kind, at, closed: 'all' });
        await sleep(500);
        await platform.start();
        // A restarted platform starts with its faults off: keep the background ack loss going.
        await platform.admin('/admin/faults/lose-acks', { ratio: options.ackLossRatio });
        down = false;
        log(`platform back after ${Date.now() - at} ms`);
        return;
      }
    }
  }

  while (Date.now() - started < durationMs) {
    await sleep(everyMs * (0.5 + random()));
    const now = Date.now();
    const restart = restartAt.findIndex((t) => t > 0 && now >= t);
    try {
      if (restart >= 0) {
        restartAt[restart] = 0;
        await inject(restart === 0 ? 'restart-sigterm' : 'restart-sigkill');
      } else if (!down && Date.now() - started < durationMs) {
        await inject(nextKind());
      }
    } catch (error) {
      // A restart that fails is fatal for the soak; an admin call that races a restart is not.
      if (restart >= 0) throw error;
      log(`fault call failed: ${(error as Error).message}`);
    }
  }
  await platform.admin('/admin/faults/reset', {}).catch(() => undefined);
  return events;
}
