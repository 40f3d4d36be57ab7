import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceiptRow } from '../store/receipts.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { call, connect, isAckFor, sleep } from '../testing/harness.js';
import type { Frame } from '../testing/harness.js';

// Three parts in one answer, sent at once: each must still get its own key and an increasing timestamp.
const script = {
  intents: [{ name: 'three', match: ['three'], replies: [{ text: 'one' }, { text: 'two' }, { template: { template_type: 'button', text: 'three', buttons: [] } }] }],
  fallback: [{ text: 'You said: {{text}}' }],
};

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform({ botScript: script, faults: true });
});
afterAll(() => platform.close());

describe('bot_response key and timestamps', () => {
  it('gives every frame a unique key and each part of one answer a distinct, increasing timestamp', async () => {
    const { socket } = await connect(platform, 'keys@example.com');
    socket.sendMessage('k-1', 'three');
    await socket.waitFor((f) => f.type === 'bot_response', 5000, 3);
    const frames = socket.of('bot_response');
    const keys = frames.map((f) => f.key);
    expect(keys.every((k) => typeof k === 'string' && k.length > 0)).toBe(true);
    expect(new Set(keys).size).toBe(3);
    const times = frames.map((f) => f.timestamp as number);
    expect(times[0]! < times[1]! && times[1]! < times[2]!).toBe(true);
    expect(frames.map((f) => Date.parse(String(f.createdOn)))).toEqual(times);
    socket.close();
  });
});

describe('client delivery receipts', () => {
  it('accepts {type: "ack", status} quietly and records them, resolved to the bot message', async () => {
    const { socket, grant } = await connect(platform, 'receipts@example.com');
    socket.sendMessage('r-1', 'three');
    await socket.waitFor(isAckFor('r-1'));
    await socket.waitFor((f) => f.type === 'bot_response', 5000, 3);
    const [first, second] = socket.of('bot_response') as [Frame, Frame];
    // As Kore's web SDK sends them: replyto and clientMessageId are the frame's timestamp, key echoed.
    socket.send({ clientMessageId: first.timestamp, type: 'ack', replyto: first.timestamp, status: 'delivered', key: first.key, id: 1 });
    socket.send({ type: 'ack', replyto: second.timestamp, status: 'read', id: 2 });
    socket.sendMessage('r-2', 'hello');
    await socket.waitFor(isAckFor('r-2'));
    await sleep(50);
    expect(socket.of('error')).toEqual([]);
    const res = await call(platform, 'GET', `/admin/receipts?identity=receipts@example.com`);
    expect(res.status).toBe(200);
    const receipts = res.body.receipts as ReceiptRow[];
    expect(receipts).toHaveLength(2);
    expect(receipts[0]).toMatchObject({
      userId: grant.userId,
      status: 'delivered',
      replyto: String(first.timestamp),
      key: first.key,
      frameId: '1',
      messageId: first.messageId,
    });
    expect(receipts[1]).toMatchObject({ status: 'read', key: null, messageId: second.messageId });
    expect(platform.counters.errorFrames).toBe(0);
    socket.close();
  });

  it('answers a malformed receipt with a readable error frame', async () => {
    const { socket } = await connect(platform, 'bad-receipt@example.com');
    socket.send({ type: 'ack', status: 'seen', replyto: 1 });
    const error = await socket.waitFor((f) => f.type === 'error');
    expect(error).toMatchObject({ error: { code: 'INVALID_RECEIPT' } });
    socket.send({ type: 'ack', status: 'delivered' });
    const second = await socket.waitFor((f) => f.type === 'error', 5000, 2);
    expect(JSON.stringify(second)).toContain('replyto');
    socket.close();
  });
});

describe('history icon', () => {
  it('puts the bot icon URL at the top of every history answer', async () => {
    const { grant } = await connect(platform, 'icon@example.com');
    const res = await call(platform, 'GET', '/api/botmessages/rtm?botId=st-xo-demo', undefined, { authorization: `bearer ${grant.accessToken}` });
    expect(res.status).toBe(200);
    expect(res.body.icon).toBe(`${platform.url}/assets/bot-icon.svg`);
  });
});
