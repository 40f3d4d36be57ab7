import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { DEMO_BOT } from '../constants.js';
import { call, connect, isAckFor, sleep } from '../testing/harness.js';
import type { Frame, TestSocket } from '../testing/harness.js';

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform({ replyDelayMs: 0 });
});
afterAll(() => platform.close());

const api = '/agent/api/conversations';
const isEvent = (type: string) => (f: Frame) => f.type === 'events' && (f.message as { type?: string }).type === type;
const event = (s: TestSocket, type: string, n = 1) => s.waitFor(isEvent(type), 5000, n);
const userEvent = (s: TestSocket, name: string, messageId?: string) =>
  s.send({ event: name, message: { body: '', type: '' }, resourceid: '/bot.message', botInfo: DEMO_BOT, id: `ev-${name}-${messageId ?? ''}`, ...(messageId ? { messageId } : {}) });

async function handedOff(identity: string) {
  const { socket, grant } = await connect(platform, identity);
  socket.sendMessage(`${identity}-1`, 'talk to a person');
  await socket.waitFor((f) => f.type === 'bot_response' && JSON.stringify(f).includes('Connecting you with a person'));
  const list = (await call(platform, 'GET', api)).body.conversations as { id: string; userId: string; status: string }[];
  const mine = list.find((c) => c.userId === grant.userId);
  if (!mine) throw new Error(`no hand-off listed: ${JSON.stringify(list)} ${JSON.stringify(socket.frames).slice(0, 1500)}`);
  return { socket, grant, id: mine.id, status: mine.status };
}

describe('the agent desk', () => {
  it('takes a conversation the bot handed off: waiting, accepted, typing, replies, receipts, ended', async () => {
    const { socket, grant, id, status } = await handedOff('desk-a@example.com');
    expect(status).toBe('waiting');

    // While waiting, the user's messages are stored for the desk; the bot stays quiet.
    socket.sendMessage('a-2', 'my flight was cancelled');
    await socket.waitFor(isAckFor('a-2'));
    await sleep(150);
    expect(socket.of('bot_response').filter((f) => JSON.stringify(f).includes('my flight'))).toEqual([]);

    const accepted = await call(platform, 'POST', `${api}/${id}/accept`, { firstName: 'Sam', lastName: 'Lee', id: 'agent-sam' });
    expect(accepted.status).toBe(200);
    const connected = await event(socket, 'agent_connected');
    expect(connected.message).toMatchObject({ author: { type: 'AGENT', firstName: 'Sam', lastName: 'Lee', id: 'agent-sam' } });
    expect(String((connected.message as { author: { profImage: string } }).author.profImage)).toMatch(/^http:\/\/.+\/assets\/agent-avatar\.svg$/);

    await call(platform, 'POST', `${api}/${id}/typing`, { typing: true });
    expect((await event(socket, 'typing')).message).toMatchObject({ author: { type: 'AGENT', firstName: 'Sam' } });
    await call(platform, 'POST', `${api}/${id}/typing`, { typing: false });
    await event(socket, 'stoptyping');

    const reply = await call(platform, 'POST', `${api}/${id}/messages`, { text: 'I can rebook you on the 6pm flight.' });
    expect(reply.status).toBe(200);
    const frame = await socket.waitFor((f) => f.type === 'bot_response' && JSON.stringify(f).includes('6pm flight'));
    expect(frame.author).toMatchObject({ type: 'AGENT', firstName: 'Sam', lastName: 'Lee' });
    expect(JSON.stringify(frame.message)).toContain('live_agent');

    // The user's client: delivered and read for the agent message, typing.
    userEvent(socket, 'message_delivered', String(frame.messageId));
    userEvent(socket, 'message_read', String(frame.messageId));
    userEvent(socket, 'typing');
    await sleep(100);
    let view = (await call(platform, 'GET', `${api}/${id}`)).body as { userTyping: boolean; messages: { id: string; from: string; read: boolean; text: string; author: unknown }[] };
    expect(view.userTyping).toBe(true);
    const agentMessage = view.messages.find((m) => m.id === frame.messageId);
    expect(agentMessage).toMatchObject({ from: 'agent', read: true, author: { firstName: 'Sam' } });
    expect(view.messages.map((m) => m.text)).toContain('my flight was cancelled');
    userEvent(socket, 'stop_typing');
    await sleep(100);
    view = (await call(platform, 'GET', `${api}/${id}`)).body as typeof view;
    expect(view.userTyping).toBe(false);

    // A user message while an agent is there: delivered at once, read when the desk reads.
    socket.sendMessage('a-3', 'thank you');
    await socket.waitFor(isAckFor('a-3'));
    expect((await event(socket, 'message_delivered')).message).toMatchObject({ clientMessageId: 'a-3' });
    const read = await call(platform, 'POST', `${api}/${id}/read`);
    expect(read.body.read).toBeGreaterThanOrEqual(2);
    await socket.waitFor((f) => isEvent('message_read')(f) && (f.message as { clientMessageId?: string }).clientMessageId === 'a-3');
    expect(socket.of('error')).toEqual([]);

    // History names the agent.
    const history = await call(platform, 'GET', `/api/botmessages/rtm?botId=${DEMO_BOT.taskBotId}&limit=10`, undefined, { authorization: `bearer ${grant.accessToken}` });
    const items = history.body.messages as { _id: string; author?: unknown }[];
    expect(items.find((i) => i._id === frame.messageId)?.author).toMatchObject({ type: 'AGENT', firstName: 'Sam', lastName: 'Lee' });

    // A reconnect while the agent is there is told so at once.
    const again = await connect(platform, 'desk-a@example.com');
    expect((await event(again.socket, 'agent_connected')).message).toMatchObject({ author: { firstName: 'Sam' } });
    again.socket.close();

    const ended = await call(platform, 'POST', `${api}/${id}/end`);
    expect(ended.body.status).toBe('ended');
    expect((await event(socket, 'agent_disconnected')).message).toMatchObject({ author: { firstName: 'Sam' } });
    await socket.waitFor((f) => f.type === 'bot_response' && JSON.stringify(f).includes('back with the Wayfarer bot'));

    // The bot answers again.
    socket.sendMessage('a-4', 'hello');
    await socket.waitFor((f) => f.type === 'bot_response' && !f.author && f !== frame, 5000, 3);
    socket.close();
  });

  it('transfers to another agent, and says so with agent_connected', async () => {
    const { socket, id } = await handedOff('desk-b@example.com');
    await call(platform, 'POST', `${api}/${id}/accept`, {});
    await event(socket, 'agent_connected');
    await call(platform, 'POST', `${api}/${id}/accept`, { id: 'agent-kim', firstName: 'Kim', lastName: 'Ito' });
    expect((await event(socket, 'agent_connected', 2)).message).toMatchObject({ author: { id: 'agent-kim', firstName: 'Kim' } });
    socket.close();
  });

  it('answers wrong requests with a readable error', async () => {
    expect((await call(platform, 'GET', `${api}/ho-nope`)).status).toBe(404);
    const { socket, id } = await handedOff('desk-c@example.com');
    const early = await call(platform, 'POST', `${api}/${id}/messages`, { text: 'hi' });
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).toContain('waiting, not active');
    await call(platform, 'POST', `${api}/${id}/accept`, {});
    expect((await call(platform, 'POST', `${api}/${id}/messages`, { text: '  ' })).status).toBe(400);
    expect((await call(platform, 'POST', `${api}/${id}/typing`, { typing: 'yes' })).status).toBe(400);
    expect((await call(platform, 'POST', `${api}/${id}/accept`, { firstName: '' })).status).toBe(400);
    expect((await call(platform, 'POST', '/agent/api/handoffs', { identity: 'nobody@example.com' })).status).toBe(400);
    socket.close();
  });

  it('serves the desk page and its script, with a strict CSP', async () => {
    const page = await fetch(`${platform.url}/agent`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script src="/agent/desk.js">');
    const script = await (await fetch(`${platform.url}/agent/desk.js`)).text();
    expect(script).toContain('textContent');
    expect(script).not.toContain('innerHTML');
  });

  it('starts a hand-off over the API, for tests', async () => {
    const { socket, grant } = await connect(platform, 'desk-d@example.com');
    const res = await call(platform, 'POST', '/agent/api/handoffs', { identity: 'desk-d@example.com' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ userId: grant.userId, status: 'waiting' });
    socket.close();
  });
});
