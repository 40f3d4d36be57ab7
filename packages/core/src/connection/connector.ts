// Drives one socket at a time through the connection state machine: token, rtm/start, open, heartbeat,
// backoff. Every socket belongs to a generation; events from an older generation are ignored, so a stale
// socket can never act on the client.
import { PlatformError } from '../auth/http';
import type { TokenManager } from '../auth/tokens';
import type { BotInfo, Clock, ConnectionState, FetchLike, WebSocketConstructor, WebSocketLike } from '../types';
import { backoffDelay } from './backoff';
import { isNetworkOffline, watchEnvironment } from './environment';
import { createHeartbeat } from './heartbeat';
import { transition, type ConnectionEvent } from './machine';
import { startRtm, type SocketUrlOptions } from './rtm';

export interface ConnectorOptions {
  clock: Clock;
  WebSocket: WebSocketConstructor;
  fetch: FetchLike;
  tokens: TokenManager;
  rtmStartUrl: string;
  botInfo: BotInfo;
  socketUrl: SocketUrlOptions;
  backoff: { baseMs: number; maxMs: number };
  heartbeat: { intervalMs: number; timeoutMs: number };
  /** A connection open this long resets the backoff. */
  stableAfterMs: number;
  random: () => number;
  getState: () => ConnectionState;
  setState: (state: ConnectionState) => void;
  onOpen: (resumed: boolean) => void;
  /** The socket that was open closed (`code` is the close code, undefined for a client-side teardown). */
  onDisconnect: (code?: number) => void;
  onFrame: (data: unknown) => void;
}

export interface Connector {
  start(): void;
  stop(): void;
  reconnectNow(): void;
  /** Writes to the open socket; false when there is none. */
  send(data: string): boolean;
}

const OPEN = 1;
const POLICY_BACKOFF_MS = 60_000;
const POLICY_CLOSES_TO_FAIL = 3;
const noop = () => {};

export function createConnector(o: ConnectorOptions): Connector {
  let generation = 0;
  let socket: WebSocketLike | null = null;
  let running = false;
  /** Consecutive attempts without a stable connection: drives the backoff. */
  let failures = 0;
  let hasOpened = false;
  let retryTimer: unknown = null;
  let stableTimer: unknown = null;
  let openTimer: unknown = null;
  let unwatch = noop;

  const dispatch = (event: ConnectionEvent) => {
    const next = transition(o.getState(), event);
    if (next !== o.getState()) o.setState(next);
  };
  const clear = (handle: unknown) => {
    if (handle !== null) o.clock.clearTimeout(handle);
    return null;
  };
  const heartbeat = createHeartbeat(
    o.clock,
    o.heartbeat,
    () => send(JSON.stringify({ type: 'ping', resourceid: '/bot.message', botInfo: o.botInfo, id: o.clock.now() })),
    () => lose('no answer to the heartbeat: the connection is dead'),
  );

  function dropSocket(): void {
    heartbeat.stop();
    stableTimer = clear(stableTimer);
    openTimer = clear(openTimer);
    const old = socket;
    socket = null;
    if (!old) return;
    // Keep no-op handlers: `ws` throws on an 'error' event nobody listens to.
    old.onopen = noop;
    old.onmessage = noop;
    old.onclose = noop;
    old.onerror = noop;
    try {
      old.close(1000, 'client reconnecting');
    } catch {
      // Closing a socket that never opened may throw in some runtimes; it is gone either way.
    }
  }

  async function connect(): Promise<void> {
    retryTimer = clear(retryTimer);
    dropSocket();
    const gen = ++generation;
    try {
      if (!o.tokens.valid()) dispatch({ type: 'authenticate' });
      await o.tokens.token();
      if (gen !== generation) return;
      dispatch({ type: 'connect', attempt: failures + 1 });
      const ticket = await startRtm(o.fetch, o.rtmStartUrl, o.tokens, o.botInfo, hasOpened, o.socketUrl);
      if (gen !== generation) return;
      const ws = ticket.protocols ? new o.WebSocket(ticket.url, ticket.protocols) : new o.WebSocket(ticket.url);
      socket = ws;
      ws.onopen = () => (gen === generation ? opened() : undefined);
      ws.onmessage = (event) => {
        if (gen !== generation) return;
        heartbeat.alive();
        o.onFrame(event.data);
      };
      ws.onclose = (event) => {
        if (gen === generation) closed(event.code, event.reason);
      };
      ws.onerror = noop; // a close event always follows
      // A socket that neither opens nor fails (a stalled upgrade) must not hang the client.
      openTimer = o.clock.setTimeout(() => {
        if (gen === generation) lose('the connection did not open in time');
      }, o.heartbeat.intervalMs + o.heartbeat.timeoutMs);
    } catch (error) {
      if (gen !== generation) return;
      if (error instanceof PlatformError && !error.retryable) {
        dropSocket();
        const event: ConnectionEvent = { type: 'fail', reason: error.message };
        if (error.code !== undefined) event.code = error.code;
        dispatch(event);
        return;
      }
      retry(error instanceof Error ? error.message : String(error));
    }
  }

  function opened(): void {
    openTimer = clear(openTimer);
    dispatch({ type: 'opened', at: o.clock.now() });
    const resumed = hasOpened;
    hasOpened = true;
    // rtm/start and the upgrade both worked: the platform is back, so the next loss starts from a short wait.
    failures = 0;
    stableTimer = o.clock.setTimeout(() => {
      stableTimer = null;
      policyCloses = 0;
    }, o.stableAfterMs);
    heartbeat.start();
    o.onOpen(resumed);
  }

  /** Close 1008 means a rate limit, a suspended bot or a blocked user: come back slowly, and give up on the third. */
  let policyCloses = 0;
  function closed(code: number, reason: string): void {
    const why = `the connection closed (code ${code}${reason ? `: ${reason}` : ''})`;
    if (code !== 1008) return lose(why, code);
    policyCloses++;
    if (policyCloses >= POLICY_CLOSES_TO_FAIL) {
      teardown(code);
      return dispatch({
        type: 'fail',
        reason: `The platform refused the connection ${policyCloses} times (${reason || 'rate limit, bot suspended or user blocked'}). Try again later.`,
        code: 'POLICY',
      });
    }
    lose(why, code, POLICY_BACKOFF_MS);
  }

  /**
   * The one way a connection ends: events of the old socket are ignored from now on, the socket and its timers
   * go, and the client hears of it if it was open.
   */
  function teardown(code?: number): void {
    const wasOpen = o.getState().status === 'open';
    generation++;
    retryTimer = clear(retryTimer);
    dropSocket();
    if (wasOpen) o.onDisconnect(code);
  }

  function lose(reason: string, code?: number, minDelayMs = 0): void {
    teardown(code);
    retry(reason, minDelayMs);
  }

  function retry(reason: string, minDelayMs = 0): void {
    if (!running) return;
    failures++;
    if (isNetworkOffline()) return dispatch({ type: 'offline' });
    const delay = Math.max(minDelayMs, backoffDelay(failures, o.backoff, o.random));
    dispatch({ type: 'lost', attempt: failures, retryAt: o.clock.now() + delay, error: reason });
    retryTimer = o.clock.setTimeout(() => void connect(), delay);
  }

  function send(data: string): boolean {
    if (!socket || socket.readyState !== OPEN || o.getState().status !== 'open') return false;
    try {
      socket.send(data);
      return true;
    } catch {
      return false;
    }
  }

  function reconnectNow(): void {
    const status = o.getState().status;
    if (running && (status === 'reconnecting' || status === 'offline' || status === 'failed')) void connect();
  }

  return {
    start() {
      if (running) return;
      running = true;
      policyCloses = 0;
      unwatch = watchEnvironment({
        online: reconnectNow,
        visible: () => {
          if (o.getState().status === 'reconnecting') reconnectNow();
        },
        offline: () => {
          if (!running) return;
          teardown();
          dispatch({ type: 'offline' });
        },
      });
      dispatch({ type: 'start' });
      void connect();
    },
    stop() {
      if (!running) return;
      running = false;
      teardown();
      unwatch();
      unwatch = noop;
      dispatch({ type: 'stop' });
    },
    reconnectNow,
    send,
  };
}
