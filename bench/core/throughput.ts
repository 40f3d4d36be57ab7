// Core throughput in Node: inbound frames through parse, normalize and store, and sends through the outbox to
// their acks, each on a real createChatClient over an in-memory socket.
//   pnpm exec tsx --conditions=source bench/core/throughput.ts   prints JSON, writes bench/results/core.json
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChatClient } from '@xo-chat/core';
import type { ChatClient } from '@xo-chat/core';
import { FakeSocket, fakeFetch } from './fake-network';
import { botResponseFrames } from './frames';

const COUNT = 10_000;
// Each phase stops at this deadline and reports how far it got (a slow core must not hang `pnpm bench`).
const DEADLINE_MS = Number(process.env.BENCH_CORE_DEADLINE_MS ?? 120_000);
const yieldToLoop = () => new Promise((r) => setImmediate(r));
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

async function startedClient(): Promise<{ client: ChatClient; socket: FakeSocket }> {
  FakeSocket.last = null;
  const client = createChatClient({
    apiHost: 'http://bench.invalid',
    botInfo: { chatBot: 'Bench Bot', taskBotId: 'st-bench' },
    getJwt: async () => 'bench.jwt',
    WebSocket: FakeSocket,
    fetch: fakeFetch,
    storage: null,
    heartbeat: { intervalMs: 3_600_000, timeoutMs: 3_600_000 },
  });
  await client.start();
  const socket = FakeSocket.last as FakeSocket | null;
  if (!socket || client.store.getState().connection.status !== 'open') {
    throw new Error(`client did not open its socket (state ${JSON.stringify(client.store.getState().connection)})`);
  }
  return { client, socket };
}

async function inbound() {
  const frames = botResponseFrames(COUNT);
  const { client, socket } = await startedClient();
  const started = performance.now();
  let delivered = 0;
  while (delivered < COUNT && performance.now() - started < DEADLINE_MS) {
    for (const end = Math.min(COUNT, delivered + 500); delivered < end; delivered++) socket.deliver(frames[delivered] as string);
  }
  await yieldToLoop();
  const ms = performance.now() - started;
  const { messages, droppedFrames } = client.store.getState();
  client.stop();
  const stored = messages.filter((m) => m.from === 'bot').length;
  if (stored !== delivered) throw new Error(`inbound: ${stored} of ${delivered} delivered bot messages in the store (${droppedFrames} dropped)`);
  return { frames: COUNT, completed: delivered, timedOut: delivered < COUNT, ms, framesPerSecond: (delivered / ms) * 1000, droppedFrames };
}

async function outboxRoundTrips() {
  const { client } = await startedClient();
  // The fake platform acks each user message on the next turn of the event loop, as a socket would.
  FakeSocket.onClientFrame = (socket, data) => {
    const frame = JSON.parse(data) as { clientMessageId?: string; type?: string };
    if (frame.clientMessageId) setImmediate(() => socket.deliver(JSON.stringify({ ok: true, replyto: frame.clientMessageId, type: 'ack', message: 'delivered' })));
  };
  let delivered = 0;
  const allDelivered = new Promise<void>((resolve) => {
    client.on('delivered', () => {
      if (++delivered === COUNT) resolve();
    });
  });
  const started = performance.now();
  let queued = 0;
  // Queue in slices, letting acks in between, and stop queueing at the deadline.
  while (queued < COUNT && performance.now() - started < DEADLINE_MS) {
    for (const end = Math.min(COUNT, queued + 200); queued < end; queued++) client.send(`message ${queued}`);
    await yieldToLoop();
  }
  const queuedMs = performance.now() - started;
  const deadline = new Promise<void>((r) => setTimeout(r, Math.max(0, DEADLINE_MS - queuedMs)).unref());
  if (queued === COUNT) await Promise.race([allDelivered, deadline]);
  const ms = performance.now() - started;
  const notSent = client.store.getState().messages.filter((m) => m.from === 'user' && m.status !== 'sent').length;
  client.stop();
  FakeSocket.onClientFrame = null;
  if (delivered === COUNT && notSent) throw new Error(`outbox: ${notSent} messages not marked sent after all acks`);
  return { sends: COUNT, queued, completed: delivered, timedOut: delivered < COUNT, queuedMs, ms, sendsPerSecond: (delivered / ms) * 1000 };
}

const result = { measuredAt: new Date().toISOString(), node: process.version, inbound: await inbound(), outbox: await outboxRoundTrips() };
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/core.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
