// Kore's connection options: ConnectionMode and isReconnect (who is greeted, which session), extra socket
// parameters, customData/metaTags on the grant, rtm/start, every frame and each message, and language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotScript } from '../bot/script-types.js';
import { DEMO_BOT } from '../constants.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { TestSocket, call, demoJwt, grant, isAckFor, rtmStart, sleep } from '../testing/harness.js';
import type { Grant } from '../testing/harness.js';

const SCRIPT: BotScript = {
  welcomeIntent: 'hello',
  intents: [
    { name: 'hello', match: ['hi'], replies: [{ text: 'Welcome! (language {{language}})' }] },
    { name: 'context', match: ['show context'], replies: [{ text: 'customData {{customData}}' }] },
  ],
  fallback: [{ text: 'You said {{text}} in {{language}}' }],
};

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform({ faults: true, welcome: true, botScript: SCRIPT });
});
afterAll(() => platform.close());

interface Connection {
  mode: string;
  sessionId: string;
  greeted: boolean;
  newSession: boolean;
  isReconnect: boolean;
  connectionMode: string | null;
  params: Record<string, string>;
  language: string | null;
  error?: string;
}

async function open(g: Grant, query = '', body?: Record<string, unknown>): Promise<TestSocket> {
  const start = body
    ? await call(platform, 'POST', '/api/1.1/rtm/start', body, { authorization: `bearer ${g.accessToken}` })
    : await rtmStart(platform, g.accessToken);
  const socket = await TestSocket.open(`${String(start.body.url)}${query}`);
  await sleep(120);
  return socket;
}

async function connections(identity: string): Promise<Connection[]> {
  return (await call(platform, 'GET', `/admin/connections?identity=${encodeURIComponent(identity)}`)).body.connections as Connection[];
}

const greetings = (s: TestSocket) => s.of('bot_response').filter((f) => JSON.stringify(f.message).includes('Welcome!'));

describe('ConnectionMode and isReconnect', () => {
  it('Default greets a new conversation once; Start_New opens a new session and greets again; Reconnect never greets', async () => {
    const g = await grant(platform, 'modes@example.com');
    const first = await open(g);
    expect(greetings(first)).toHaveLength(1);
    const again = await open(g, '&ConnectionMode=Default');
    expect(greetings(again)).toHaveLength(0);
    const fresh = await open(g, '&ConnectionMode=Start_New');
    expect(greetings(fresh)).toHaveLength(1);
    const resumed = await open(g, '&ConnectionMode=Reconnect');
    expect(greetings(resumed)).toHaveLength(0);
    const implicit = await open(g, '&isReconnect=true');
    expect(greetings(implicit)).toHaveLength(0);
    const agent = await open(g, '&ConnectionMode=Start_New_Resume_Agent&isReconnect=true'); // ConnectionMode wins
    expect(greetings(agent)).toHaveLength(1);
    const list = await connections('modes@example.com');
    expect(list.map((c) => [c.mode, c.greeted, c.newSession])).toEqual([
      ['Default', true, false],
      ['Default', false, false],
      ['Start_New', true, true],
      ['Reconnect', false, false],
      ['Reconnect', false, false],
      ['Start_New_Resume_Agent', true, true],
    ]);
    const sessions = list.map((c) => c.sessionId);
    expect(sessions[1]).toBe(sessions[0]);
    expect(sessions[2]).not.toBe(sessions[1]);
    expect(sessions[3]).toBe(sessions[2]);
    expect(sessions[5]).not.toBe(sessions[4]);
    for (const s of [first, again, fresh, resumed, implicit, agent]) s.close();
  });

  it('a reconnect of a user never greeted stays quiet; the next Default connect greets the still-empty session', async () => {
    const g = await grant(platform, 'reconnect-first@example.com');
    const quiet = await open(g, '&isReconnect=true');
    expect(greetings(quiet)).toHaveLength(0);
    const later = await open(g);
    expect(greetings(later)).toHaveLength(1);
    quiet.close();
    later.close();
  });

  it('answers an unknown ConnectionMode with an error frame that lists the modes, then closes with 1008', async () => {
    const g = await grant(platform, 'badmode@example.com');
    const start = await rtmStart(platform, g.accessToken);
    const socket = await TestSocket.open(`${String(start.body.url)}&ConnectionMode=Fresh`);
    const closed = await socket.closed;
    expect(closed).toEqual({ code: 1008, reason: 'unknown ConnectionMode' });
    expect(socket.frames).toEqual([
      {
        type: 'error',
        error: {
          code: 'INVALID_CONNECTION_MODE',
          msg: 'Unknown ConnectionMode "Fresh": use one of Default, Start_New, Start_New_Resume_Agent, Reconnect (or leave it out).',
        },
      },
    ]);
    expect((await connections('badmode@example.com'))[0]).toMatchObject({ mode: 'invalid', error: expect.stringContaining('Fresh') });
  });

  it('records extra socket URL parameters', async () => {
    const g = await grant(platform, 'params@example.com');
    const socket = await open(g, '&botVersion=2&channel=web&isReconnect=true');
    expect((await connections('params@example.com'))[0]?.params).toEqual({ botVersion: '2', channel: 'web', isReconnect: 'true' });
    socket.close();
  });
});

describe('customData, metaTags and language', () => {
  it('records them from the grant, rtm/start, every frame and each message (GET /admin/context)', async () => {
    const identity = 'context@example.com';
    const customData = { plan: 'gold', userName: 'Ada' };
    const metaTags = { userLevelTags: [{ name: 'tier', value: 'gold' }] };
    const botInfo = { ...DEMO_BOT, customData, metaTags };
    const res = await call(platform, 'POST', '/api/1.1/oAuth/token/jwtgrant', { assertion: demoJwt(identity), botInfo });
    const g: Grant = { accessToken: (res.body.authorization as { accessToken: string }).accessToken, userId: '', assertion: '', identity };
    const socket = await open(g, '', { botInfo, language: 'de' });
    socket.send({
      clientMessageId: 'ctx-1',
      message: { body: 'hello', attachments: [], customData: { orderId: 42 }, metaTags: { messageLevelTags: [{ name: 'x', value: 'y' }] } },
      resourceid: '/bot.message',
      botInfo,
      id: 'ctx-1',
    });
    socket.send({ type: 'ping', resourceid: '/bot.message', botInfo, id: 2 });
    await socket.waitFor(isAckFor('ctx-1'));
    await socket.waitFor((f) => f.type === 'pong');
    const context = (await call(platform, 'GET', `/admin/context?identity=${identity}`)).body as {
      latest: Record<string, unknown>;
      entries: Record<string, unknown>[];
    };
    expect(context.latest).toEqual({ customData, metaTags, language: 'de' });
    const strip = (e: Record<string, unknown>) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'at'));
    expect(context.entries.map(strip)).toEqual([
      { source: 'grant', customData, metaTags },
      { source: 'rtm/start', customData, metaTags, language: 'de' },
      { source: 'frame', frameType: 'message', clientMessageId: 'ctx-1', customData, metaTags },
      { source: 'message', clientMessageId: 'ctx-1', customData: { orderId: 42 }, metaTags: { messageLevelTags: [{ name: 'x', value: 'y' }] } },
      { source: 'frame', frameType: 'ping', customData, metaTags },
    ]);
    socket.close();
  });

  it('lets the bot echo customData (botInfo\u2019s, the message\u2019s over it) as {{customData}}', async () => {
    const g = await grant(platform, 'echo-context@example.com');
    const socket = await open(g);
    socket.send({
      clientMessageId: 'e-1',
      message: { body: 'show context', attachments: [], customData: { orderId: 7 } },
      resourceid: '/bot.message',
      botInfo: { ...DEMO_BOT, customData: { plan: 'gold', orderId: 1 } },
      id: 'e-1',
    });
    const echo = await socket.waitFor((f) => f.type === 'bot_response' && JSON.stringify(f.message).includes('customData {'));
    expect(JSON.stringify(echo.message)).toContain(JSON.stringify('customData {"plan":"gold","orderId":7}').slice(1, -1));
    socket.close();
  });

  it('uses the rtm/start language in the session: the greeting and the answers say it', async () => {
    const g = await grant(platform, 'sprache@example.com');
    const socket = await open(g, '', { botInfo: DEMO_BOT, language: 'fr' });
    expect(JSON.stringify(greetings(socket)[0]?.message)).toContain('(language fr)');
    socket.sendMessage('l-1', 'bonjour');
    const answer = await socket.waitFor((f) => f.type === 'bot_response' && JSON.stringify(f.message).includes('You said'));
    expect(JSON.stringify(answer.message)).toContain('You said bonjour in fr');
    expect((await connections('sprache@example.com'))[0]?.language).toBe('fr');
    const history = await call(platform, 'GET', `/api/1.1/botmessages/rtm?botId=${DEMO_BOT.taskBotId}`, undefined, {
      authorization: `bearer ${g.accessToken}`,
    });
    const langs = (history.body.messages as { lang: string }[]).map((m) => m.lang);
    expect(langs.length).toBeGreaterThan(1);
    expect(new Set(langs)).toEqual(new Set(['fr']));
    socket.close();
    const plain = await open(await grant(platform, 'english@example.com'));
    expect(JSON.stringify(greetings(plain)[0]?.message)).toContain('(language en)');
    plain.close();
  });
});
