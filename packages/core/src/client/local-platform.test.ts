// Integration with @xo-chat/local-platform: real HTTP, real `ws`, real SQLite, the scripted demo bot.
import { DEMO_BOT, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, signJwt, startLocalPlatform, type LocalPlatform } from '@xo-chat/local-platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { memoryStorage } from '../test-support/fakes';
import type { ChatClient, ChatClientOptions, WebSocketConstructor } from '../types';
import { createChatClient } from './create-client';
import { until } from '../test-support/waiting';

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform();
});
afterAll(async () => {
  await platform.close();
});


function client(identity: string, extra: Partial<ChatClientOptions> = {}): ChatClient {
  return createChatClient({
    apiHost: platform.url,
    botInfo: DEMO_BOT,
    getJwt: async () => signJwt({ clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET, identity }),
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    storage: memoryStorage(),
    ...extra,
  });
}

describe('against the local platform', () => {
  it('connects, sends, gets the ack and a bot answer, and a reload shows it all from history', async () => {
    const identity = `core-it-${Date.now()}@test`;
    const first = client(identity);
    await first.start();
    expect(first.store.getState().connection.status).toBe('open');
    expect(first.store.getState().user?.identity).toBeTruthy();
    const id = first.send('hello there');
    const state = () => first.store.getState();
    await until(() => state().messages.find((m) => m.id === id)?.status === 'sent', 'the ack');
    await until(() => state().messages.some((m) => m.from === 'bot'), 'a bot answer');
    await new Promise((r) => setTimeout(r, 300));
    const live = state().messages;
    first.stop();

    const second = client(identity);
    await second.start();
    const reloaded = second.store.getState().messages;
    expect(reloaded.filter((m) => m.id === id)).toHaveLength(1);
    expect(reloaded.find((m) => m.id === id)).toMatchObject({ from: 'user', fromHistory: true });
    const liveBotIds = live.filter((m) => m.from === 'bot').map((m) => m.id);
    expect(reloaded.filter((m) => liveBotIds.includes(m.id))).toHaveLength(liveBotIds.length);
    second.stop();
  });

  it("getJson reads a platform path with the access token, granting one first: the bot's branding, and a readable 404", async () => {
    const reader = client(`core-json-${Date.now()}@test`);
    await expect(reader.getJson(`/api/websdkthemes/${DEMO_BOT.taskBotId}/activetheme`)).resolves.toEqual({ activeTheme: false });
    await expect(reader.getJson('/api/websdkthemes/st-nobody/activetheme')).rejects.toThrow(/^\/api\/websdkthemes\/st-nobody\/activetheme failed: .+\(HTTP 404\)$/);
    reader.stop();
  });

  it('fails with a readable reason when the JWT is signed with the wrong secret', async () => {
    const bad = client('x@test', { getJwt: async () => signJwt({ clientId: DEMO_CLIENT_ID, clientSecret: 'wrong', identity: 'x@test' }) });
    await bad.start();
    const connection = bad.store.getState().connection;
    expect(connection.status).toBe('failed');
    if (connection.status === 'failed') expect(connection.reason).toMatch(/^jwtgrant failed: .+ \(HTTP 40\d\)$/);
    bad.stop();
  });
});
