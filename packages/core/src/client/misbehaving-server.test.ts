// Integration: the real client, real `ws` sockets and real HTTP against a raw server that misbehaves on
// purpose. Every scenario ends with the same checks: each message the user sent reached the server exactly once
// (the server, like the real platform, keeps no client ids, so a second copy would be a second bot turn), is
// stored once, and is shown exactly once (as `sent`) in the client's store.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { ChatClient, WebSocketConstructor } from '../types';
import { createChatClient } from './create-client';
import { memoryStorage } from '../test-support/fakes';

interface Faults {
  dropBeforeAck?: number; // drop the socket on receiving this many first-time messages, before acking
  dropAfterAck?: number; // ack, then drop before the bot answers
  loseAcks?: number; // store but do not ack
  reverseAcks?: boolean; // hold acks and release them in reverse order, three at a time
  duplicateBotResponse?: boolean;
  refuseUpgrades?: number; // the URL "used late": the upgrade is refused
  rtm401?: number;
  malformed?: boolean;
}

function rawServer(faults: Faults) {
  const stored: Array<{ id: string; body: string }> = [];
  /** Every user message frame the server read, repeats included. */
  const received: string[] = [];
  const history: Array<Record<string, unknown>> = [];
  const tickets = new Set<string>();
  let grants = 0;
  let heldAcks: Array<() => void> = [];
  let http: Server;
  let wss: WebSocketServer;
  let port = 0;

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/api/1.1/oAuth/token/jwtgrant') {
      grants++;
      const now = Date.now();
      return json(res, 200, { authorization: { accessToken: `t${grants}`, expiresDate: new Date(now + 3600_000).toISOString(), issuedDate: new Date(now).toISOString() }, userInfo: { userId: 'u', identity: 'i' } });
    }
    if (url.pathname === '/api/1.1/rtm/start') {
      if (faults.rtm401 && faults.rtm401-- > 0) return json(res, 401, { errors: [{ msg: 'token expired', code: 'TOKEN_EXPIRED' }] });
      const sid = Math.random().toString(36).slice(2);
      tickets.add(sid);
      return json(res, 200, { url: `ws://127.0.0.1:${port}/rtm/bot?sid=${sid}` });
    }
    if (url.pathname === '/api/botmessages/rtm') {
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      const end = Math.max(0, history.length - offset);
      const start = Math.max(0, end - limit);
      return json(res, 200, { total: history.length, moreAvailable: start > 0, messages: history.slice(start, end) });
    }
    json(res, 404, { errors: [{ msg: 'no such path' }] });
  };

  function onMessage(ws: WebSocket, raw: string) {
    const frame = JSON.parse(raw) as { type?: string; clientMessageId?: string; message?: { body: string } };
    if (frame.type === 'ping') return ws.send(JSON.stringify({ type: 'pong' }));
    const id = String(frame.clientMessageId);
    received.push(id);
    const fresh = !stored.some((m) => m.id === id);
    if (fresh) {
      stored.push({ id, body: frame.message?.body ?? '' });
      history.push({ _id: `ms-u-${id}`, type: 'incoming', userMsgId: id, components: [{ cT: 'text', data: { text: frame.message?.body } }], timestampValue: Date.now() });
      // The bot answers every stored message, whether or not this socket survives to deliver it.
      history.push({ _id: `ms-b-${id}`, type: 'outgoing', components: [{ cT: 'text', data: { text: `echo: ${frame.message?.body}` } }], timestampValue: Date.now() + 1 });
    }
    // Stored (and answered in history), but the socket dies before the ack.
    if (fresh && faults.dropBeforeAck && faults.dropBeforeAck-- > 0) return ws.terminate();
    const answer = { type: 'bot_response', from: 'bot', messageId: `ms-b-${id}`, message: [{ type: 'text', cInfo: { body: `echo: ${frame.message?.body}` } }], createdOn: new Date().toISOString() };
    if (faults.malformed) for (const junk of ['{oops', '[]', '{"type":"nope"}', '{"type":"ack"}', '"str"']) ws.send(junk);
    const ack = () => ws.send(JSON.stringify({ ok: true, type: 'ack', replyto: id, message: 'delivered' }));
    if (fresh && faults.loseAcks && faults.loseAcks-- > 0) {
      // no ack: the client must resend the same id, and we must not store it twice
    } else if (faults.reverseAcks) {
      heldAcks.push(ack);
      if (heldAcks.length === 3) {
        for (const release of heldAcks.reverse()) release();
        heldAcks = [];
      }
    } else ack();
    if (!fresh) return;
    if (faults.dropAfterAck && faults.dropAfterAck-- > 0) return ws.terminate();
    setTimeout(() => {
      if (ws.readyState !== WebSocket.OPEN) return;
      ws.send(JSON.stringify(answer));
      if (faults.duplicateBotResponse) ws.send(JSON.stringify(answer));
    }, 5);
  }

  function listen(p: number): Promise<void> {
    http = createServer(handle);
    wss = new WebSocketServer({ noServer: true });
    http.on('upgrade', (req, socket, head) => {
      const sid = new URL(req.url ?? '/', 'http://x').searchParams.get('sid') ?? '';
      const refuse = faults.refuseUpgrades && faults.refuseUpgrades-- > 0;
      if (!tickets.delete(sid) || refuse) {
        socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        ws.on('message', (data) => onMessage(ws, String(data)));
      });
    });
    return new Promise((resolve) => http.listen(p, '127.0.0.1', () => {
      port = (http.address() as AddressInfo).port;
      resolve();
    }));
  }
  async function close() {
    for (const ws of wss.clients) ws.terminate();
    await new Promise<void>((r) => wss.close(() => r()));
    http.closeAllConnections();
    await new Promise<void>((r) => http.close(() => r()));
  }
  return {
    stored,
    received,
    start: () => listen(0),
    restart: async () => {
      await close();
      await new Promise((r) => setTimeout(r, 50));
      await listen(port);
    },
    close,
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
  };
}

const clients: ChatClient[] = [];
let server: ReturnType<typeof rawServer> | null = null;
afterEach(async () => {
  for (const c of clients.splice(0)) c.stop();
  await server?.close();
  server = null;
});

async function until(check: () => boolean, what: string, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function scenario(faults: Faults, count = 3, between?: (i: number) => Promise<void>) {
  server = rawServer(faults);
  await server.start();
  const client = createChatClient({
    apiHost: server.origin,
    botInfo: { chatBot: 'raw', taskBotId: 'st-raw' },
    getJwt: async () => 'jwt',
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    storage: memoryStorage(),
    backoff: { baseMs: 20, maxMs: 100 },
    ackTimeoutMs: 250,
    heartbeat: { intervalMs: 1000, timeoutMs: 1000 },
  });
  clients.push(client);
  await client.start();
  expect(client.store.getState().connection.status).toBe('open');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(client.send(`message ${i}`));
    await between?.(i);
  }
  const state = () => client.store.getState();
  await until(() => ids.every((id) => state().messages.find((m) => m.id === id)?.status === 'sent'), 'every message to be sent');
  await until(() => ids.every((id) => state().messages.some((m) => m.id === `ms-b-${id}`)), 'every answer');
  await new Promise((r) => setTimeout(r, 300)); // let late duplicates arrive, if any
  const s = server;
  expect(s.stored.map((m) => m.id).sort()).toEqual([...ids].sort());
  expect(s.received.filter((id, i) => s.received.indexOf(id) !== i)).toEqual([]); // sent twice: none
  for (const id of ids) {
    expect(state().messages.filter((m) => m.id === id)).toHaveLength(1);
    expect(state().messages.filter((m) => m.id === `ms-b-${id}`)).toHaveLength(1);
  }
  expect(new Set(state().messages.map((m) => m.id)).size).toBe(state().messages.length);
  return { client, state };
}

describe('against a misbehaving raw ws server', () => {
  it('socket dropped before the ack', async () => {
    await scenario({ dropBeforeAck: 2 });
  });
  it('socket dropped after the ack, before the answer (the answer comes from the history re-sync)', async () => {
    await scenario({ dropAfterAck: 2 });
  });
  it('ack lost: the message is found in history and never written twice', async () => {
    await scenario({ loseAcks: 2 });
  });
  it('acks out of order', async () => {
    await scenario({ reverseAcks: true }, 3);
  });
  it('bot_response delivered twice', async () => {
    await scenario({ duplicateBotResponse: true });
  });
  it('URL used late: the upgrade is refused, a fresh rtm/start follows', async () => {
    await scenario({ refuseUpgrades: 2 });
  });
  it('401 from rtm/start: a new grant, then connect', async () => {
    await scenario({ rtm401: 1 });
  });
  it('malformed frames are counted and dropped', async () => {
    const { state } = await scenario({ malformed: true }, 2);
    expect(state().droppedFrames).toBeGreaterThanOrEqual(8);
  });
  it('server restart in the middle of a conversation', async () => {
    await scenario({}, 3, async (i) => {
      if (i === 0) await server?.restart();
    });
  });
});
