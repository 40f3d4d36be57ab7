import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOT } from '../constants.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { call, grant } from '../testing/harness.js';

const THEME = {
  themeName: 'Local blue',
  generalAttributes: { fontStyle: 'Inter, sans-serif', bubbleShape: 'circle' },
  botMessage: { bubbleColor: '#e2e8f0', fontColor: '#1a202c' },
  userMessage: { bubbleColor: '#2b6cb0', fontColor: '#ffffff' },
  widgetHeader: { backgroundColor: '#2b6cb0', fontColor: '#ffffff' },
  widgetFooter: { backgroundColor: '#ffffff', placeHolder: '#718096' },
  widgetBody: { backgroundColor: '#f7fafc', useBackgroundImage: false },
};

let platform: LocalPlatform;
let token: string;
beforeAll(async () => {
  platform = await startLocalPlatform({ faults: true });
  token = (await grant(platform, 'theme@example.com')).accessToken;
});
afterAll(() => platform.close());

const activetheme = (auth?: string, botId: string = DEMO_BOT.taskBotId) =>
  call(platform, 'GET', `/api/websdkthemes/${botId}/activetheme`, undefined, auth ? { authorization: auth } : {});

describe('GET websdkthemes/{botId}/activetheme', () => {
  it('needs the bearer token, with a readable 401', async () => {
    const res = await activetheme();
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ errors: [{ code: 'MISSING_TOKEN' }] });
    expect((await activetheme('bearer nope')).status).toBe(401);
  });

  it('answers {activeTheme: false} when no theme is set, under both prefixes', async () => {
    expect(await activetheme(`bearer ${token}`)).toMatchObject({ status: 200, body: { activeTheme: false } });
    const v11 = await call(platform, 'GET', `/api/1.1/websdkthemes/${DEMO_BOT.taskBotId}/activetheme`, undefined, { authorization: `bearer ${token}` });
    expect(v11.body).toEqual({ activeTheme: false });
  });

  it('answers 404 for a bot that is not registered', async () => {
    const res = await activetheme(`bearer ${token}`, 'st-nobody');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ errors: [{ code: 'UNKNOWN_BOT' }] });
  });

  it('serves the document the admin API sets, in Kore shape, and clears it with null', async () => {
    const set = await call(platform, 'POST', '/admin/theme', { theme: THEME });
    expect(set.status).toBe(200);
    const res = await activetheme(`bearer ${token}`);
    expect(res.body).toEqual({ activeTheme: true, ...THEME });
    expect((await call(platform, 'GET', '/admin/theme')).body).toMatchObject({ activetheme: { activeTheme: true, themeName: 'Local blue' } });
    await call(platform, 'POST', '/admin/theme', { theme: null });
    expect((await activetheme(`bearer ${token}`)).body).toEqual({ activeTheme: false });
  });

  it('refuses a malformed document, naming each wrong field', async () => {
    const res = await call(platform, 'POST', '/admin/theme', { theme: { botMessage: { bubbleColor: 7 }, colours: {} } });
    expect(res.status).toBe(400);
    const msg = (res.body.errors as { msg: string }[])[0]?.msg ?? '';
    expect(msg).toContain('botMessage.bubbleColor must be a string');
    expect(msg).toContain('colours is not a theme field');
    expect((await call(platform, 'POST', '/admin/theme', {})).body).toMatchObject({ errors: [{ code: 'MISSING_THEME' }] });
  });

  it('takes a theme as an option (what --theme loads)', async () => {
    const themed = await startLocalPlatform({ theme: THEME });
    try {
      const t = (await grant(themed, 'opt@example.com')).accessToken;
      const res = await call(themed, 'GET', `/api/websdkthemes/${DEMO_BOT.taskBotId}/activetheme`, undefined, { authorization: `bearer ${t}` });
      expect(res.body).toEqual({ activeTheme: true, ...THEME });
    } finally {
      await themed.close();
    }
    await expect(startLocalPlatform({ theme: { widgetHeader: 'blue' } as never })).rejects.toThrow(/widgetHeader must be an object/);
  });
});
