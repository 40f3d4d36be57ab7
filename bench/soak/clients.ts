// The soak's clients: real @xo-chat/core clients in Node over counting `ws` sockets, each with its own identity,
// in-memory outbox storage, and a record of when each message was sent and delivered.
import { createChatClient } from '@xo-chat/core';
import type { ChatClient, KeyValueStorage } from '@xo-chat/core';
import { countingWebSocket, type SocketCounters } from './counting-socket';

export const BOT_INFO = { chatBot: 'XO Demo', taskBotId: 'st-xo-demo' };

export interface SoakClient {
  identity: string;
  client: ChatClient;
  sockets: SocketCounters;
  sentIds: string[];
  sentAt: Map<string, number>;
  deliveredAt: Map<string, number>;
}

function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    // Enumerable, as localStorage is: the outbox keeps one key per pending message.
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

export function createSoakClient(apiHost: string, identity: string, onDiagnostic: (line: string) => void): SoakClient {
  const { WebSocket, counters } = countingWebSocket();
  const client = createChatClient({
    apiHost,
    botInfo: BOT_INFO,
    async getJwt() {
      const response = await fetch(`${apiHost}/users/sts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity }),
      });
      if (!response.ok) throw new Error(`users/sts answered ${response.status}`);
      return ((await response.json()) as { jwt: string }).jwt;
    },
    WebSocket,
    storage: memoryStorage(),
    storageKey: `soak:${identity}`,
    locale: 'en-US',
    onDiagnostic: (event) => onDiagnostic(`${identity} ${JSON.stringify(event)}`),
  });
  const soak: SoakClient = { identity, client, sockets: counters, sentIds: [], sentAt: new Map(), deliveredAt: new Map() };
  client.on('delivered', ({ id }) => {
    if (!soak.deliveredAt.has(id)) soak.deliveredAt.set(id, Date.now());
  });
  return soak;
}

export function sendOne(soak: SoakClient, text: string): void {
  const id = soak.client.send(text);
  soak.sentIds.push(id);
  soak.sentAt.set(id, Date.now());
}
