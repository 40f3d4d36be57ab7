import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform } from './server.js';
import type { LocalPlatform } from './server.js';
import { call, demoJwt, sleep, TestSocket } from './testing/harness.js';
import { DEMO_BOT } from './constants.js';

const SOCKETS = 200;
const MESSAGES = 20;

let platform: LocalPlatform;
beforeAll(async () => {
  // One answer per message keeps the count exact: every message is answered by the echo fallback.
  platform = await startLocalPlatform({ botScript: { intents: [], fallback: [{ text: 'You said: {{text}}' }] } });
});
afterAll(() => platform.close());

async function openClient(i: number): Promise<{ socket: TestSocket; userId: string }> {
  const granted = await call(platform, 'POST', '/api/oAuth/token/jwtgrant', { assertion: demoJwt(`load-${i}@example.com`), botInfo: DEMO_BOT });
  const token = (granted.body.authorization as { accessToken: string }).accessToken;
  const started = await call(platform, 'POST', '/api/rtm/start', {}, { authorization: `bearer ${token}` });
  return { socket: await TestSocket.open(String(started.body.url)), userId: (granted.body.userInfo as { userId: string }).userId };
}

describe('load', () => {
  it(`${SOCKETS} concurrent sockets x ${MESSAGES} messages: each acked once, stored once, answered once`, async () => {
    const clients = await Promise.all(Array.from({ length: SOCKETS }, (_, i) => openClient(i)));
    await Promise.all(
      clients.map(async ({ socket }, c) => {
        for (let m = 0; m < MESSAGES; m += 1) socket.sendMessage(`c${c}-m${m}`, `message ${m} from ${c}`);
        await socket.waitFor((f) => f.type === 'bot_response', 30_000, MESSAGES);
      }),
    );
    await sleep(150); // let any stray duplicate arrive before counting
    for (const [c, { socket, userId }] of clients.entries()) {
      const acks = socket.of('ack').map((f) => f.replyto);
      expect(acks).toHaveLength(MESSAGES);
      expect(new Set(acks)).toEqual(new Set(Array.from({ length: MESSAGES }, (_, m) => `c${c}-m${m}`)));
      const answers = socket.of('bot_response').map((f) => (f.message as { cInfo: { body: string } }[])[0]?.cInfo.body);
      expect(answers).toHaveLength(MESSAGES);
      expect(new Set(answers).size).toBe(MESSAGES);
      const stored = platform.store.messagesOf(userId);
      expect(stored.filter((r) => r.direction === 'incoming')).toHaveLength(MESSAGES);
      expect(stored.filter((r) => r.direction === 'outgoing')).toHaveLength(MESSAGES);
      expect(socket.of('error')).toHaveLength(0);
    }
    expect(platform.store.stats()).toMatchObject({ incoming: SOCKETS * MESSAGES, outgoing: SOCKETS * MESSAGES });
    for (const { socket } of clients) socket.close();
  }, 120_000);
});
