// Delivery on a platform that keeps no client ids: a written frame is never written again until history says
// the platform does not have it; pending messages belong to their user and their tab.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiagnosticEvent } from '../types';
import { connectedClient, testClient, tick } from '../test-support/client';
import { botResponse, fakeLocks, fakePlatform, historyItem, memoryStorage } from '../test-support/fakes';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T00:00:00Z') });
  vi.spyOn(Math, 'random').mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

type T = Awaited<ReturnType<typeof connectedClient>>;
/** Every user message frame written on every socket, in order. */
const written = (t: T | ReturnType<typeof testClient>) => t.sockets.sockets.flatMap((s) => s.messages().map((f) => f.clientMessageId));
const statusOf = (t: T | ReturnType<typeof testClient>, id: string) => t.state().messages.find((m) => m.id === id)?.status;

describe('reconcile before resending', () => {
  it('an overdue ack is answered from history: what it holds is sent, only what it lacks is written again', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({ ackTimeoutMs: 2000 }, platform);
    const a = t.client.send('one');
    const b = t.client.send('two');
    // The platform stored both frames' first copy of "one" only; both acks are lost.
    platform.history.push(historyItem('ms-a', 'incoming', 'one', Date.now(), { userMsgId: a }));
    await tick(2000);
    await tick(10);
    expect(written(t)).toEqual([a, b, b]);
    expect(statusOf(t, a)).toBe('sent');
    expect(statusOf(t, b)).toBe('sending');
    t.sockets.last().receive({ type: 'ack', ok: true, replyto: b });
    expect(statusOf(t, b)).toBe('sent');
    await tick(60_000);
    expect(written(t)).toEqual([a, b, b]);
  });

  it('after a reconnect, matches on text where history has no userMsgId ("hello" typed twice, one arrived)', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({}, platform);
    const a = t.client.send('hello');
    const b = t.client.send('hello');
    platform.history.push(historyItem('ms-1', 'incoming', 'hello', Date.now() + 20));
    t.sockets.last().drop();
    await tick(1000);
    t.sockets.last().open();
    await tick(1500);
    expect(written(t)).toEqual([a, b, b]);
    expect(statusOf(t, a)).toBe('sent');
    // Shown once: the history item took the bubble's id (and its place on the platform).
    expect(t.state().messages.map((m) => m.id).sort()).toEqual([a, b].sort());
    t.sockets.last().receive({ type: 'ack', ok: true, replyto: b });
    platform.history.push(historyItem('ms-2', 'incoming', 'hello', Date.now()));
    t.sockets.last().drop();
    await tick(1000);
    t.sockets.last().open();
    await tick(3000);
    expect(t.state().messages.map((m) => m.id)).toEqual([a, b]);
    expect(written(t)).toEqual([a, b, b]);
  });

  it('bot answers whose history ids differ from the live ones are shown once', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({}, platform);
    const at = Date.now();
    t.sockets.last().receive(botResponse('live-1', 'Welcome back', { createdOn: new Date(at).toISOString() }));
    platform.history.push(historyItem('hist-1', 'outgoing', 'Welcome back', at));
    t.sockets.last().drop();
    await tick(1000);
    t.sockets.last().open();
    await tick(2000);
    expect(t.state().messages.map((m) => m.id)).toEqual(['live-1']);
  });

  it('a message written before its socket closed waits until it settles, then is checked, never written blindly', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({}, platform);
    const a = t.client.send('just before the drop');
    t.sockets.last().drop();
    await tick(300);
    t.sockets.last().open();
    await tick();
    // Queued behind it: written only after the check.
    const b = t.client.send('typed after');
    expect(written(t)).toEqual([a]);
    // The platform stored it a moment after it arrived.
    platform.history.push(historyItem('ms-a', 'incoming', 'just before the drop', Date.now(), { userMsgId: a }));
    await tick(1500);
    expect(statusOf(t, a)).toBe('sent');
    expect(written(t)).toEqual([a, b]);
  });

  it('when history cannot be read the message stays sending, then unconfirmed; retry checks history, then sends', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({ ackTimeoutMs: 1000, failAfterMs: 20_000 }, platform);
    platform.override('/botmessages/rtm', ...Array.from({ length: 40 }, () => ({ status: 503, body: { errors: [{ msg: 'busy' }] } })));
    const a = t.client.send('anyone there?');
    await tick(19_000);
    expect(statusOf(t, a)).toBe('sending');
    await tick(1000);
    expect(t.state().messages[0]).toMatchObject({ status: 'unconfirmed', error: expect.stringMatching(/^Not confirmed/) });
    expect(written(t)).toEqual([a]);
    platform.clearOverrides();
    t.client.retry(a);
    expect(statusOf(t, a)).toBe('sending');
    await tick(100);
    expect(written(t)).toEqual([a, a]);
  });

  it('retry of an unconfirmed message that history does hold marks it sent without writing it', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({ ackTimeoutMs: 1000, failAfterMs: 5000 }, platform);
    platform.override('/botmessages/rtm', ...Array.from({ length: 40 }, () => new Error('network down')));
    const a = t.client.send('did it arrive?');
    await tick(5000);
    expect(statusOf(t, a)).toBe('unconfirmed');
    platform.clearOverrides();
    platform.history.push(historyItem('ms-a', 'incoming', 'did it arrive?', Date.now() - 4000, { userMsgId: a }));
    t.client.retry(a);
    await tick(100);
    expect(statusOf(t, a)).toBe('sent');
    expect(written(t)).toEqual([a]);
  });
});

describe('what the platform says', () => {
  it('an ack with ok: false fails the message with the platform reason; retry writes it again', async () => {
    const t = await connectedClient();
    const a = t.client.send('refused');
    t.sockets.last().receive({ type: 'ack', ok: false, replyto: a, message: 'Bot is disabled' });
    expect(t.state().messages[0]).toMatchObject({ status: 'failed', error: 'Not delivered: Bot is disabled' });
    t.client.retry(a);
    expect(written(t)).toEqual([a, a]);
  });

  it('close 1009 fails only the oversize message; the rest goes on after the reconnect', async () => {
    const t = await connectedClient();
    const big = t.client.send('x'.repeat(10_000));
    t.sockets.last().drop(1009);
    expect(t.state().messages[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/too large/) });
    const next = t.client.send('short');
    await tick(1000);
    t.sockets.last().open();
    await tick(2000);
    expect(written(t)).toEqual([big, next]);
  });

  it('close 1008 backs off for a minute, and the third in a row fails with a readable reason, told to onDiagnostic', async () => {
    const diagnostics: DiagnosticEvent[] = [];
    const t = await connectedClient({ onDiagnostic: (event) => diagnostics.push(event) });
    t.sockets.last().drop(1008);
    const state = t.state().connection;
    expect(state.status).toBe('reconnecting');
    if (state.status === 'reconnecting') expect(state.retryAt - Date.now()).toBeGreaterThanOrEqual(60_000);
    await tick(60_000);
    t.sockets.last().open();
    t.sockets.last().drop(1008);
    await tick(60_000);
    t.sockets.last().open();
    t.sockets.last().drop(1008);
    expect(t.state().connection).toMatchObject({ status: 'failed', code: 'POLICY', reason: expect.stringMatching(/refused the connection 3 times/) });
    // The reason is for the developer: onDiagnostic hears it (the window shows people a plain sentence).
    expect(diagnostics).toContainEqual({ kind: 'error', message: expect.stringMatching(/refused the connection 3 times/) });
    const sockets = t.sockets.sockets.length;
    await tick(600_000);
    expect(t.sockets.sockets.length).toBe(sockets);
  });

  it('a TOKEN_EXPIRED body renews the token whatever the HTTP status', async () => {
    const platform = fakePlatform();
    platform.override('/rtm/start', { status: 400, body: { errors: [{ msg: 'token expired', code: 'TOKEN_EXPIRED' }] } });
    const t = testClient({}, platform);
    void t.client.start();
    await tick();
    expect(platform.calls_to('/jwtgrant')).toHaveLength(2);
    expect(t.state().connection.status).toBe('connecting');
  });

  it('botKitUnreachable and error frames become a notice; documented frame types are not dropped', async () => {
    const t = await connectedClient();
    t.sockets.last().receive({ type: 'botKitUnreachable', message: { body: 'BotKit is not reachable' } });
    expect(t.state().notice).toMatchObject({ type: 'botKitUnreachable', message: 'BotKit is not reachable' });
    t.sockets.last().receive({ type: 'error', error: { msg: 'Something broke' } });
    expect(t.state().notice).toMatchObject({ type: 'error', message: 'Something broke' });
    for (const type of ['agent_session_start', 'Session_Start', 'session_end']) t.sockets.last().receive({ type });
    t.sockets.last().receive({ type: 'events', message: { type: 'agent_connected' } });
    expect(t.state().droppedFrames).toBe(0);
    t.sockets.last().receive(botResponse('b1', 'back again'));
    expect(t.state().notice).toBeNull();
  });
});

describe('the outbox belongs to a user and a tab', () => {
  it("Alice's pending message is never shown to nor sent as Bob; Alice finds it when she signs in again", async () => {
    const storage = memoryStorage();
    const tabLocks = fakeLocks();
    const alice = testClient({ storage, tabLocks }, fakePlatform({ userId: 'alice' }));
    void alice.client.start();
    await tick();
    const id = alice.client.send('alice only');
    alice.client.stop();

    const bob = testClient({ storage, tabLocks }, fakePlatform({ userId: 'bob' }));
    void bob.client.start();
    await tick();
    bob.sockets.last().open();
    await tick(5000);
    expect(bob.state().messages).toEqual([]);
    expect(written(bob)).toEqual([]);
    bob.client.stop();

    const again = testClient({ storage, tabLocks }, fakePlatform({ userId: 'alice' }));
    void again.client.start();
    await tick();
    expect(again.state().messages).toMatchObject([{ id, status: 'sending', parts: [{ text: 'alice only' }] }]);
    again.sockets.last().open();
    await tick();
    expect(written(again)).toEqual([id]);
  });

  it('two tabs: the one that reloads takes back its own pending message, not the other tab’s', async () => {
    const storage = memoryStorage();
    const tabLocks = fakeLocks();
    const tabA = testClient({ storage, tabLocks });
    const tabB = testClient({ storage, tabLocks });
    void tabA.client.start();
    void tabB.client.start();
    await tick();
    const a = tabA.client.send('from tab A');
    const b = tabB.client.send('from tab B');
    // Tab A reloads while both are offline.
    tabA.client.stop();
    const reloaded = testClient({ storage, tabLocks });
    void reloaded.client.start();
    await tick();
    expect(reloaded.state().messages.map((m) => m.id)).toEqual([a]);
    reloaded.sockets.last().open();
    await tick();
    expect(written(reloaded)).toEqual([a]);
    tabB.sockets.last().open();
    await tick();
    expect(written(tabB)).toEqual([b]);
    reloaded.sockets.last().receive({ type: 'ack', ok: true, replyto: a });
    tabB.sockets.last().receive({ type: 'ack', ok: true, replyto: b });
    expect([...storage.data.keys()].filter((k) => k.startsWith('xo-chat:outbox:'))).toEqual([]);
  });

  it('a message written before a reload is in doubt after it: checked in history, not written again', async () => {
    const storage = memoryStorage();
    const platform = fakePlatform();
    const first = await connectedClient({ storage }, platform);
    const id = first.client.send('written, ack lost');
    first.client.stop();
    platform.history.push(historyItem('ms-x', 'incoming', 'written, ack lost', Date.now()));
    const second = testClient({ storage }, platform);
    void second.client.start();
    await tick();
    second.sockets.last().open();
    await tick(2000);
    expect(written(second)).toEqual([]);
    expect(second.state().messages).toMatchObject([{ id, status: 'sent' }]);
  });
});

describe('connection options', () => {
  it('ConnectionMode on the first connect, isReconnect after; extra params; rewriteSocketUrl; language', async () => {
    const platform = fakePlatform();
    const t = await connectedClient(
      { connectionMode: 'Start_New', socketParams: { region: 'eu west' }, rewriteSocketUrl: (u) => u.replace('wss://fake.test', 'wss://proxy.test'), language: 'de' },
      platform,
    );
    expect(t.sockets.last().url).toBe('wss://proxy.test/rtm/bot?sid=1&ConnectionMode=Start_New&region=eu%20west');
    expect(platform.calls_to('/rtm/start')[0]?.body).toMatchObject({ language: 'de' });
    t.sockets.last().drop();
    await tick(1000);
    expect(t.sockets.last().url).toBe('wss://proxy.test/rtm/bot?sid=2&isReconnect=true&region=eu%20west');
  });

  it('customData and metaTags travel on every request and frame, and per message on send', async () => {
    const platform = fakePlatform();
    const botInfo = { chatBot: 'Demo', taskBotId: 'st-1', customData: { plan: 'gold' }, metaTags: { userLevelTags: [{ name: 'vip', value: 'yes' }] } };
    const t = await connectedClient({ botInfo }, platform);
    expect(platform.calls_to('/jwtgrant')[0]?.body).toMatchObject({ botInfo });
    expect(platform.calls_to('/rtm/start')[0]?.body).toMatchObject({ botInfo });
    t.client.send('with context', { customData: { orderId: 42 }, metaTags: { messageLevelTags: [{ name: 'topic', value: 'order' }] } });
    expect(t.sockets.last().messages()[0]).toMatchObject({
      botInfo,
      message: { body: 'with context', customData: { orderId: 42 }, metaTags: { messageLevelTags: [{ name: 'topic', value: 'order' }] } },
    });
  });

  it('wrong options fail with what was wrong and what to set', async () => {
    expect(() => testClient({ connectionMode: 'Fresh' as never })).toThrow(/connectionMode "Fresh" is not one of Default, Start_New, Start_New_Resume_Agent, Reconnect/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => testClient({ botInfo: { chatBot: 'D', taskBotId: 'st-1', customData: cyclic as never } })).toThrow(/customData\.self refers back to itself/);
    expect(() => testClient({ botInfo: { chatBot: 'D', taskBotId: 'st-1', customData: { when: new Date() } as never } })).toThrow(/when is a Date; pass a plain object/);
    const t = await connectedClient();
    expect(() => t.client.send('x', { customData: { n: Number.NaN } })).toThrow(/n is NaN, which JSON cannot carry/);
    const bad = testClient({ rewriteSocketUrl: () => 'https://not-a-socket.test/' });
    void bad.client.start();
    await tick();
    expect(bad.state().connection).toMatchObject({ status: 'failed', reason: expect.stringMatching(/rewriteSocketUrl must return a ws:\/\/ or wss:\/\/ URL; it returned "https:\/\/not-a-socket.test\/"/) });
  });
});

describe('live frames that history already showed', () => {
  it('a bot answer read from history before its live frame arrives is shown once; a repeat later is new', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({}, platform);
    const at = Date.now();
    platform.history.push(historyItem('hist-9', 'outgoing', 'Your order shipped', at));
    t.sockets.last().drop();
    await tick(1000);
    t.sockets.last().open();
    await tick(100);
    expect(t.state().messages.map((m) => m.id)).toEqual(['hist-9']);
    // The live frame (no messageId on this platform) arrives after the history page.
    t.sockets.last().receive({ ...botResponse('x', 'Your order shipped', { createdOn: new Date(at + 40).toISOString() }), messageId: undefined });
    expect(t.state().messages.map((m) => m.id)).toEqual(['hist-9']);
    await tick(15_000);
    t.sockets.last().receive({ ...botResponse('x', 'Your order shipped'), messageId: undefined });
    expect(t.state().messages).toHaveLength(2);
  });
});
