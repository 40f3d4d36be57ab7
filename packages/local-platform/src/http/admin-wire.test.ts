// Faults that make the platform say what the real XO Platform says: ack ok:false, close codes 1008/1009, a rate
// limit, TOKEN_EXPIRED in the body with another status, botKitUnreachable, and documented status/event frames.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOT } from '../constants.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { call, connect, grant, isAckFor, rtmStart, sleep } from '../testing/harness.js';
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

describe('POST /admin/faults/nack', () => {
  it('answers the next matching message with ack ok:false and the reason, and neither stores nor answers it', async () => {
    const { socket, grant: g } = await connect(platform, 'nack@example.com');
    const res = await admin(ADMIN_PATHS.nack, { next: 1, reason: 'The bot refuses to discuss that.', match: 'forbidden' });
    expect(res.body.faults).toMatchObject({ nackNext: 1, nackMatch: 'forbidden' });
    socket.sendMessage('ok-1', 'hello');
    expect(await socket.waitFor(isAckFor('ok-1'))).toMatchObject({ ok: true });
    socket.sendMessage('no-1', 'a forbidden topic');
    expect(await socket.waitFor(isAckFor('no-1'))).toEqual({ type: 'ack', ok: false, replyto: 'no-1', message: 'The bot refuses to discuss that.' });
    socket.sendMessage('ok-2', 'forbidden again');
    expect(await socket.waitFor(isAckFor('ok-2'))).toMatchObject({ ok: true });
    await sleep(100);
    const ids = platform.store.messagesOf(g.userId).map((m) => m.clientMessageId);
    expect(ids).toContain('ok-2');
    expect(ids).not.toContain('no-1');
    expect(platform.faults.counters.acksRefused).toBe(1);
    socket.close();
  });
});

describe('POST /admin/faults/close', () => {
  it('closes the user\u2019s sockets with the code and reason given (1008 by default)', async () => {
    const a = await connect(platform, 'blocked@example.com');
    const res = await admin(ADMIN_PATHS.close, { identity: 'blocked@example.com', reason: 'user blocked' });
    expect(res.body).toMatchObject({ closed: 1 });
    expect(await a.socket.closed).toEqual({ code: 1008, reason: 'user blocked' });
    const b = await connect(platform, 'blocked@example.com');
    await admin(ADMIN_PATHS.close, { identity: 'blocked@example.com', code: 1011, reason: 'server error' });
    expect((await b.socket.closed).code).toBe(1011);
  });

  it('refuses a code a close frame cannot carry', async () => {
    await grant(platform, 'badcode@example.com');
    const res = await admin(ADMIN_PATHS.close, { identity: 'badcode@example.com', code: 1006 });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('cannot be sent in a close frame');
  });
});

describe('rate limit', () => {
  it('closes with 1008 a socket that sends more than N frames in one second (POST /admin/faults/rate-limit)', async () => {
    await admin(ADMIN_PATHS.rateLimit, { perSecond: 5 });
    const calm = await connect(platform, 'calm@example.com');
    for (let i = 0; i < 5; i++) calm.socket.send({ type: 'ping' });
    await calm.socket.waitFor((f) => f.type === 'pong', 5000, 5);
    const { socket } = await connect(platform, 'flood@example.com');
    for (let i = 0; i < 12; i++) socket.send({ type: 'ping' });
    const closed = await socket.closed;
    expect(closed.code).toBe(1008);
    expect(closed.reason).toBe('rate limit: more than 5 frames in one second');
    expect(socket.of('pong').length).toBeLessThanOrEqual(5);
    await sleep(1100); // the calm socket is still open, and a new second lets it send again
    calm.socket.send({ type: 'ping' });
    await calm.socket.waitFor((f) => f.type === 'pong', 5000, 6);
    calm.socket.close();
  });

  it('is an option too (rateLimitPerSecond / --rate-limit)', async () => {
    const limited = await startLocalPlatform({ rateLimitPerSecond: 2 });
    try {
      const { socket } = await connect(limited, 'opt-flood@example.com');
      for (let i = 0; i < 3; i++) socket.send({ type: 'ping' });
      expect((await socket.closed).code).toBe(1008);
    } finally {
      await limited.close();
    }
  });
});

describe('maxFrameBytes', () => {
  it('closes with 1009 for the oversize frame only: nothing stored, and the next socket takes smaller frames', async () => {
    const small = await startLocalPlatform({ maxFrameBytes: 1024 });
    try {
      const first = await connect(small, 'oversize@example.com');
      first.socket.sendMessage('big', 'x'.repeat(2000));
      expect((await first.socket.closed).code).toBe(1009);
      const again = await connect(small, 'oversize@example.com');
      again.socket.sendMessage('fits', 'y'.repeat(500));
      await again.socket.waitFor(isAckFor('fits'));
      expect(small.store.messagesOf(again.grant.userId).map((m) => m.clientMessageId).filter(Boolean)).toEqual(['fits']);
      again.socket.close();
    } finally {
      await small.close();
    }
  });
});

describe('POST /admin/faults/expire-tokens {status}', () => {
  it('answers rtm/start and history for an expired token with that status and Kore\u2019s TOKEN_EXPIRED body', async () => {
    const g = await grant(platform, 'expiry-body@example.com');
    const res = await admin(ADMIN_PATHS.expireTokens, { status: 400 });
    expect(res.body.faults).toMatchObject({ tokenExpiredStatus: 400 });
    const start = await rtmStart(platform, g.accessToken);
    expect(start).toMatchObject({ status: 400, body: { errors: [{ code: 'TOKEN_EXPIRED', msg: 'token expired' }] } });
    const history = await call(platform, 'GET', `/api/1.1/botmessages/rtm?botId=${DEMO_BOT.taskBotId}`, undefined, {
      authorization: `bearer ${g.accessToken}`,
    });
    expect(history).toMatchObject({ status: 400, body: { errors: [{ code: 'TOKEN_EXPIRED', msg: 'token expired' }] } });
    const fresh = await grant(platform, 'expiry-body@example.com');
    expect((await rtmStart(platform, fresh.accessToken)).status).toBe(200);
    await admin(ADMIN_PATHS.reset);
    expect((await rtmStart(platform, g.accessToken)).status).toBe(401);
    expect((await admin(ADMIN_PATHS.expireTokens, { status: 'soon' })).status).toBe(400);
  });
});

describe('POST /admin/faults/bot-kit-unreachable', () => {
  it('acks and stores the next message, then sends botKitUnreachable instead of the bot\u2019s answer', async () => {
    const { socket, grant: g } = await connect(platform, 'botkit@example.com');
    await admin(ADMIN_PATHS.botKitUnreachable, { next: 1 });
    socket.sendMessage('bk-1', 'hello');
    await socket.waitFor(isAckFor('bk-1'));
    const notice = await socket.waitFor((f) => f.type === 'botKitUnreachable');
    expect(String(notice.message)).toContain('BotKit unreachable');
    await sleep(100);
    expect(socket.of('bot_response')).toHaveLength(0);
    expect(platform.store.messagesOf(g.userId).map((m) => m.clientMessageId)).toEqual(['bk-1']);
    socket.sendMessage('bk-2', 'hello again');
    await socket.waitFor((f) => f.type === 'bot_response');
    socket.close();
  });
});

describe('POST /admin/frames', () => {
  it('sends documented status and event frames as given, and refuses undocumented types', async () => {
    const { socket } = await connect(platform, 'frames@example.com');
    const frames = [
      { type: 'events', message: { type: 'agent_connected', author: { type: 'AGENT', firstName: 'Ada' } } },
      { type: 'agent_session_started', message: 'An agent joined' },
      { type: 'Session_Start' },
      { type: 'error', error: { code: 'BOT_SUSPENDED', msg: 'This bot is suspended.' } },
    ];
    for (const frame of frames) {
      const res = await admin(ADMIN_PATHS.frames, { identity: 'frames@example.com', frame });
      expect(res.body).toMatchObject({ ok: true, sent: 1 });
    }
    await socket.waitFor(() => true, 5000, frames.length);
    expect(socket.frames).toEqual(frames);
    const bad = await admin(ADMIN_PATHS.frames, { identity: 'frames@example.com', frame: { type: 'made_up' } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('INVALID_FRAME');
    socket.close();
  });
});
