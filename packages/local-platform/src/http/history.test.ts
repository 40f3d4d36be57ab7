import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOT } from '../constants.js';
import type { HistoryItem } from '../protocol.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { call, connect } from '../testing/harness.js';
import type { Grant } from '../testing/harness.js';

const echoScript = { intents: [{ name: 'table', match: ['table'], replies: [{ template: { template_type: 'table', text: 'T' } }] }], fallback: [{ text: 'You said: {{text}}' }] };

let platform: LocalPlatform;
let grant: Grant;
beforeAll(async () => {
  platform = await startLocalPlatform({ botScript: echoScript });
  const c = await connect(platform, 'history@example.com');
  grant = c.grant;
  // 130 user messages + 130 answers = 260 items.
  for (let i = 0; i < 129; i += 1) c.socket.sendMessage(`h-${i}`, `message ${i}`, i === 0 ? 'First label' : undefined);
  // A burst's answers are stored a batch after its messages (so history groups them as the client saw them live);
  // the last message waits for them, so it and its answer are the newest two items.
  await c.socket.waitFor((f) => f.type === 'bot_response', 10_000, 129);
  c.socket.sendMessage('h-129', 'table');
  await c.socket.waitFor((f) => f.type === 'bot_response', 10_000, 130);
  c.socket.close();
});
afterAll(() => platform.close());

const page = async (query: string, token = grant.accessToken) =>
  call(platform, 'GET', `/api/botmessages/rtm?botId=${DEMO_BOT.taskBotId}${query}`, undefined, { authorization: `bearer ${token}` });
const items = (body: Record<string, unknown>) => body.messages as HistoryItem[];

describe('GET botmessages/rtm', () => {
  it('serves the newest 20 by default, oldest first, in the seed shape', async () => {
    const res = await page('');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(260);
    expect(res.body.moreAvailable).toBe(true);
    const list = items(res.body);
    expect(list).toHaveLength(20);
    const times = list.map((m) => m.timestampValue);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const last = list.at(-1);
    expect(last).toMatchObject({ type: 'outgoing', botId: DEMO_BOT.taskBotId, tN: 'table', lang: 'en' });
    const first = last?.components[0]?.data;
    expect(JSON.parse(first && 'text' in first ? first.text : '')).toEqual({ type: 'template', payload: { template_type: 'table', text: 'T' } });
    const user = list.at(-2);
    expect(user).toMatchObject({
      _id: expect.stringMatching(/^ms-/),
      type: 'incoming',
      userMsgId: 'h-129',
      components: [{ _id: expect.stringMatching(/^cp-/), cT: 'text', data: { text: 'table' } }],
      createdOn: expect.any(String),
      timestampValue: expect.any(Number),
      sessionId: expect.any(String),
      status: expect.any(String),
      tags: { messageTags: [], userTags: [], sessionTags: [] },
    });
  });

  it('pages back with offset or skip until moreAvailable is false', async () => {
    const seen: string[] = [];
    for (let offset = 0; ; offset += 50) {
      const res = await page(`&${offset % 100 === 0 ? 'offset' : 'skip'}=${offset}&limit=50`);
      seen.unshift(...items(res.body).map((m) => m._id));
      if (!res.body.moreAvailable) {
        expect(offset).toBe(250);
        expect(items(res.body)).toHaveLength(10);
        break;
      }
    }
    expect(new Set(seen).size).toBe(260);
    const oldest = items((await page('&offset=250&limit=50')).body)[0];
    expect(oldest).toMatchObject({ userMsgId: 'h-0', tags: { altText: [{ value: 'First label' }] } });
    const beyond = await page('&offset=999');
    expect(beyond.body).toEqual({ icon: `${platform.url}/assets/bot-icon.svg`, total: 260, moreAvailable: false, messages: [] });
  });

  it('caps limit at 100 and rejects bad numbers', async () => {
    expect(items((await page('&limit=500')).body)).toHaveLength(100);
    const bad = await page('&limit=-3');
    expect([bad.status, (bad.body.errors as { code: string }[])[0]?.code]).toEqual([400, 'INVALID_PARAMETER']);
    expect((await page('&offset=abc')).status).toBe(400);
  });

  it('needs botId and a valid token, and shows a user only their own messages', async () => {
    const noBot = await call(platform, 'GET', '/api/1.1/botmessages/rtm', undefined, { authorization: `bearer ${grant.accessToken}` });
    expect([noBot.status, (noBot.body.errors as { code: string }[])[0]?.code]).toEqual([400, 'MISSING_BOT_ID']);
    expect((await page('', 'bogus')).status).toBe(401);
    const other = await connect(platform, 'nobody-else@example.com');
    other.socket.close();
    expect((await page('', other.grant.accessToken)).body).toEqual({ icon: `${platform.url}/assets/bot-icon.svg`, total: 0, moreAvailable: false, messages: [] });
  });
});
