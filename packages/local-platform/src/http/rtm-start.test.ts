import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { TestSocket, call, grant, rtmStart, sleep } from '../testing/harness.js';

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform({ rtmUrlTtlMs: 300 });
});
afterAll(() => platform.close());

const code = (body: Record<string, unknown>) => (body.errors as { code: string }[])[0]?.code;

describe('POST rtm/start', () => {
  it('returns a ws URL for /rtm/bot with a sid, on both prefixes', async () => {
    const g = await grant(platform, 'start@example.com');
    for (const prefix of ['/api/1.1', '/api']) {
      const res = await call(platform, 'POST', `${prefix}/rtm/start`, {}, { authorization: `bearer ${g.accessToken}` });
      expect(res.status).toBe(200);
      expect(res.body.url).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:${platform.port}/rtm/bot\\?sid=[\\w-]{20,}$`));
      expect(res.body.nonce).toBeUndefined();
    }
  });

  it('says which 401 it is: missing, malformed, unknown or expired token', async () => {
    expect(code((await call(platform, 'POST', '/api/1.1/rtm/start', {})).body)).toBe('MISSING_TOKEN');
    const malformed = await call(platform, 'POST', '/api/1.1/rtm/start', {}, { authorization: 'Basic abc' });
    expect([malformed.status, code(malformed.body)]).toEqual([401, 'MALFORMED_AUTHORIZATION']);
    const unknown = await rtmStart(platform, 'no-such-token');
    expect([unknown.status, code(unknown.body)]).toEqual([401, 'INVALID_TOKEN']);
    const short = await startLocalPlatform({ tokenTtlMs: 50 });
    try {
      const g = await grant(short, 'expiring@example.com');
      await sleep(80);
      const expired = await rtmStart(short, g.accessToken);
      expect([expired.status, code(expired.body)]).toEqual([401, 'TOKEN_EXPIRED']);
    } finally {
      await short.close();
    }
  });

  it('answers CORS preflights and sets CORS headers on answers', async () => {
    const res = await fetch(`${platform.url}/api/1.1/rtm/start`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,x-rtm-v' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/x-rtm-v/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
    const err = await call(platform, 'POST', '/api/rtm/start', {});
    expect(err.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 404 and 405 as JSON', async () => {
    const missing = await call(platform, 'GET', '/api/nothing');
    expect([missing.status, code(missing.body)]).toEqual([404, 'NOT_FOUND']);
    const wrong = await call(platform, 'GET', '/api/rtm/start');
    expect([wrong.status, code(wrong.body)]).toEqual([405, 'METHOD_NOT_ALLOWED']);
  });
});

describe('the socket URL', () => {
  it('is single-use', async () => {
    const g = await grant(platform, 'once@example.com');
    const { url } = (await rtmStart(platform, g.accessToken)).body as { url: string };
    const first = await TestSocket.open(url);
    await expect(TestSocket.open(url)).rejects.toMatchObject({ status: 403, body: expect.stringContaining('already used') });
    first.close();
  });

  it('refuses unknown, missing and expired sids at the upgrade', async () => {
    const base = `ws://127.0.0.1:${platform.port}/rtm/bot`;
    await expect(TestSocket.open(`${base}?sid=bogus`)).rejects.toMatchObject({ status: 401, body: expect.stringContaining('Unknown sid') });
    await expect(TestSocket.open(base)).rejects.toMatchObject({ status: 401, body: expect.stringContaining('Missing sid') });
    await expect(TestSocket.open(`ws://127.0.0.1:${platform.port}/elsewhere`)).rejects.toMatchObject({ status: 404 });
    const g = await grant(platform, 'slow@example.com');
    const { url } = (await rtmStart(platform, g.accessToken)).body as { url: string };
    await sleep(350);
    await expect(TestSocket.open(url)).rejects.toMatchObject({ status: 403, body: expect.stringContaining('expired') });
  });

  it('accepts isReconnect and ConnectionMode', async () => {
    const g = await grant(platform, 'modes@example.com');
    for (const query of ['&isReconnect=true', '&ConnectionMode=Reconnect', '&ConnectionMode=Start_New']) {
      const { url } = (await rtmStart(platform, g.accessToken)).body as { url: string };
      const s = await TestSocket.open(`${url}${query}`);
      s.close();
    }
  });
});

describe('x-rtm-v: 1', () => {
  it('adds a nonce and then requires the x-rtm-v, jwt and nonce subprotocols', async () => {
    const g = await grant(platform, 'v1@example.com');
    const start = async () => {
      const res = await rtmStart(platform, g.accessToken, { 'x-rtm-v': '1' });
      expect(res.body.nonce).toMatch(/^[0-9a-f]{32}$/);
      return res.body as { url: string; nonce: string };
    };
    const ok = await start();
    const socket = await TestSocket.open(ok.url, ['x-rtm-v|1', `jwt|${g.assertion}`, `nonce|${ok.nonce}`]);
    expect(socket.ws.protocol).toBe('x-rtm-v|1');
    socket.sendMessage(1, 'hi');
    await socket.waitFor((f) => f.type === 'ack');
    socket.close();

    const none = await start();
    await expect(TestSocket.open(none.url)).rejects.toMatchObject({ status: 401, body: expect.stringContaining('x-rtm-v, jwt, nonce') });
    const badNonce = await start();
    await expect(
      TestSocket.open(badNonce.url, ['x-rtm-v|1', `jwt|${g.assertion}`, 'nonce|0000']),
    ).rejects.toMatchObject({ status: 401, body: expect.stringContaining('nonce') });
    const other = await grant(platform, 'someone-else@example.com');
    const badJwt = await start();
    await expect(
      TestSocket.open(badJwt.url, ['x-rtm-v|1', `jwt|${other.assertion}`, `nonce|${badJwt.nonce}`]),
    ).rejects.toMatchObject({ status: 401, body: expect.stringContaining('jwt') });
  });
});
