// The real local platform (HTTP, ws, SQLite, the demo bot) for the tests that run ChatWindow with a real client:
// what it stored and how many sockets are open are read from it, not from the client under test.
import { DEMO_BOT, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, signJwt, startLocalPlatform } from '@xo-chat/local-platform';
import type { LocalPlatform } from '@xo-chat/local-platform';
import type { ChatClientOptions, WebSocketConstructor } from '@xo-chat/core';
import { WebSocket } from 'ws';

export type { LocalPlatform };
export { startLocalPlatform };

/**
 * Client options for a new person on `platform`: Node's `ws` (jsdom's socket mixes Node and jsdom events) and
 * jsdom's localStorage, unless overridden.
 */
export function personOn(platform: LocalPlatform, identity: string, extra: Partial<ChatClientOptions> = {}): ChatClientOptions {
  return {
    apiHost: platform.url,
    botInfo: DEMO_BOT,
    getJwt: async () => signJwt({ clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET, identity }),
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    ...extra,
  };
}

export function userIdOf(platform: LocalPlatform, identity: string): string | undefined {
  return platform.store.findUser(identity)?.userId;
}

/** Sockets the platform has open for this person. */
export function socketsOf(platform: LocalPlatform, identity: string): number {
  const userId = userIdOf(platform, identity);
  return userId ? (platform.stats()['openSocketsByUser'] as Record<string, number>)[userId] ?? 0 : 0;
}

/** The texts this person sent, as the platform stored them (one row per message it took in). */
export function storedFrom(platform: LocalPlatform, identity: string): string[] {
  const userId = userIdOf(platform, identity);
  return userId ? platform.store.messagesOf(userId).filter((m) => m.direction === 'incoming').map((m) => m.text) : [];
}
