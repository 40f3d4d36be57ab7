import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOT, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from '../constants.js';
import { signJwt } from '../jwt.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { call, demoJwt } from '../testing/harness.js';

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform({
    clients: [{ clientId: 'cs-other', clientSecret: 'other-secret' }],
    bots: [{ name: 'Second Bot', id: 'st-second' }],
    tokenTtlMs: 3_600_000,
  });
});
afterAll(() => platform.close());

const grantWith = (assertion: unknown, botInfo: unknown = DEMO_BOT, prefix = '/api/1.1') =>
  call(platform, 'POST', `${prefix}/oAuth/token/jwtgrant`, { assertion, botInfo });

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

async function expectError(assertion: unknown, code: string, botInfo: unknown = DEMO_BOT): Promise<string> {
  const res = await grantWith(assertion, botInfo);
  expect(res.status).toBe(401);
  const errors = res.body.errors as { code: string; msg: string }[];
  expect(errors[0]?.code).toBe(code);
  expect(errors[0]?.msg.length).toBeGreaterThan(10);
  return errors[0]?.msg ?? '';
}

describe('POST oAuth/token/jwtgrant', () => {
  it('grants a token in the seed shape on both path prefixes', async () => {
    for (const prefix of ['/api/1.1', '/api']) {
      const before = Date.now();
      const res = await grantWith(demoJwt('alice@example.com'), DEMO_BOT, prefix);
      expect(res.status).toBe(200);
      const auth = res.body.authorization as Record<string, string>;
      expect(auth.token_type).toBe('bearer');
      expect(auth.accessToken).toMatch(/^[\w-]{20,}$/);
      const expires = Date.parse(auth.expiresDate ?? '');
      expect(expires - Date.parse(auth.issuedDate ?? '')).toBe(3_600_000);
      expect(Date.parse(auth.issuedDate ?? '')).toBeGreaterThanOrEqual(before - 5);
      expect(res.body.userInfo).toMatchObject({
        userId: expect.stringMatching(/^u-/),
        identity: 'alice@example.com',
        accountId: expect.any(String),
        orgId: expect.any(String),
        enrollType: 'free',
        managedBy: expect.any(String),
        fName: '',
        lName: '',
      });
    }
  });

  it('gives the same identity the same userId, and another identity another', async () => {
    const a = await grantWith(demoJwt('same@example.com'));
    const b = await grantWith(demoJwt('same@example.com', { algorithm: 'HS512' }));
    const c = await grantWith(demoJwt('other@example.com'));
    const id = (r: typeof a) => (r.body.userInfo as { userId: string }).userId;
    expect(id(a)).toBe(id(b));
    expect(id(a)).not.toBe(id(c));
  });

  it('accepts HS512, millisecond iat/exp, other registered clients and bots', async () => {
    expect((await grantWith(demoJwt('x', { algorithm: 'HS512' }))).status).toBe(200);
    expect((await grantWith(demoJwt('x', { millisecondTimestamps: true }))).status).toBe(200);
    const other = signJwt({ clientId: 'cs-other', clientSecret: 'other-secret', identity: 'y' });
    expect((await grantWith(other, { chatBot: 'Second Bot', taskBotId: 'st-second' })).status).toBe(200);
  });

  it('rejects a bad signature, an unknown client and a wrong secret', async () => {
    const good = demoJwt('mallory');
    const [h, p, s = ''] = good.split('.');
    const flipped = `${h}.${p}.${s.startsWith('A') ? 'B' : 'A'}${s.slice(1)}`;
    await expectError(flipped, 'INVALID_SIGNATURE');
    await expectError(signJwt({ clientId: DEMO_CLIENT_ID, clientSecret: 'wrong', identity: 'm' }), 'INVALID_SIGNATURE');
    await expectError(signJwt({ clientId: 'cs-nobody', clientSecret: 'x', identity: 'm' }), 'UNKNOWN_CLIENT');
  });

  it('rejects expired JWTs in seconds and in milliseconds', async () => {
    const old = Date.now() - 7_200_000;
    expect(await expectError(demoJwt('late', { now: old }), 'JWT_EXPIRED')).toMatch(/expired at/);
    await expectError(demoJwt('late', { now: old, millisecondTimestamps: true }), 'JWT_EXPIRED');
  });

  it('names the missing or invalid claim', async () => {
    const sign = (claims: Record<string, unknown>) => {
      const head = b64({ alg: 'HS256', typ: 'JWT' });
      const body = b64(claims);
      const sig = createHmac('sha256', DEMO_CLIENT_SECRET).update(`${head}.${body}`).digest('base64url');
      return `${head}.${body}.${sig}`;
    };
    const now = Math.floor(Date.now() / 1000);
    const full = { iss: DEMO_CLIENT_ID, sub: 'u', aud: 'https://idproxy.kore.com/authorize', iat: now, exp: now + 60 };
    for (const claim of ['sub', 'aud', 'iat', 'exp'] as const) {
      const claims: Record<string, unknown> = { ...full };
      delete claims[claim];
      expect(await expectError(sign(claims), 'MISSING_CLAIM')).toContain(`'${claim}'`);
    }
    await expectError(sign({ ...full, iss: undefined }), 'MISSING_CLAIM');
    await expectError(sign({ ...full, exp: 'soon' }), 'INVALID_CLAIM');
    await expectError(sign({ ...full, aud: 'https://elsewhere' }), 'INVALID_AUDIENCE');
    await expectError(sign({ ...full, iat: now + 3600 }), 'JWT_NOT_YET_VALID');
  });

  it('rejects malformed JWTs and unsupported algorithms', async () => {
    await expectError('not-a-jwt', 'MALFORMED_JWT');
    await expectError('a.b', 'MALFORMED_JWT');
    await expectError(`${b64({ alg: 'HS256' })}.!!!.sig`, 'MALFORMED_JWT');
    await expectError(`${b64({ alg: 'HS256' })}.${Buffer.from('{oops').toString('base64url')}.sig`, 'MALFORMED_JWT');
    await expectError(`${b64({ alg: 'none' })}.${b64({ iss: DEMO_CLIENT_ID })}.`, 'UNSUPPORTED_ALGORITHM');
    await expectError(`${b64({ alg: 'RS256' })}.${b64({ iss: DEMO_CLIENT_ID })}.x`, 'UNSUPPORTED_ALGORITHM');
    await expectError('', 'MISSING_ASSERTION');
    await expectError(42, 'MISSING_ASSERTION');
  });

  it('rejects a wrong, unknown or missing bot', async () => {
    await expectError(demoJwt('b'), 'UNKNOWN_BOT', { chatBot: 'XO Demo', taskBotId: 'st-nope' });
    await expectError(demoJwt('b'), 'BOT_NAME_MISMATCH', { chatBot: 'Wrong Name', taskBotId: DEMO_BOT.taskBotId });
    await expectError(demoJwt('b'), 'MISSING_BOT_INFO', null);
  });

  it('rejects a replayed jti and a jti JWT that lives over an hour', async () => {
    const once = demoJwt('j', { jti: 'jti-1', expiresInSec: 600 });
    expect((await grantWith(once)).status).toBe(200);
    expect(await expectError(once, 'JWT_REPLAYED')).toContain('jti-1');
    await expectError(demoJwt('j', { jti: true, expiresInSec: 3 * 3600 }), 'JTI_EXP_TOO_FAR');
    // A jti JWT refused for a wrong bot does not burn its jti.
    const fresh = demoJwt('j', { jti: 'jti-2', expiresInSec: 600 });
    await expectError(fresh, 'UNKNOWN_BOT', { chatBot: 'x', taskBotId: 'st-x' });
    expect((await grantWith(fresh)).status).toBe(200);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const res = await call(platform, 'POST', '/api/oAuth/token/jwtgrant', '{not json');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ code: 'INVALID_JSON', msg: expect.any(String) }] });
  });
});
