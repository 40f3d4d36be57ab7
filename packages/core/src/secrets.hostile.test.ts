// Secrets never leak: a full session (grant, rtm/start with a nonce, send, ack, a 401 reconnect, history with a
// 401, a failed grant) while everything the client writes is recorded: storage writes, request URLs, socket
// URLs, diagnostics, events, errors in state, and console output. The access tokens and JWTs must be in none.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createChatClient } from './client/create-client';
import { botResponse, fakePlatform, fakeSockets, historyItem } from './test-support/fakes';
import type { KeyValueStorage } from './types';

const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms);
const SECRET_TOKEN = 'ACCESS-TOKEN-s3cr3t';
const SECRET_JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.SIGNATURE-s3cr3t';
const LEAK = /s3cr3t/;

let console_: string[] = [];
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T00:00:00Z') });
  console_ = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void console_.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')));
  }
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

it('the access token and the JWT never reach storage, a URL, a diagnostic, an event, the state or the console', async () => {
  const platform = fakePlatform({ nonce: 'n-1' });
  for (let i = 0; i < 30; i++) platform.history.push(historyItem(`h${i}`, 'outgoing', `m${i}`, Date.now() - 60_000 + i));
  let grants = 0;
  const grant = () => {
    grants++;
    return { status: 200, body: { authorization: { accessToken: `${SECRET_TOKEN}-${grants}`, token_type: 'bearer', expiresDate: new Date(Date.now() + 3600_000).toISOString() }, userInfo: { userId: 'u-1', identity: 'alice' } } };
  };
  // Each grant answers with a fresh secret token; the platform's error bodies never echo secrets.
  const recorded = { urls: [] as string[], authorizations: [] as string[], writes: [] as string[], events: [] as string[] };
  const fetch: typeof platform.fetch = async (input, init) => {
    recorded.urls.push(input);
    const auth = (init?.headers as Record<string, string> | undefined)?.authorization;
    if (auth) recorded.authorizations.push(auth);
    if (input.endsWith('/oAuth/token/jwtgrant')) platform.override('/oAuth/token/jwtgrant', grant());
    return platform.fetch(input, init);
  };
  const data = new Map<string, string>();
  const storage: KeyValueStorage = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      recorded.writes.push(`set ${k} = ${v}`);
      data.set(k, v);
    },
    removeItem: (k) => {
      recorded.writes.push(`remove ${k}`);
      data.delete(k);
    },
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  const sockets = fakeSockets();
  let jwts = 0;
  const client = createChatClient({
    apiHost: 'https://xo.test',
    botInfo: { chatBot: 'Demo', taskBotId: 'st-1' },
    getJwt: async () => `${SECRET_JWT}-${++jwts}`,
    WebSocket: sockets.WebSocket,
    fetch,
    storage,
    ackTimeoutMs: 1000,
    failAfterMs: 5000,
    onDiagnostic: (e) => recorded.events.push(`onDiagnostic ${JSON.stringify(e)}`),
  });
  for (const name of ['message', 'delivered', 'failed', 'connection', 'diagnostic'] as const) {
    client.on(name, (payload) => recorded.events.push(`${name} ${JSON.stringify(payload)}`));
  }
  const states: string[] = [];
  client.store.subscribe((s) => states.push(JSON.stringify(s)));

  // Session 1: grant, rtm/start (with a nonce: the JWT goes in the subprotocol), open, history, send, ack.
  void client.start();
  await tick();
  sockets.last().open();
  await tick();
  const a = client.send('hello');
  sockets.last().receive({ type: 'ack', ok: true, replyto: a });
  sockets.last().receive(botResponse('ms-1', 'hi'));
  const b = client.send('lost ack'); // resent, then failed: its error reason is recorded
  sockets.last().receive('{garbage');
  sockets.last().receive({ type: 'ack', ok: false, replyto: b });

  // A drop, then rtm/start refuses the token (401): a new JWT, a new grant, the same attempt.
  platform.override('/rtm/start', { status: 401, body: { errors: [{ msg: 'token expired', code: 'TOKEN_EXPIRED' }] } });
  sockets.last().drop();
  await tick(30_000);
  sockets.last().open();
  await tick();
  // History refuses the token once: renewed and retried.
  platform.override('/botmessages/rtm', { status: 401, body: {} });
  await client.loadOlder();
  // A grant that fails outright, and a socket that closes with a reason.
  sockets.last().drop(4001);
  platform.override('/oAuth/token/jwtgrant', { status: 401, body: { errors: [{ msg: 'Invalid signature', code: 401 }] } });
  platform.override('/rtm/start', { status: 401, body: {} });
  await tick(60_000);
  client.stop();
  await tick(60_000);

  // The session really ran with the secrets (so the absence below means something).
  expect(grants).toBeGreaterThanOrEqual(3);
  expect(jwts).toBeGreaterThanOrEqual(4);
  expect(recorded.authorizations.filter((h) => h.startsWith(`bearer ${SECRET_TOKEN}`)).length).toBeGreaterThanOrEqual(5);
  expect(sockets.sockets.some((s) => JSON.stringify(s.protocols).includes(SECRET_JWT))).toBe(true);
  expect(recorded.writes.length).toBeGreaterThan(0);
  expect(recorded.events.length).toBeGreaterThan(10);
  expect(recorded.events.some((e) => e.includes('frame-dropped'))).toBe(true);
  expect(recorded.urls.some((u) => u.includes('/botmessages/rtm?'))).toBe(true);

  const socketUrls = sockets.sockets.map((s) => s.url);
  const sentFrames = sockets.sockets.flatMap((s) => s.sent.map((f) => JSON.stringify(f)));
  const places: Record<string, string[]> = {
    'storage writes': recorded.writes,
    'storage now': [...data.entries()].map(([k, v]) => `${k}=${v}`),
    'request URLs': recorded.urls,
    'WebSocket URLs': socketUrls,
    'frames sent on the socket': sentFrames,
    'diagnostics and events': recorded.events,
    'store states': states,
    console: console_,
  };
  for (const [where, values] of Object.entries(places)) {
    expect({ where, leaks: values.filter((v) => LEAK.test(v)) }).toEqual({ where, leaks: [] });
  }
});
