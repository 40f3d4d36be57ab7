import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { botResponse, fakePlatform, fakeSockets, historyItem, memoryStorage } from '../test-support/fakes';
import { connectedClient, testBotInfo, testClient, tick } from '../test-support/client';
import type { DiagnosticEvent } from '../types';
import { createChatClient } from './create-client';


beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T00:00:00Z') });
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('connection state machine', () => {
  it('goes idle -> authenticating -> connecting -> open, with a JWT grant and rtm/start', async () => {
    const t = testClient();
    const seen: string[] = [];
    t.client.on('connection', (c) => seen.push(c.status));
    expect(t.state().connection.status).toBe('idle');
    void t.client.start();
    expect(t.state().connection.status).toBe('authenticating');
    await tick();
    expect(t.state().connection).toEqual({ status: 'connecting', attempt: 1 });
    t.sockets.last().open();
    expect(t.state().connection.status).toBe('open');
    expect(seen).toEqual(['authenticating', 'connecting', 'open']);
    const grant = t.platform.calls_to('/api/1.1/oAuth/token/jwtgrant')[0];
    expect(grant?.body).toEqual({ assertion: 'jwt-1', botInfo: testBotInfo });
    const rtm = t.platform.calls_to('/api/1.1/rtm/start')[0];
    expect(rtm?.headers.authorization).toBe('bearer tok-1');
    expect(rtm?.headers['x-rtm-v']).toBe('1');
    expect(t.sockets.last().url).toBe('wss://fake.test/rtm/bot?sid=1');
    expect(t.state().user).toEqual({ userId: 'u-1', identity: 'alice' });
  });

  it('opens with subprotocols when rtm/start returns a nonce', async () => {
    const t = await connectedClient({}, fakePlatform({ nonce: 'n-1' }));
    expect(t.sockets.last().protocols).toEqual(['x-rtm-v|1', 'jwt|jwt-1', 'nonce|n-1']);
  });

  it('reconnects with a fresh rtm/start URL and isReconnect=true, with capped full-jitter backoff', async () => {
    const t = await connectedClient({ backoff: { baseMs: 1000, maxMs: 4000 } });
    t.sockets.last().drop();
    // attempt 1: random 0.5 * min(4000, 1000) = 500
    expect(t.state().connection).toMatchObject({ status: 'reconnecting', attempt: 1, retryAt: Date.now() + 500 });
    await tick(499);
    expect(t.sockets.sockets).toHaveLength(1);
    await tick(1);
    expect(t.sockets.sockets).toHaveLength(2);
    expect(t.sockets.last().url).toBe('wss://fake.test/rtm/bot?sid=2&isReconnect=true');
    // fail the next attempts before open: delays 1000, 2000, then capped at 4000 * 0.5
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      t.sockets.last().drop();
      const c = t.state().connection;
      if (c.status !== 'reconnecting') throw new Error('expected reconnecting');
      delays.push(c.retryAt - Date.now());
      await tick(c.retryAt - Date.now());
    }
    expect(delays).toEqual([1000, 2000, 2000, 2000]);
    expect(t.platform.calls_to('/rtm/start')).toHaveLength(6);
  });

  it('resets the backoff after a connection stays open for 10 s', async () => {
    const t = await connectedClient({ backoff: { baseMs: 1000, maxMs: 60_000 } });
    for (let i = 0; i < 3; i++) {
      t.sockets.last().drop();
      const c = t.state().connection;
      if (c.status === 'reconnecting') await tick(c.retryAt - Date.now());
    }
    expect(t.state().connection).toEqual({ status: 'connecting', attempt: 4 });
    t.sockets.last().open();
    await tick(10_000);
    t.sockets.last().drop();
    expect(t.state().connection).toMatchObject({ status: 'reconnecting', attempt: 1 });
  });

  it('closes a silent socket after the heartbeat timeout and reconnects; pings carry testBotInfo', async () => {
    const t = await connectedClient({ heartbeat: { intervalMs: 1000, timeoutMs: 500 } });
    const first = t.sockets.last();
    await tick(1000);
    expect(first.sent[0]).toMatchObject({ type: 'ping', resourceid: '/bot.message', botInfo: testBotInfo });
    first.receive({ type: 'pong' });
    await tick(1000);
    expect(t.state().connection.status).toBe('open');
    await tick(500); // second ping unanswered
    expect(first.closedByClient).toBe(true);
    expect(t.state().connection.status).toBe('reconnecting');
    await tick(1000);
    expect(t.sockets.sockets).toHaveLength(2);
  });

  it('fails with the platform message when jwtgrant rejects a fresh JWT', async () => {
    const platform = fakePlatform();
    platform.override('/oAuth/token/jwtgrant', { status: 401, body: { errors: [{ msg: 'Invalid signature', code: 401 }] } });
    const t = testClient({}, platform);
    await t.client.start();
    expect(t.state().connection).toEqual({ status: 'failed', reason: 'jwtgrant failed: Invalid signature (HTTP 401)', code: '401' });
    expect(t.sockets.sockets).toHaveLength(0);
  });

  it('retries with backoff when the platform is unreachable, and reconnectNow skips the wait', async () => {
    const platform = fakePlatform();
    platform.override('/oAuth/token/jwtgrant', new TypeError('fetch failed'));
    const t = testClient({}, platform);
    void t.client.start();
    await tick();
    expect(t.state().connection).toMatchObject({ status: 'reconnecting', attempt: 1 });
    expect((t.state().connection as { lastError: string }).lastError).toContain('could not be reached');
    t.client.reconnectNow();
    await tick();
    expect(t.state().connection.status).toBe('connecting');
  });

  it('never keeps two sockets: stop closes the socket and later events of it are ignored', async () => {
    const t = await connectedClient();
    const socket = t.sockets.last();
    t.client.stop();
    expect(t.state().connection.status).toBe('closed');
    expect(socket.closedByClient).toBe(true);
    socket.receive(botResponse('ms-late', 'late'));
    expect(t.state().messages).toHaveLength(0);
    await tick(60_000);
    expect(t.sockets.sockets).toHaveLength(1);
  });
});

describe('token', () => {
  it('renews before expiresDate and after a 401 from rtm/start, one grant for many waiters', async () => {
    const platform = fakePlatform({ lifetimeMs: 100_000 });
    const t = await connectedClient({}, platform);
    expect(t.getJwt).toHaveBeenCalledTimes(1);
    await tick(95_000); // within 10% of expiry
    t.sockets.last().drop();
    await tick(10_000);
    expect(t.getJwt).toHaveBeenCalledTimes(2);
    expect(platform.calls_to('/rtm/start').at(-1)?.headers.authorization).toBe('bearer tok-2');
    // 401 from rtm/start: a new JWT, a new grant, the same attempt
    platform.override('/rtm/start', { status: 401, body: { errors: [{ msg: 'token expired', code: 'TOKEN_EXPIRED' }] } });
    t.sockets.last().open();
    t.sockets.last().drop();
    await tick(10_000);
    expect(t.getJwt).toHaveBeenCalledTimes(3);
    expect(platform.calls_to('/rtm/start').at(-1)?.headers.authorization).toBe('bearer tok-3');
    expect(t.state().connection.status).toBe('connecting');
  });

  it('a 401 from history renews the token and retries the page once', async () => {
    const platform = fakePlatform();
    for (let i = 0; i < 30; i++) platform.history.push(historyItem(`h${i}`, 'outgoing', `m${i}`, Date.now() - 60_000 + i));
    const t = await connectedClient({}, platform);
    platform.override('/botmessages/rtm', { status: 401, body: {} });
    await t.client.loadOlder();
    expect(t.getJwt).toHaveBeenCalledTimes(2);
    expect(platform.calls_to('/botmessages/rtm').at(-1)?.headers.authorization).toBe('bearer tok-2');
    expect(t.state().history.status).toBe('idle');
  });

  it('never puts the token in storage or diagnostics', async () => {
    const t = await connectedClient();
    t.client.send('hello');
    t.sockets.last().drop();
    await tick();
    expect(JSON.stringify([...t.storage.data.values()])).not.toContain('tok-');
    expect(JSON.stringify(t.diagnostics)).not.toContain('tok-');
    expect(t.sockets.sockets.every((s) => !s.url.includes('tok-'))).toBe(true);
  });
});

describe('outbox', () => {
  it('shows a message at once as sending, sends the frame, and marks it sent on the matching ack', async () => {
    const t = await connectedClient({ locale: 'en-GB' });
    const delivered: string[] = [];
    t.client.on('delivered', (d) => delivered.push(d.id));
    const id = t.client.send('hi there');
    expect(t.state().messages).toMatchObject([{ id, from: 'user', status: 'sending', clientMessageId: id }]);
    const frame = t.sockets.last().messages()[0];
    expect(frame).toMatchObject({ clientMessageId: id, id, message: { body: 'hi there', attachments: [] }, resourceid: '/bot.message', botInfo: testBotInfo, client: 'sdk' });
    expect(frame?.meta).toMatchObject({ locale: 'en-GB' });
    t.sockets.last().receive({ ok: true, type: 'ack', replyto: 'other' });
    expect(t.state().messages[0]?.status).toBe('sending');
    t.sockets.last().receive({ ok: true, type: 'ack', replyto: id, message: 'delivered' });
    expect(t.state().messages[0]?.status).toBe('sent');
    expect(delivered).toEqual([id]);
  });

  it('waits while not open, then fails after failAfterMs with a reason, and retry resends the same id', async () => {
    const platform = fakePlatform();
    const t = testClient({ failAfterMs: 5000 }, platform);
    void t.client.start();
    await tick();
    const id = t.client.send('queued');
    expect(t.sockets.last().sent).toHaveLength(0);
    const failed: string[] = [];
    t.client.on('failed', (f) => failed.push(f.reason));
    await tick(5000);
    expect(t.state().messages[0]).toMatchObject({ status: 'failed', error: 'Not sent: no connection to the platform for 5 s.' });
    expect(failed).toHaveLength(1);
    t.sockets.last().open();
    expect(t.sockets.last().messages()).toHaveLength(0); // failed messages wait for retry
    t.client.retry(id);
    expect(t.state().messages[0]?.status).toBe('sending');
    expect(t.sockets.last().messages()[0]?.clientMessageId).toBe(id);
  });

  it('keeps pending messages in storage, one key each under the bot and user; a new client shows and sends them', async () => {
    const first = testClient();
    void first.client.start();
    await tick();
    const id = first.client.send('survive the reload', { renderMsg: 'Survive' });
    first.client.stop();
    const raw = first.storage.getItem(`xo-chat:outbox:st-1:u-1:${id}`) ?? '';
    expect(JSON.parse(raw)).toMatchObject({ v: 2, id, body: 'survive the reload', renderMsg: 'Survive' });

    const sockets = fakeSockets();
    const second = createChatClient({ apiHost: 'https://xo.test', botInfo: testBotInfo, getJwt: async () => 'j', WebSocket: sockets.WebSocket, fetch: fakePlatform().fetch, storage: first.storage });
    // Nothing is shown before a grant says whose messages these are.
    expect(second.store.getState().messages).toEqual([]);
    void second.start();
    await tick();
    expect(second.store.getState().messages).toMatchObject([{ id, status: 'sending', renderMsg: 'Survive' }]);
    sockets.last().open();
    await tick();
    expect(sockets.last().messages()[0]).toMatchObject({ clientMessageId: id, message: { body: 'survive the reload', renderMsg: 'Survive' } });
    sockets.last().receive({ type: 'ack', ok: true, replyto: id });
    expect(first.storage.getItem(`xo-chat:outbox:st-1:u-1:${id}`)).toBeNull();
  });

  it('ignores garbage in storage with a diagnostic, and removes it', async () => {
    const storage = memoryStorage();
    storage.setItem('xo-chat:outbox:st-1:u-1:x', '{"__proto__":{"polluted":1},"items":[{"id":1},null]}');
    const diagnostics: DiagnosticEvent[] = [];
    const client = createChatClient({ apiHost: 'https://xo.test', botInfo: testBotInfo, getJwt: async () => 'j', WebSocket: fakeSockets().WebSocket, fetch: fakePlatform().fetch, storage, onDiagnostic: (d) => diagnostics.push(d) });
    void client.start();
    await tick();
    expect(client.store.getState().messages).toEqual([]);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(storage.data.size).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('inbound, typing and unread', () => {
  it('merges stream chunks by messageId and ends streaming on endChunk', async () => {
    const t = await connectedClient();
    const s = t.sockets.last();
    s.receive(botResponse('ms-s', 'Hel', { sM: true }));
    s.receive(botResponse('ms-s', 'lo', { sM: true }));
    expect(t.state().messages).toMatchObject([{ id: 'ms-s', streaming: true, parts: [{ type: 'text', text: 'Hello' }] }]);
    s.receive(botResponse('ms-s', '!', { sM: true, endChunk: true }));
    expect(t.state().messages[0]?.parts).toEqual([{ type: 'text', text: 'Hello!' }]);
    expect(t.state().messages[0]?.streaming).toBeUndefined();
    expect(t.state().unread).toBe(1);
  });

  it('shows the own echo once (and takes it as an ack) and another tab message as the user', async () => {
    const t = await connectedClient();
    const id = t.client.send('mine');
    t.sockets.last().receive({ type: 'user_message', from: 'self', id, message: { body: 'mine', attachments: [] } });
    t.sockets.last().receive({ type: 'user_message', from: 'self', id: 123, message: { body: 'other tab', attachments: [] } });
    expect(t.state().messages.map((m) => [m.id, m.from, m.status])).toEqual([
      [id, 'user', 'sent'],
      ['123', 'user', undefined],
    ]);
  });

  it('typing: on after a send, off on the reply, held by wait_for_response, capped at 30 s', async () => {
    const t = await connectedClient();
    t.client.send('question');
    expect(t.state().typing).toBe(true);
    t.sockets.last().receive(botResponse('ms-1', 'answer'));
    expect(t.state().typing).toBe(false);
    t.sockets.last().receive({
      type: 'bot_response',
      from: 'bot',
      message: [{ type: 'text', component: { type: 'template', payload: { type: 'template', payload: { template_type: 'wait_for_response' } } } }],
    });
    expect(t.state().typing).toBe(true);
    expect(t.state().messages).toHaveLength(2);
    await tick(30_000);
    expect(t.state().typing).toBe(false);
  });

  it('counts unread live bot messages once each until markRead', async () => {
    const t = await connectedClient();
    t.sockets.last().receive(botResponse('ms-1', 'a'));
    t.sockets.last().receive(botResponse('ms-1', 'a'));
    t.sockets.last().receive(botResponse('ms-2', 'b'));
    expect(t.state().unread).toBe(2);
    t.client.markRead();
    expect(t.state().unread).toBe(0);
  });

  it('counts and reports malformed frames without throwing', async () => {
    const t = await connectedClient();
    t.sockets.last().receive('{not json');
    t.sockets.last().receive({ type: 'mystery' });
    t.sockets.last().receive({ type: 'ack' });
    expect(t.state().droppedFrames).toBe(3);
    expect(t.diagnostics.filter((d) => d.kind === 'frame-dropped')).toHaveLength(3);
  });
});

describe('history', () => {
  it('loads the newest page on connect, older pages on demand, and re-syncs after a reconnect', async () => {
    const platform = fakePlatform();
    const base = Date.now() - 100_000;
    for (let i = 0; i < 5; i++) platform.history.push(historyItem(`h${i}`, i % 2 ? 'outgoing' : 'incoming', `m${i}`, base + i * 1000));
    const t = await connectedClient({ historyPageSize: 2 }, platform);
    expect(t.state().messages.map((m) => m.id)).toEqual(['h3', 'h4']);
    expect(t.state().history).toMatchObject({ loadedInitial: true, hasMore: true, status: 'idle' });
    const call = platform.calls_to('/api/botmessages/rtm')[0];
    expect(call?.headers.authorization).toBe('bearer tok-1');
    await t.client.loadOlder();
    await t.client.loadOlder();
    expect(t.state().messages.map((m) => m.id)).toEqual(['h0', 'h1', 'h2', 'h3', 'h4']);
    expect(t.state().history.hasMore).toBe(false);
    // missed while disconnected: three new items, more than a page
    t.sockets.last().drop();
    for (let i = 5; i < 8; i++) platform.history.push(historyItem(`h${i}`, 'outgoing', `m${i}`, base + i * 1000));
    await tick(1000);
    t.sockets.last().open();
    await tick();
    expect(t.state().messages.map((m) => m.id)).toEqual(['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7']);
    expect(t.state().unread).toBe(0);
  });

  it('a history item with userMsgId completes the live message (and stops its resend)', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({ ackTimeoutMs: 1000 }, platform);
    const id = t.client.send('hello');
    platform.history.push(historyItem('ms-u', 'incoming', 'hello', Date.now(), { userMsgId: id }));
    t.sockets.last().drop();
    await tick(1000);
    t.sockets.last().open();
    await tick();
    expect(t.state().messages).toMatchObject([{ id, status: 'sent' }]);
    expect(t.state().messages).toHaveLength(1);
    const resent = t.sockets.last().messages().length;
    await tick(5000);
    expect(t.sockets.last().messages()).toHaveLength(resent);
  });
});

describe('order convergence', () => {
  it('re-reads the newest page once resent messages are acked after a reconnect, and takes the platform order', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({}, platform);
    const pages = () => platform.calls_to('/api/botmessages/rtm').length;
    const sentAt = Date.now();
    const u = t.client.send('hello');
    await tick(500);
    t.sockets.last().receive(botResponse('b-1', 'an answer to something earlier'));
    expect(t.state().messages.map((m) => m.id)).toEqual([u, 'b-1']);
    t.sockets.last().drop();
    await tick(1000);
    t.sockets.last().open();
    await tick();
    const afterOpen = pages();
    // The resent message is filed when the platform stores it, after the bot answer.
    platform.history.push(historyItem('b-1', 'outgoing', 'an answer to something earlier', sentAt + 500));
    platform.history.push(historyItem('ms-u', 'incoming', 'hello', Date.now(), { userMsgId: u }));
    t.sockets.last().receive({ type: 'ack', ok: true, replyto: u });
    await tick(999);
    expect(pages()).toBe(afterOpen);
    await tick(1);
    expect(pages()).toBe(afterOpen + 1);
    expect(t.state().messages.map((m) => m.id)).toEqual(['b-1', u]);
    expect(t.state().messages.map((m) => m.fromHistory)).toEqual([undefined, undefined]);
    expect(t.state().messages[1]).toMatchObject({ status: 'sent', createdAt: Date.now() - 1000 });
    // Nothing resent since: later acks do not re-read history.
    t.client.send('again');
    t.sockets.last().receive({ type: 'ack', ok: true, replyto: t.state().messages[2]?.id });
    await tick(5000);
    expect(pages()).toBe(afterOpen + 1);
  });

  it('the re-sync reaches back past the newest page to the oldest resent message, applying pages oldest first', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({ historyPageSize: 2 }, platform);
    const u = t.client.send('early');
    t.sockets.last().drop();
    await tick(1000);
    t.sockets.last().open();
    await tick();
    // The platform stores the resend, then three items in the same millisecond (a page boundary splits them).
    const at = Date.now();
    platform.history.push(historyItem('ms-u', 'incoming', 'early', at, { userMsgId: u }));
    for (const id of ['b1', 'b2', 'b3']) platform.history.push(historyItem(id, 'outgoing', id, at + 5));
    // No ack came: the check of history (after the message settles) finds it across both pages.
    await tick(2000);
    expect(t.state().messages.map((m) => m.id)).toEqual([u, 'b1', 'b2', 'b3']);
    expect(t.state().messages[0]?.createdAt).toBe(at);
  });

  it('a re-sync cut off by a closed socket runs on the next open once nothing is pending', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({}, platform);
    const pages = () => platform.calls_to('/api/botmessages/rtm').length;
    t.sockets.last().drop();
    const u = t.client.send('queued while offline');
    await tick(1000);
    t.sockets.last().open();
    await tick();
    t.sockets.last().receive({ type: 'ack', ok: true, replyto: u });
    t.sockets.last().drop();
    await tick(1000);
    const before = pages();
    t.sockets.last().open();
    await tick();
    expect(pages()).toBe(before + 1); // the usual sync at open
    await tick(1000);
    expect(pages()).toBe(before + 2); // the wanted one, reaching back to the queued message
  });

  it('an overdue ack (resend without reconnect) also re-syncs once the outbox drains, debounced', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({ ackTimeoutMs: 1000 }, platform);
    const pages = () => platform.calls_to('/api/botmessages/rtm').length;
    const a = t.client.send('one');
    const b = t.client.send('two');
    await tick(1500);
    await tick(10);
    // History (read once, once the frames settled) proved both absent; only then were they written again.
    expect(t.sockets.last().messages().map((f) => f.clientMessageId)).toEqual([a, b, a, b]);
    const before = pages();
    t.sockets.last().receive({ type: 'ack', ok: true, replyto: a });
    await tick(800);
    expect(pages()).toBe(before);
    t.sockets.last().receive({ type: 'ack', ok: true, replyto: b });
    await tick(999);
    expect(pages()).toBe(before);
    await tick(1);
    expect(pages()).toBe(before + 1);
  });
});

describe('browser signals', () => {
  it('offline event -> offline state (socket closed); online -> reconnect at once; visible skips the backoff', async () => {
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const nav = { onLine: true };
    vi.stubGlobal('window', win);
    vi.stubGlobal('document', doc);
    vi.stubGlobal('navigator', nav);
    try {
      const t = await connectedClient({ backoff: { baseMs: 10_000, maxMs: 10_000 } });
      const socket = t.sockets.last();
      nav.onLine = false;
      win.dispatchEvent(new Event('offline'));
      expect(t.state().connection.status).toBe('offline');
      expect(socket.closedByClient).toBe(true);
      nav.onLine = true;
      win.dispatchEvent(new Event('online'));
      await tick();
      expect(t.state().connection.status).toBe('connecting');
      t.sockets.last().open();
      t.sockets.last().drop();
      expect(t.state().connection.status).toBe('reconnecting');
      doc.dispatchEvent(new Event('visibilitychange'));
      await tick();
      expect(t.state().connection.status).toBe('connecting');
      expect(t.sockets.sockets.filter((s) => s.readyState === 1)).toHaveLength(0);
      t.client.stop();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
