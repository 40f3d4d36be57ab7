import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AUDIENCE, DEMO_BOT, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from '../constants.js';
import { decodeJwt } from '../jwt.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { call } from '../testing/harness.js';
import { ALLOWED_HEADERS } from './router.js';

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform({ clients: [{ clientId: 'cs-other', clientSecret: 'other-secret' }] });
});
afterAll(() => platform.close());

/** Posts a form the way jQuery's $.ajax does by default (what Kore's web SDK's getJWT sends). */
async function postForm(fields: Record<string, string>, path = '/users/sts'): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${platform.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const claimsOf = (body: Record<string, unknown>) => decodeJwt(String(body.jwt)).claims;

describe('POST /users/sts as Kore web SDK posts it', () => {
  it('takes a form-encoded body with an empty aud and isAnonymous "false", and the grant accepts the JWT', async () => {
    const sts = await postForm({
      clientId: DEMO_CLIENT_ID,
      clientSecret: DEMO_CLIENT_SECRET,
      identity: 'form@example.com',
      aud: '',
      isAnonymous: 'false',
    });
    expect(sts.status).toBe(200);
    expect(claimsOf(sts.body)).toMatchObject({ sub: 'form@example.com', iss: DEMO_CLIENT_ID, aud: DEMO_AUDIENCE, isAnonymous: false });
    const grant = await call(platform, 'POST', '/api/oAuth/token/jwtgrant', { assertion: sts.body.jwt, botInfo: DEMO_BOT });
    expect(grant.status).toBe(200);
    expect(grant.body.userInfo).toMatchObject({ identity: 'form@example.com' });
  });

  it('reads isAnonymous "true" from a form', async () => {
    const sts = await postForm({ identity: 'anon@example.com', isAnonymous: 'true' }, '/api/users/sts');
    expect(sts.status).toBe(200);
    expect(claimsOf(sts.body).isAnonymous).toBe(true);
  });

  it('treats an empty aud in JSON as the default audience too', async () => {
    const sts = await call(platform, 'POST', '/users/sts', { identity: 'json@example.com', aud: '', isAnonymous: 'false' });
    expect(sts.status).toBe(200);
    expect(claimsOf(sts.body)).toMatchObject({ aud: DEMO_AUDIENCE, isAnonymous: false });
    expect((await call(platform, 'POST', '/api/oAuth/token/jwtgrant', { assertion: sts.body.jwt, botInfo: DEMO_BOT })).status).toBe(200);
  });

  it('keeps a non-empty aud as given (so a wrong one is still refused by the grant)', async () => {
    const sts = await postForm({ identity: 'aud@example.com', aud: 'https://elsewhere.example/' });
    expect(claimsOf(sts.body).aud).toBe('https://elsewhere.example/');
    const grant = await call(platform, 'POST', '/api/oAuth/token/jwtgrant', { assertion: sts.body.jwt, botInfo: DEMO_BOT });
    expect(grant.status).toBe(401);
    expect(grant.body).toMatchObject({ errors: [{ code: 'INVALID_AUDIENCE' }] });
  });

  it('refuses an isAnonymous that is not true or false, saying so', async () => {
    const sts = await postForm({ identity: 'x@example.com', isAnonymous: 'yes' });
    expect(sts.status).toBe(400);
    expect(sts.body).toMatchObject({ errors: [{ code: 'INVALID_IS_ANONYMOUS' }] });
    expect((sts.body.errors as { msg: string }[])[0]?.msg).toContain('"true"/"false"');
  });

  it('signs for another registered client, and refuses an unknown client or a wrong secret', async () => {
    const other = await postForm({ clientId: 'cs-other', clientSecret: 'other-secret', identity: 'o@example.com' });
    expect(other.status).toBe(200);
    expect(claimsOf(other.body).iss).toBe('cs-other');
    const unknown = await postForm({ clientId: 'PLEASE_ENTER_CLIENT_ID', identity: 'o@example.com' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ errors: [{ code: 'UNKNOWN_CLIENT' }] });
    expect(JSON.stringify(unknown.body)).toContain(DEMO_CLIENT_ID);
    const wrong = await postForm({ clientId: DEMO_CLIENT_ID, clientSecret: 'nope', identity: 'o@example.com' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ errors: [{ code: 'INVALID_CLIENT_SECRET' }] });
  });

  it('says how to send a body that is neither JSON nor a form', async () => {
    const res = await call(platform, 'POST', '/users/sts', 'identity=x', { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ errors: [{ code: 'INVALID_JSON' }] });
    expect(JSON.stringify(res.body)).toContain('application/x-www-form-urlencoded');
  });
});

describe('CORS preflight', () => {
  it("allows the headers Kore's clients send (User-Agent and the theme call's headers)", async () => {
    const res = await fetch(`${platform.url}/api/rtm/start`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://page.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,user-agent',
      },
    });
    expect(res.status).toBe(204);
    const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(/,\s*/);
    for (const h of ['user-agent', 'authorization', 'content-type', 'x-rtm-v', 'state', 'accepts-version', 'accept-language', 'botid']) {
      expect(allowed).toContain(h);
    }
    expect(allowed).toEqual(ALLOWED_HEADERS.map((h) => h.toLowerCase()));
  });
});
