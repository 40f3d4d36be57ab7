// A chat from Node against the local platform:
//   node packages/local-platform/bin/xo-local-platform.js &   (listens on http://127.0.0.1:3917)
//   pnpm exec tsx --conditions=source packages/core/examples/node-chat.ts "hello"
import { createChatClient, selectMessages } from '@xo-chat/core';
import type { WebSocketConstructor } from '@xo-chat/core';
import { WebSocket } from 'ws';

const apiHost = process.env.XO_API_HOST ?? 'http://127.0.0.1:3917';
const text = process.argv[2] ?? 'hello';

const client = createChatClient({
  apiHost,
  botInfo: { chatBot: 'XO Demo', taskBotId: 'st-xo-demo' },
  // Your backend signs the JWT; the local platform's development endpoint does it here.
  getJwt: async () => {
    const res = await fetch(`${apiHost}/users/sts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identity: 'node-example@xo-chat.local' }),
    });
    return ((await res.json()) as { jwt: string }).jwt;
  },
  WebSocket: WebSocket as unknown as WebSocketConstructor,
  storage: null, // no localStorage in Node: pending messages live in memory only
});

client.on('connection', (c) => console.log(`[connection] ${c.status}${c.status === 'failed' ? `: ${c.reason}` : ''}`));
client.on('delivered', ({ id }) => console.log(`[delivered] ${id}`));
client.on('message', (m) => {
  for (const part of m.parts) {
    if (part.type === 'text') console.log(`[${m.from}] ${part.text}`);
    else if (part.type === 'template') console.log(`[${m.from}] <${part.templateType}> ${part.fallbackText}`);
    else console.log(`[${m.from}] ${part.kind}: ${part.url}`);
  }
});

await client.start();
if (client.store.getState().connection.status !== 'open') process.exit(1);
console.log(`history: ${selectMessages(client.store.getState()).length} messages`);
client.send(text);
setTimeout(() => client.stop(), 2000);
