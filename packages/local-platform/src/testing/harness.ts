// Test helpers: a real HTTP client and a real `ws` socket that records frames. Used by the *.test.ts files.
import WebSocket from 'ws';
import { DEMO_BOT, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from '../constants.js';
import { signJwt } from '../jwt.js';
import type { SignJwtOptions } from '../jwt.js';
import type { LocalPlatform } from '../server.js';

export type Frame = Record<string, unknown> & { type?: string };

export async function call(
  platform: LocalPlatform,
  method: 'GET' | 'POST' | 'OPTIONS',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const init: RequestInit = { method, headers: { 'content-type': 'application/json', ...headers } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(`${platform.url}${path}`, init);
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: res.headers };
}

export interface Grant {
  accessToken: string;
  userId: string;
  assertion: string;
  identity: string;
}

export function demoJwt(identity: string, extra: Partial<SignJwtOptions> = {}): string {
  return signJwt({ clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET, identity, ...extra });
}

export async function grant(platform: LocalPlatform, identity: string, extra: Partial<SignJwtOptions> = {}): Promise<Grant> {
  const assertion = demoJwt(identity, extra);
  const res = await call(platform, 'POST', '/api/1.1/oAuth/token/jwtgrant', { assertion, botInfo: DEMO_BOT });
  if (res.status !== 200) throw new Error(`grant failed: ${res.status} ${JSON.stringify(res.body)}`);
  const auth = res.body.authorization as { accessToken: string };
  const user = res.body.userInfo as { userId: string };
  return { accessToken: auth.accessToken, userId: user.userId, assertion, identity };
}

export async function rtmStart(
  platform: LocalPlatform,
  accessToken: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  return call(platform, 'POST', '/api/1.1/rtm/start', { botInfo: DEMO_BOT }, { authorization: `bearer ${accessToken}`, ...headers });
}

/** A `ws` client that keeps every parsed frame and can wait for one. */
export class TestSocket {
  readonly frames: Frame[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()) as Frame);
      for (const w of this.waiters) w();
    });
    this.closed = new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  }

  static open(url: string, protocols?: string[]): Promise<TestSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, protocols);
      const socket = new TestSocket(ws);
      ws.once('open', () => resolve(socket));
      ws.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => reject(Object.assign(new Error(`upgrade refused: ${res.statusCode} ${body}`), { status: res.statusCode, body })));
      });
      ws.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  sendMessage(clientMessageId: string | number, body: string, renderMsg?: string): void {
    const message: Record<string, unknown> = { body, attachments: [] };
    if (renderMsg !== undefined) message.renderMsg = renderMsg;
    this.send({ clientMessageId, message, resourceid: '/bot.message', botInfo: DEMO_BOT, id: clientMessageId });
  }

  /** Resolves with the `count`-th frame matching `match` (already received or still to come). */
  waitFor(match: (f: Frame) => boolean, timeoutMs = 5000, count = 1): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const hits = this.frames.filter(match);
        const hit = hits[count - 1];
        if (hit) resolve(hit);
        return hit !== undefined;
      };
      if (check()) return;
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for a frame; got ${JSON.stringify(this.frames).slice(0, 800)}`));
      }, timeoutMs);
      const waiter = (): void => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
      };
      this.waiters.push(waiter);
    });
  }

  of(type: string): Frame[] {
    return this.frames.filter((f) => f.type === type);
  }

  close(): void {
    this.ws.close();
  }
}

/** Grant, rtm/start and open a socket for `identity`. */
export async function connect(platform: LocalPlatform, identity: string, query = ''): Promise<{ socket: TestSocket; grant: Grant }> {
  const g = await grant(platform, identity);
  const start = await rtmStart(platform, g.accessToken);
  const socket = await TestSocket.open(`${String(start.body.url)}${query}`);
  return { socket, grant: g };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export const isAckFor = (id: string | number) => (f: Frame) => f.type === 'ack' && f.replyto === id;
