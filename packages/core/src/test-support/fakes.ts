// Test doubles: a scriptable socket and an in-memory platform behind a fake fetch. Test-only (not exported).
import type { FetchLike, KeyValueStorage, TabLocks, WebSocketConstructor, WebSocketLike } from '../types';

export class FakeSocket implements WebSocketLike {
  readyState = 0;
  protocol = '';
  readonly sent: Array<Record<string, unknown>> = [];
  closedByClient = false;
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  constructor(
    readonly url: string,
    readonly protocols?: string | string[],
  ) {}
  send(data: string): void {
    if (this.readyState !== 1) throw new Error('socket not open');
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }
  close(): void {
    if (this.readyState === 3) return;
    this.closedByClient = true;
    this.readyState = 3;
    this.onclose?.({ code: 1000, reason: '' });
  }
  // ---- test controls ----
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.({ code, reason: '' });
  }
  /** User messages written to this socket (pings left out). */
  messages(): Array<Record<string, unknown>> {
    return this.sent.filter((f) => f.type !== 'ping');
  }
}

export function fakeSockets(): { WebSocket: WebSocketConstructor; sockets: FakeSocket[]; last: () => FakeSocket } {
  const sockets: FakeSocket[] = [];
  const WebSocket = class extends FakeSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      sockets.push(this);
    }
  };
  return {
    WebSocket,
    sockets,
    last: () => {
      const s = sockets[sockets.length - 1];
      if (!s) throw new Error('no socket yet');
      return s;
    },
  };
}

export interface FakeCall {
  path: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

type Reply = { status: number; body: unknown } | Error;

/** A platform in memory: jwtgrant, rtm/start and history, with queued overrides per path. */
export function fakePlatform(options: { lifetimeMs?: number; nonce?: string; userId?: string } = {}) {
  const calls: FakeCall[] = [];
  const overrides = new Map<string, Reply[]>();
  let tokenCount = 0;
  let urlCount = 0;
  const history: unknown[] = [];
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const key = url.pathname;
    calls.push({ path: key, method: init?.method ?? 'GET', headers, body });
    const queued = [...overrides.entries()].find(([suffix, q]) => key.endsWith(suffix) && q.length > 0)?.[1].shift();
    if (queued instanceof Error) throw queued;
    const reply = queued ?? defaultReply(key, url);
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
  };
  function defaultReply(path: string, url: URL): { status: number; body: unknown } {
    if (path.endsWith('/oAuth/token/jwtgrant')) {
      tokenCount++;
      const now = Date.now();
      return {
        status: 200,
        body: {
          authorization: {
            accessToken: `tok-${tokenCount}`,
            token_type: 'bearer',
            issuedDate: new Date(now).toISOString(),
            expiresDate: new Date(now + (options.lifetimeMs ?? 3600_000)).toISOString(),
          },
          userInfo: { userId: options.userId ?? 'u-1', identity: options.userId ?? 'alice' },
        },
      };
    }
    if (path.endsWith('/rtm/start')) {
      urlCount++;
      return { status: 200, body: { url: `wss://fake.test/rtm/bot?sid=${urlCount}`, ...(options.nonce ? { nonce: options.nonce } : {}) } };
    }
    if (path.endsWith('/botmessages/rtm')) {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const end = Math.max(0, history.length - offset);
      const start = Math.max(0, end - limit);
      return { status: 200, body: { total: history.length, moreAvailable: start > 0, messages: history.slice(start, end) } };
    }
    return { status: 404, body: { errors: [{ msg: 'not found', code: 404 }] } };
  }
  return {
    fetch,
    calls,
    /** Newest last, like the platform's store. */
    history,
    calls_to: (suffix: string) => calls.filter((c) => c.path.endsWith(suffix)),
    override(suffix: string, ...replies: Reply[]) {
      overrides.set(suffix, [...(overrides.get(suffix) ?? []), ...replies]);
    },
    clearOverrides: () => overrides.clear(),
  };
}

export function memoryStorage(): KeyValueStorage & { data: Map<string, string>; key(i: number): string | null; readonly length: number } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

/** Web Locks for several clients in one process: each "tab" is alive while it holds its lock. */
export function fakeLocks(): TabLocks & { alive: Set<string> } {
  const alive = new Set<string>();
  let chain: Promise<unknown> = Promise.resolve();
  return {
    alive,
    hold(tab) {
      alive.add(tab);
      return () => void alive.delete(tab);
    },
    liveTabs: async () => new Set(alive),
    exclusive(_name, fn) {
      const run = chain.then(fn);
      chain = run.catch(() => {});
      return run;
    },
  };
}

export function historyItem(id: string, type: 'incoming' | 'outgoing', text: string, at: number, extra: Record<string, unknown> = {}) {
  return { _id: id, type, components: [{ _id: `cp-${id}`, cT: 'text', data: { text } }], createdOn: new Date(at).toISOString(), timestampValue: at, ...extra };
}

export function botResponse(messageId: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'bot_response',
    from: 'bot',
    messageId,
    message: [{ type: 'text', cInfo: { body: text }, component: { type: 'text', payload: { text } } }],
    createdOn: new Date().toISOString(),
    ...extra,
  };
}
