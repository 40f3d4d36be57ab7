import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOT } from '../constants.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { TestSocket, connect, isAckFor, rtmStart, sleep } from '../testing/harness.js';
import type { Frame } from '../testing/harness.js';

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform();
});
afterAll(() => platform.close());

const botFrames = (s: TestSocket) => s.of('bot_response');
const firstPart = (f: Frame) => (f.message as Record<string, unknown>[])[0] as {
  type: string;
  cInfo: { body: string };
  component: { type: string; payload: Record<string, unknown> };
};

describe('/bot.message', () => {
  it('acks with replyto exactly as sent, then answers with a seed-shaped bot_response', async () => {
    const { socket } = await connect(platform, 'ack@example.com');
    socket.sendMessage(1466692440896, 'hello there');
    const ack = await socket.waitFor(isAckFor(1466692440896));
    expect(ack).toEqual({ type: 'ack', ok: true, replyto: 1466692440896, message: 'delivered' });
    const answer = await socket.waitFor((f) => f.type === 'bot_response');
    expect(socket.frames.indexOf(ack)).toBeLessThan(socket.frames.indexOf(answer));
    expect(answer).toMatchObject({
      type: 'bot_response',
      from: 'bot',
      botInfo: DEMO_BOT,
      createdOn: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      icon: expect.stringMatching(/\/assets\/bot-icon\.svg$/),
      messageId: expect.stringMatching(/^ms-/),
      timestamp: expect.any(Number),
    });
    socket.sendMessage('string-id-1', 'echo me please');
    expect(await socket.waitFor(isAckFor('string-id-1'))).toMatchObject({ replyto: 'string-id-1' });
    const echo = await socket.waitFor((f) => f.type === 'bot_response' && firstPart(f).cInfo.body.startsWith('You said'));
    expect(firstPart(echo)).toEqual({
      type: 'text',
      cInfo: { body: 'You said: echo me please' },
      component: { type: 'text', payload: { text: 'You said: echo me please' } },
    });
    socket.close();
  });

  it('greets the first message with a menu whose postbacks are intents', async () => {
    const { socket } = await connect(platform, 'first@example.com');
    socket.sendMessage('m1', 'good morning');
    const menu = await socket.waitFor((f) => f.type === 'bot_response' && firstPart(f).component.type === 'template');
    const template = firstPart(menu).component.payload as { type: string; payload: { template_type: string; buttons: { payload: string }[] } };
    expect(template.type).toBe('template');
    expect(template.payload.template_type).toBe('button');
    expect(JSON.parse(firstPart(menu).cInfo.body)).toEqual(template);
    expect(template.payload.buttons.map((b) => b.payload)).toEqual(
      expect.arrayContaining(['carousel', 'quick_replies', 'stream', 'system', 'wait', 'file']),
    );
    socket.close();
  });

  it('streams chunks that share a messageId and end with endChunk', async () => {
    const { socket } = await connect(platform, 'stream@example.com');
    socket.sendMessage('s1', 'stream');
    const last = await socket.waitFor((f) => f.type === 'bot_response' && f.endChunk === true);
    const chunks = botFrames(socket).filter((f) => f.messageId === last.messageId);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((f) => f.sM === true)).toBe(true);
    expect(chunks.filter((f) => f.endChunk).length).toBe(1);
    expect(chunks.map((f) => firstPart(f).cInfo.body).join('')).toContain('The end.');
    socket.close();
  });

  it('acks a repeated clientMessageId again but stores and answers it once', async () => {
    const { socket, grant } = await connect(platform, 'dup@example.com');
    socket.sendMessage('dup-1', 'menu');
    await socket.waitFor(isAckFor('dup-1'));
    await socket.waitFor((f) => f.type === 'bot_response', 5000, 2);
    const answered = botFrames(socket).length;
    socket.sendMessage('dup-1', 'menu');
    await socket.waitFor(isAckFor('dup-1'), 5000, 2);
    await sleep(100);
    expect(botFrames(socket).length).toBe(answered);
    expect(platform.store.messagesOf(grant.userId).filter((m) => m.clientMessageId === 'dup-1')).toHaveLength(1);
    socket.close();
  });

  it('shows the message to the user\u2019s other sockets as user_message, with renderMsg', async () => {
    const a = await connect(platform, 'fan@example.com');
    const start = await rtmStart(platform, a.grant.accessToken);
    const b = await TestSocket.open(String(start.body.url));
    const stranger = await connect(platform, 'stranger@example.com');
    a.socket.sendMessage(77, 'carousel', 'Carousel');
    const seen = await b.waitFor((f) => f.type === 'user_message');
    expect(seen).toEqual({
      type: 'user_message',
      from: 'self',
      message: { body: 'carousel', attachments: [], renderMsg: 'Carousel' },
      id: 77,
      botInfo: DEMO_BOT,
    });
    await b.waitFor((f) => f.type === 'bot_response');
    await sleep(50);
    expect(a.socket.of('user_message')).toHaveLength(0);
    expect(stranger.socket.frames).toHaveLength(0);
    for (const s of [a.socket, b, stranger.socket]) s.close();
  });
});

describe('other frames', () => {
  it('answers ping with pong', async () => {
    const { socket } = await connect(platform, 'ping@example.com');
    socket.send({ type: 'ping', resourceid: '/bot.message', botInfo: DEMO_BOT, id: 1 });
    expect(await socket.waitFor((f) => f.type === 'pong')).toEqual({ type: 'pong' });
    socket.close();
  });

  it('answers malformed and unknown frames with an error frame and stays open', async () => {
    const { socket } = await connect(platform, 'bad@example.com');
    socket.send('{not json');
    socket.send({ resourceid: '/bot.nothing' });
    socket.send({ resourceid: '/bot.message', message: { body: 'x' } });
    socket.send({ resourceid: '/bot.message', clientMessageId: 5, message: { body: '' } });
    socket.send([1, 2]);
    socket.ws.send(Buffer.from([1, 2, 3]));
    await socket.waitFor((f) => f.type === 'error', 5000, 6);
    expect(socket.of('error').map((f) => (f.error as { code: string }).code)).toEqual([
      'MALFORMED_JSON',
      'UNKNOWN_FRAME',
      'INVALID_MESSAGE',
      'EMPTY_MESSAGE',
      'UNKNOWN_FRAME',
      'BINARY_FRAME',
    ]);
    socket.sendMessage('after', 'still here?');
    await socket.waitFor(isAckFor('after'));
    socket.send({ event: 'typing' });
    socket.send({ clientMessageId: 'end-1', resourceid: '/bot.closeConversationSession', botInfo: DEMO_BOT });
    await socket.waitFor(isAckFor('end-1'));
    expect(socket.of('error')).toHaveLength(6);
    socket.close();
  });

  it('closes with 1009 on a frame over 64 KB', async () => {
    const { socket } = await connect(platform, 'big@example.com');
    socket.sendMessage('big', 'x'.repeat(65 * 1024));
    expect((await socket.closed).code).toBe(1009);
  });

  it('accepts a frame just under 64 KB', async () => {
    const { socket } = await connect(platform, 'nearly@example.com');
    socket.sendMessage('nearly', 'y'.repeat(60 * 1024));
    await socket.waitFor(isAckFor('nearly'));
    socket.close();
  });
});
