import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AgentDesk } from './agent/desk.js';
import { initialCounters } from './context.js';
import type { PlatformContext, TrafficCounters } from './context.js';
import { ThemeRegistry } from './branding/theme.js';
import { Faults } from './faults.js';
import { stats } from './http/admin.js';
import { createRequestListener } from './http/router.js';
import { buildRoutes } from './http/routes.js';
import type { LocalPlatformOptions, ResolvedOptions } from './options.js';
import { resolveOptions } from './resolve-options.js';
import { Records } from './records.js';
import { Hub } from './rtm/hub.js';
import { SidRegistry } from './rtm/sids.js';
import { createRtmUpgradeHandler } from './rtm/upgrade.js';
import { Store } from './store/store.js';

export interface LocalPlatform {
  /** `http://host:port`: the `apiHost` for clients. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly options: ResolvedOptions;
  /** Fault switches (work only when started with `faults: true`). */
  readonly faults: Faults;
  /** SQLite access for tests and tools (`messagesOf`, `findUser`, `stats`, `history`, `raw`). */
  readonly store: Store;
  readonly counters: TrafficCounters;
  /** The agent desk (`/agent`): hand-offs, replies, typing and receipts, for tests and tools. */
  readonly desk: AgentDesk;
  /** Open sockets, stored messages and counters, as `GET /admin/stats` reports them. */
  stats(): Record<string, unknown>;
  /** Drops every socket and pending answer and re-opens storage, keeping the data and the port. */
  restart(): Promise<void>;
  /** Closes sockets, the server and the database. */
  close(): Promise<void>;
}

/** Starts an XO-compatible platform: HTTP API, RTM WebSocket, SQLite storage and the demo bot. */
export async function startLocalPlatform(options: LocalPlatformOptions = {}): Promise<LocalPlatform> {
  const resolved = resolveOptions(options);
  const store = new Store(resolved.dataDir);
  const faults = new Faults(resolved.faults);
  const counters = initialCounters();
  const timers = new Set<NodeJS.Timeout>();
  // The desk needs the context it is part of; it is set right below.
  const ctx = {
    options: resolved,
    store,
    faults,
    hub: new Hub(faults, () => (counters.framesSent += 1)),
    sids: new SidRegistry(),
    counters,
    records: new Records(),
    themes: new ThemeRegistry(resolved.theme),
    now: () => Date.now(),
    later(ms, fn) {
      const t = setTimeout(() => {
        timers.delete(t);
        fn();
      }, ms);
      timers.add(t);
    },
  } as Omit<PlatformContext, 'desk'> as PlatformContext;
  ctx.desk = new AgentDesk(ctx);
  const clearTimers = (): void => {
    for (const t of timers) clearTimeout(t);
    timers.clear();
  };

  // A restart loses what a real one would: sockets, socket URLs and answers not yet sent (they are stored).
  const restart = async (): Promise<void> => {
    clearTimers();
    ctx.hub.dropAll();
    ctx.sids = new SidRegistry();
    store.reopen();
    faults.counters.restarts += 1;
    resolved.log('restarted: sockets dropped, storage re-opened');
  };

  const server = createServer(createRequestListener(ctx, buildRoutes(resolved, restart)));
  const rtm = createRtmUpgradeHandler(ctx);
  server.on('upgrade', rtm.handle);
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  resolved.port = port;
  const urlHost = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  let closed = false;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    host: resolved.host,
    options: resolved,
    faults,
    store,
    counters,
    desk: ctx.desk,
    stats: () => stats(ctx),
    restart,
    async close() {
      if (closed) return;
      closed = true;
      clearTimers();
      ctx.hub.dropAll();
      for (const ws of rtm.wss.clients) ws.terminate();
      await new Promise<void>((resolve) => rtm.wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}
