// The strictness modes: dedupe off (every frame a turn), no live message ids, no userMsgId in history, strict.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_BOT } from '../constants.js';
import type { LocalPlatformOptions } from '../options.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { call, connect, isAckFor, sleep } from '../testing/harness.js';
import type { Frame, Grant } from '../testing/harness.js';

let platform: LocalPlatform | undefined;
afterEach(async () => {
  await platform?.close();
  platform = undefined;
});

async function start(options: LocalPlatformOptions): Promise<LocalPlatform> {
  platform = await startLocalPlatform({ faults: true, ...options });
  return platform;
}

async function historyOf(p: LocalPlatform, g: Grant): Promise<Record<string, unknown>[]> {
  const res = await call(p, 'GET', `/api/1.1/botmessages/rtm?botId=${DEMO_BOT.taskBotId}&limit=100`, undefined, {
    authorization: `bearer ${g.accessToken}`,
  });
  return res.body.messages as Record<string, unknown>[];
}

const echoes = (frames: Frame[]) => frames.filter((f) => f.type === 'bot_response' && JSON.stringify(f.message).includes('You said'));

/** Sends `twice` with one clientMessageId, twice, and waits for both acks and both possible answers. */
async function sendTwice(p: LocalPlatform, identity: string): Promise<{ grant: Grant; frames: Frame[] }> {
  const { socket, grant } = await connect(p, identity);
  socket.sendMessage('warm-up', 'warm up'); // the first message gets the menu; later ones the echo
  await socket.waitFor(isAckFor('warm-up'));
  await sleep(50);
  socket.sendMessage('twice', 'say this once');
  await socket.waitFor(isAckFor('twice'));
  socket.sendMessage('twice', 'say this once');
  await socket.waitFor(isAckFor('twice'), 5000, 2);
  await sleep(150);
  socket.close();
  return { grant, frames: socket.frames };
}

describe('dedupe (the default)', () => {
  it('acks a repeated clientMessageId, stores and answers it once, and counts it as duplicateMessages and sentTwice', async () => {
    const p = await start({});
    const { grant, frames } = await sendTwice(p, 'dedupe@example.com');
    expect(echoes(frames)).toHaveLength(1);
    expect(p.store.messagesOf(grant.userId).filter((m) => m.clientMessageId === 'twice')).toHaveLength(1);
    expect(p.counters).toMatchObject({ sentTwice: 1, duplicateMessages: 1 });
  });
});

describe('--no-dedupe (dedupe: false)', () => {
  it('runs every frame as a new turn: stored, acked and answered twice, counted as sentTwice only', async () => {
    const p = await start({ dedupe: false });
    const { grant, frames } = await sendTwice(p, 'nodedupe@example.com');
    expect(echoes(frames)).toHaveLength(2);
    expect(p.store.messagesOf(grant.userId).filter((m) => m.clientMessageId === 'twice')).toHaveLength(2);
    expect(p.counters).toMatchObject({ sentTwice: 1, duplicateMessages: 0 });
    const stats = await call(p, 'GET', '/admin/stats');
    expect(stats.body.traffic).toMatchObject({ sentTwice: 1, duplicateMessages: 0 });
  });

  it('counts a resend after a restart (the ids seen are read from storage)', async () => {
    const p = await start({ dedupe: false });
    const { socket } = await connect(p, 'restart-twice@example.com');
    socket.sendMessage('r-1', 'before');
    await socket.waitFor(isAckFor('r-1'));
    await p.restart();
    const again = await connect(p, 'restart-twice@example.com');
    again.socket.sendMessage('r-1', 'before');
    await again.socket.waitFor(isAckFor('r-1'));
    expect(p.counters.sentTwice).toBe(1);
    again.socket.close();
  });
});

describe('--no-message-ids (messageIds: false)', () => {
  it('sends bot_response without messageId (stream chunks keep one) and gives history ids no live frame carried', async () => {
    const p = await start({ messageIds: false });
    const { socket, grant } = await connect(p, 'noids@example.com');
    socket.sendMessage('n-1', 'hello');
    socket.sendMessage('n-2', 'stream');
    await socket.waitFor((f) => f.type === 'bot_response' && f.endChunk === true);
    const live = socket.of('bot_response');
    const whole = live.filter((f) => f.sM !== true);
    expect(whole.length).toBeGreaterThan(0);
    for (const f of whole) expect(f).not.toHaveProperty('messageId');
    const chunks = live.filter((f) => f.sM === true);
    expect(chunks.every((f) => typeof f.messageId === 'string')).toBe(true);
    const liveText = JSON.stringify(socket.frames);
    const first = await historyOf(p, grant);
    const second = await historyOf(p, grant);
    expect(first.map((h) => h._id)).toEqual(second.map((h) => h._id)); // stable across reads
    const stored = new Set(p.store.messagesOf(grant.userId).map((m) => m.messageId));
    for (const item of first) {
      expect(stored.has(String(item._id))).toBe(false);
      expect(liveText).not.toContain(String(item._id));
      const component = (item.components as { _id: string }[])[0];
      expect(liveText).not.toContain(String(component?._id));
    }
    expect(first.filter((h) => h.type === 'incoming').map((h) => h.userMsgId)).toEqual(['n-1', 'n-2']);
    socket.close();
  });

  it('keeps ids in the default mode: history _id equals the live messageId', async () => {
    const p = await start({});
    const { socket, grant } = await connect(p, 'ids@example.com');
    socket.sendMessage('i-1', 'hello');
    const answer = await socket.waitFor((f) => f.type === 'bot_response');
    await sleep(100);
    expect((await historyOf(p, grant)).map((h) => h._id)).toContain(answer.messageId);
    socket.close();
  });
});

describe('--no-history-user-msg-id (historyUserMsgId: false)', () => {
  it('leaves userMsgId out of history; the admin API still knows the client ids', async () => {
    const p = await start({ historyUserMsgId: false });
    const { socket, grant } = await connect(p, 'nousermsgid@example.com');
    socket.sendMessage('u-1', 'hello');
    await socket.waitFor(isAckFor('u-1'));
    await sleep(50);
    const items = await historyOf(p, grant);
    const incoming = items.filter((h) => h.type === 'incoming');
    expect(incoming).toHaveLength(1);
    expect(incoming[0]).not.toHaveProperty('userMsgId');
    const admin = await call(p, 'GET', `/admin/messages?identity=nousermsgid@example.com`);
    const rows = admin.body.messages as { clientMessageId: string | null; historyId: string; direction: string }[];
    expect(rows.find((r) => r.direction === 'incoming')).toMatchObject({ clientMessageId: 'u-1', historyId: incoming[0]?._id });
    socket.close();
  });
});

describe('--strict (strict: true)', () => {
  it('is all three at once, and an explicit option wins over it', async () => {
    const p = await start({ strict: true });
    expect(p.options).toMatchObject({ dedupe: false, messageIds: false, historyUserMsgId: false });
    const { grant, frames } = await sendTwice(p, 'strict@example.com');
    expect(echoes(frames)).toHaveLength(2);
    for (const f of echoes(frames)) expect(f).not.toHaveProperty('messageId');
    const items = await historyOf(p, grant);
    expect(items.some((h) => 'userMsgId' in h)).toBe(false);
    expect(p.counters.sentTwice).toBe(1);
    await p.close();
    platform = await startLocalPlatform({ strict: true, dedupe: true });
    expect(platform.options).toMatchObject({ dedupe: true, messageIds: false, historyUserMsgId: false });
  });
});
