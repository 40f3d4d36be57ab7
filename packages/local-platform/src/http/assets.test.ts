import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOT } from '../constants.js';
import { decodeJwt } from '../jwt.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { call } from '../testing/harness.js';

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform();
});
afterAll(() => platform.close());

describe('sample assets', () => {
  it('serves real media files', async () => {
    const expectations: [string, string, (b: Buffer) => boolean][] = [
      ['sample.png', 'image/png', (b) => b.subarray(1, 4).toString() === 'PNG'],
      ['sample.wav', 'audio/wav', (b) => b.subarray(0, 4).toString() === 'RIFF' && b.subarray(8, 12).toString() === 'WAVE'],
      ['sample.webm', 'video/webm', (b) => b.readUInt32BE(0) === 0x1a45dfa3],
      ['sample.pdf', 'application/pdf', (b) => b.subarray(0, 5).toString() === '%PDF-' && b.toString().includes('%%EOF')],
      ['sample.svg', 'image/svg+xml', (b) => b.toString().startsWith('<svg')],
      ['bot-icon.svg', 'image/svg+xml', (b) => b.toString().startsWith('<svg')],
      ['sample-form.html', 'text/html; charset=utf-8', (b) => b.toString().includes('<form') && !b.toString().includes('<script')],
    ];
    for (const [name, type, check] of expectations) {
      const res = await fetch(`${platform.url}/assets/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(check(Buffer.from(await res.arrayBuffer()))).toBe(true);
    }
    expect((await fetch(`${platform.url}/assets/../package.json`)).status).toBe(404);
  });
});

describe('POST /users/sts (development only)', () => {
  it('signs a JWT for the demo client that the grant accepts', async () => {
    const sts = await call(platform, 'POST', '/users/sts', { identity: 'sts@example.com', isAnonymous: true });
    expect(sts.status).toBe(200);
    const jwt = String(sts.body.jwt);
    expect(decodeJwt(jwt).claims).toMatchObject({ sub: 'sts@example.com', iss: 'cs-xo-demo-client', isAnonymous: true });
    const granted = await call(platform, 'POST', '/api/1.1/oAuth/token/jwtgrant', { assertion: jwt, botInfo: DEMO_BOT });
    expect(granted.status).toBe(200);
    expect((await call(platform, 'POST', '/users/sts', {})).status).toBe(200);
    expect((await call(platform, 'POST', '/users/sts', { identity: 7 })).status).toBe(400);
  });

  it('is absent when devJwt is false', async () => {
    const off = await startLocalPlatform({ devJwt: false });
    try {
      expect((await call(off, 'POST', '/users/sts', {})).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
