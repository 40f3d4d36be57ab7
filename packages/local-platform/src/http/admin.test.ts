import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { call, connect, grant, isAckFor, rtmStart, sleep, TestSocket } from '../testing/harness.js';
import { ADMIN_PATHS } from './admin.js';

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform({ faults: true });
});
afterAll(() => platform.close());
afterEach(async () => {
  await call(platform, 'POST', ADMIN_PATHS.reset);
});

const admin = (path: string, body?: unknown) => call(platform, 'POST', path, body ?? {});

describe('fault API', () => {
  it('is a 404 that says how to turn it on when faults are off', async () => {
    const off = await startLocalPlatform();
    try {
      const res = await call(off, 'GET', ADMIN_PATHS.stats);
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).toContain('--faults');
      expect((await call(off, 'POST', ADMIN_PATHS.dropAll)).status).toBe(404);
    } finally {
      await off.close();
    }
  });

  it('drop-all terminates every socket (the client sees 1006)', async () => {
    const a = await connect(platform, 'drop-a@example.com');
    const b = await connect(platform, 'drop-b@example.com');
    const res = await admin(ADMIN_PATHS.dropAll);
    expect(res.body).toMatchObject({ ok: true, dropped: 2 });
    expect((await a.socket.closed).code).toBe(1006);
    expect((await b.socket.closed).code).toBe(1006);
  });

  it('drop-user drops one user now, or after N more frames', async () => {
    const a = await connect(platform, 'target@example.com');
    const other = await connect(platform, 'bystander@example.com');
    expect((await admin(ADMIN_PATHS.dropUser, { identity: 'target@example.com' })).body).toMatchObject({ dropped: 1 });
    expect((await a.socket.closed).code).toBe(1006);

    const again = await TestSocket.open(String((await rtmStart(platform, a.grant.accessToken)).body.url));
    await admin(ADMIN_PATHS.dropUser, { userId: a.grant.userId, afterFrames: 1 });
    again.sendMessage('d-1', 'hello');
    expect((await again.closed).code).toBe(1006);
    expect(again.frames.map((f) => f.type)).toEqual(['ack']);
    other.socket.send({ type: 'ping' });
    await other.socket.waitFor((f) => f.type === 'pong');
    other.socket.close();
    const bad = await admin(ADMIN_PATHS.dropUser, { identity: 'nobody' });
    expect(bad.status).toBe(400);
  });

  it('ack-delay holds acks for N ms', async () => {
    await admin(ADMIN_PATHS.ackDelay, { ms: 250 });
    const { socket } = await connect(platform, 'slow-ack@example.com');
    const sent = Date.now();
    socket.sendMessage('slow', 'hello');
    await socket.waitFor(isAckFor('slow'));
    expect(Date.now() - sent).toBeGreaterThanOrEqual(240);
    expect((await admin(ADMIN_PATHS.ackDelay, { ms: -1 })).status).toBe(400);
    socket.close();
  });

  it('lose-acks drops the next N acks (messages still stored and answered), or a ratio of them', async () => {
    const { socket, grant: g } = await connect(platform, 'lost-ack@example.com');
    await admin(ADMIN_PATHS.loseAcks, { next: 2 });
    socket.sendMessage('l-1', 'one');
    socket.sendMessage('l-2', 'two');
    socket.sendMessage('l-3', 'three');
    await socket.waitFor(isAckFor('l-3'));
    await socket.waitFor((f) => f.type === 'bot_response', 5000, 3 + 1);
    expect(socket.of('ack').map((f) => f.replyto)).toEqual(['l-3']);
    expect(platform.store.messagesOf(g.userId).filter((m) => m.direction === 'incoming')).toHaveLength(3);
    await admin(ADMIN_PATHS.loseAcks, { ratio: 1 });
    socket.sendMessage('l-4', 'four');
    await sleep(100);
    expect(socket.of('ack')).toHaveLength(1);
    await admin(ADMIN_PATHS.loseAcks, { ratio: 0 });
    socket.sendMessage('l-4', 'four');
    await socket.waitFor(isAckFor('l-4'));
    expect((await admin(ADMIN_PATHS.loseAcks, { ratio: 2 })).status).toBe(400);
    socket.close();
  });

  it('duplicate-bot-responses sends each bot_response twice', async () => {
    await admin(ADMIN_PATHS.duplicateBotResponses, { enabled: true });
    const { socket } = await connect(platform, 'twice@example.com');
    socket.sendMessage('t-1', 'hello');
    await socket.waitFor((f) => f.type === 'bot_response', 5000, 4);
    const ids = socket.of('bot_response').map((f) => f.messageId);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(2);
    socket.close();
  });

  it('expire-tokens makes rtm/start answer TOKEN_EXPIRED', async () => {
    const g = await grant(platform, 'expire@example.com');
    expect((await admin(ADMIN_PATHS.expireTokens)).body.expired).toBeGreaterThanOrEqual(1);
    const res = await rtmStart(platform, g.accessToken);
    expect(res.status).toBe(401);
    expect((res.body.errors as { code: string }[])[0]?.code).toBe('TOKEN_EXPIRED');
  });

  it('refuse-rtm-start answers 503 to the next N calls', async () => {
    const g = await grant(platform, 'refused@example.com');
    await admin(ADMIN_PATHS.refuseRtmStart, { count: 2 });
    expect((await rtmStart(platform, g.accessToken)).status).toBe(503);
    const second = await rtmStart(platform, g.accessToken);
    expect([second.status, (second.body.errors as { code: string }[])[0]?.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    expect((await rtmStart(platform, g.accessToken)).status).toBe(200);
  });

  it('restart drops sockets and keeps data; reset turns faults off', async () => {
    const { socket, grant: g } = await connect(platform, 'restart@example.com');
    socket.sendMessage('r-1', 'hello');
    await socket.waitFor((f) => f.type === 'bot_response', 5000, 2);
    await admin(ADMIN_PATHS.ackDelay, { ms: 10 });
    const res = await admin(ADMIN_PATHS.restart);
    expect(res.body).toMatchObject({ ok: true, restarted: true, dropped: 1 });
    expect((await socket.closed).code).toBe(1006);
    expect(platform.store.messagesOf(g.userId)).toHaveLength(3);
    const reset = await admin(ADMIN_PATHS.reset);
    expect(reset.body.faults).toMatchObject({ ackDelayMs: 0, loseNextAcks: 0, duplicateBotResponses: false });
  });

  it('stats reports open sockets per user, stored messages and counters', async () => {
    const a = await connect(platform, 'stats@example.com');
    a.socket.sendMessage('s-1', 'hi');
    await a.socket.waitFor((f) => f.type === 'bot_response', 5000, 2);
    const res = await call(platform, 'GET', ADMIN_PATHS.stats);
    expect(res.body).toMatchObject({
      openSockets: 1,
      openSocketsByUser: { [a.grant.userId]: 1 },
      store: { messages: expect.any(Number), incoming: expect.any(Number), outgoing: expect.any(Number) },
      traffic: { acksSent: expect.any(Number), botResponsesSent: expect.any(Number) },
      faults: { settings: expect.any(Object), counters: expect.any(Object) },
    });
    const faults = await call(platform, 'GET', ADMIN_PATHS.faults);
    expect(faults.body.counters).toMatchObject({ restarts: 1, rtmStartsRefused: 2 });
    a.socket.close();
  });
});
