// The real client against the local platform in its strictest mode (`strict`: it keeps no client ids, live bot
// frames carry no messageId, history has no userMsgId) under the faults that lose acks: socket drops before and
// after the ack, lost and late acks, a restart and short-lived tokens. Whatever happens, no message reaches the
// platform twice (its `sentTwice` counter), none is lost, and nothing is shown twice.
import { DEMO_BOT, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, signJwt, startLocalPlatform, type LocalPlatform } from '@xo-chat/local-platform';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { memoryStorage } from '../test-support/fakes';
import type { ChatClient, WebSocketConstructor } from '../types';
import { createChatClient } from './create-client';
import { until, pause } from '../test-support/waiting';

let platform: LocalPlatform;
const clients: ChatClient[] = [];
beforeAll(async () => {
  platform = await startLocalPlatform({ strict: true, faults: true, tokenTtlMs: 4000, replyDelayMs: 0 });
});
afterAll(async () => {
  for (const c of clients.splice(0)) c.stop();
  await platform.close();
});
beforeEach(() => platform.faults.reset());


function client(identity: string, storage = memoryStorage()): ChatClient {
  const c = createChatClient({
    apiHost: platform.url,
    botInfo: DEMO_BOT,
    getJwt: async () => signJwt({ clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET, identity }),
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    storage,
    ackTimeoutMs: 800,
    backoff: { baseMs: 50, maxMs: 300 },
    heartbeat: { intervalMs: 2000, timeoutMs: 2000 },
  });
  clients.push(c);
  return c;
}

/** Sends `texts`, running `fault` before each; then checks the platform and the window. */
async function scenario(name: string, texts: string[], fault: (i: number, userId: string) => void | Promise<void>) {
  const identity = `strict-${name}-${Date.now()}@test`;
  const storage = memoryStorage();
  const c = client(identity, storage);
  await c.start();
  const userId = c.store.getState().user?.userId ?? '';
  const twiceBefore = platform.counters.sentTwice;
  const ids: string[] = [];
  for (const [i, text] of texts.entries()) {
    await fault(i, userId);
    ids.push(c.send(text));
    await pause(60);
  }
  const state = () => c.store.getState();
  await until(() => ids.every((id) => state().messages.find((m) => m.id === id)?.status === 'sent'), `${name}: every message sent`);
  // The demo bot greets a user's first message and echoes the others.
  await until(() => texts.slice(1).every((t) => state().messages.some((m) => m.from === 'bot' && m.parts.some((p) => p.type === 'text' && p.text.includes(t)))), `${name}: every answer`);
  await pause(1500); // late acks, resyncs and duplicate deliveries, if any, arrive now

  // The platform: each message once, nothing written twice.
  expect(platform.counters.sentTwice - twiceBefore).toBe(0);
  const incoming = platform.store.messagesOf(userId).filter((r) => r.direction === 'incoming').map((r) => r.text);
  expect(incoming.sort()).toEqual([...texts].sort());
  // The window: each user message once, each answer once.
  const shown = state().messages;
  for (const text of texts) {
    expect(shown.filter((m) => m.from === 'user' && m.parts.some((p) => p.type === 'text' && p.text === text))).toHaveLength(1);
  }
  const botTexts = shown.filter((m) => m.from === 'bot').map((m) => JSON.stringify(m.parts));
  expect(botTexts.length).toBe(new Set(botTexts).size);
  c.stop();

  // A reload (a new client, same storage) shows the same conversation, once, from history whose ids differ.
  const again = client(identity, storage);
  await again.start();
  await pause(300);
  const reloaded = again.store.getState().messages;
  for (const text of texts) expect(reloaded.filter((m) => m.from === 'user' && m.parts.some((p) => p.type === 'text' && p.text === text))).toHaveLength(1);
  again.stop();
}

describe('against the local platform in strict mode (no client ids kept, no message ids, no userMsgId)', { timeout: 60_000 }, () => {
  it('lost acks', async () => {
    await scenario('lost-acks', ['la one', 'la two', 'la three', 'la four'], (i) => {
      if (i === 0) platform.faults.settings.loseNextAcks = 3;
    });
  });

  it('late acks (later than the ack timeout)', async () => {
    await scenario('late-acks', ['late one', 'late two', 'late three'], (i) => {
      platform.faults.settings.ackDelayMs = i < 2 ? 2500 : 0;
    });
  });

  it('the socket drops right after a message arrives, before its ack, and after it', async () => {
    await scenario('drops', ['drop one', 'drop two', 'drop three', 'drop four'], (i, userId) => {
      // 1: the ack is the next frame (dropped before it); 2: the ack goes, the answer does not.
      if (i === 0 || i === 2) platform.faults.settings.dropUserAfterFrames[userId] = i === 0 ? 1 : 2;
    });
  });

  it('a restart in the middle, with tokens that expire every 4 s', async () => {
    await scenario('restart', ['rs one', 'rs two', 'rs three', 'rs four'], async (i) => {
      if (i === 2) {
        platform.faults.settings.loseNextAcks = 1;
        await pause(100);
        void platform.restart();
      }
      if (i === 3) await pause(4500); // the token expires before the last message
    });
  });
});
