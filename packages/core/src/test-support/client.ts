// A real client over the fakes in ./fakes.ts, shared by the client and hostile-input tests.
import { vi } from 'vitest';
import { createChatClient } from '../client/create-client';
import type { ChatClientOptions, DiagnosticEvent } from '../types';
import { fakePlatform, fakeSockets, memoryStorage } from './fakes';

export const testBotInfo = { chatBot: 'Demo', taskBotId: 'st-1' };

/** Advances the fake clock and lets promises settle. */
export const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

export function testClient(extra: Partial<ChatClientOptions> = {}, platform = fakePlatform()) {
  const sockets = fakeSockets();
  const storage = memoryStorage();
  const diagnostics: DiagnosticEvent[] = [];
  const getJwt = vi.fn(async () => `jwt-${getJwt.mock.calls.length}`);
  const client = createChatClient({
    apiHost: 'https://xo.test',
    botInfo: testBotInfo,
    getJwt,
    WebSocket: sockets.WebSocket,
    fetch: platform.fetch,
    storage,
    onDiagnostic: (e) => diagnostics.push(e),
    ...extra,
  });
  return { client, platform, sockets, storage, diagnostics, getJwt, state: () => client.store.getState() };
}

/** A test client whose socket has opened. */
export async function connectedClient(extra: Partial<ChatClientOptions> = {}, platform = fakePlatform()) {
  const t = testClient(extra, platform);
  void t.client.start();
  await tick();
  t.sockets.last().open();
  await tick();
  return t;
}
