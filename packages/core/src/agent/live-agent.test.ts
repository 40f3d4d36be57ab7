// The core against the local platform's agent desk: the bot hands off, a person accepts, types, answers, reads and
// ends; the client shows who is talking, their typing and the timeline, and sends receipts and typing only while a
// person is there.
import { DEMO_BOT, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, signJwt, startLocalPlatform, type LocalPlatform } from '@xo-chat/local-platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { memoryStorage } from '../test-support/fakes';
import type { ChatClient, KeyValueStorage, Message, WebSocketConstructor } from '../types';
import { createChatClient } from '../client/create-client';
import { until, pause } from '../test-support/waiting';

let platform: LocalPlatform;
const clients: ChatClient[] = [];
beforeAll(async () => {
  platform = await startLocalPlatform({ replyDelayMs: 0 });
});
afterAll(async () => {
  for (const c of clients.splice(0)) c.stop();
  await platform.close();
});


function client(identity: string, storage: KeyValueStorage = memoryStorage()): ChatClient {
  const c = createChatClient({
    apiHost: platform.url,
    botInfo: DEMO_BOT,
    getJwt: async () => signJwt({ clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET, identity }),
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    storage,
    backoff: { baseMs: 50, maxMs: 300 },
  });
  clients.push(c);
  return c;
}

const textOf = (m: Message) => m.parts.map((p) => (p.type === 'text' ? p.text : p.type === 'template' ? p.fallbackText : '')).join('');

async function handedOff(identity: string) {
  const c = client(identity);
  await c.start();
  const userId = c.store.getState().user?.userId ?? '';
  c.send('talk to a person');
  await until(() => c.store.getState().messages.some((m) => textOf(m).includes('Connecting you with a person')), 'the hand-off reply');
  const handoff = platform.desk.list().find((h) => h.userId === userId);
  if (!handoff) throw new Error('no hand-off');
  return { c, userId, id: handoff.id };
}

describe('a live agent', () => {
  it('joins, types, answers, reads and leaves; the client keeps the store and the desk in step', async () => {
    const { c, id } = await handedOff(`agent-a-${Date.now()}@test`);
    const state = () => c.store.getState();

    // Only the bot: typing goes nowhere.
    const framesBefore = platform.counters.framesReceived;
    c.setUserTyping(true);
    c.setUserTyping(false);
    await pause(50);
    expect(platform.counters.framesReceived).toBe(framesBefore);
    expect(state().liveAgent).toBeNull();

    platform.desk.accept(id, { id: 'agent-sam', firstName: 'Sam', lastName: 'Lee', profImage: 'http://localhost/sam.svg' });
    await until(() => state().liveAgent !== null, 'the agent joined');
    expect(state().liveAgent?.agent).toEqual({ id: 'agent-sam', name: 'Sam Lee', avatarUrl: 'http://localhost/sam.svg' });
    const joined = state().messages.filter((m) => m.event?.type === 'agent-joined');
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ from: 'system', event: { agent: { name: 'Sam Lee' } } });
    expect(textOf(joined[0] as Message)).toBe('Sam Lee joined the chat');

    platform.desk.typing(id, true);
    await until(() => state().liveAgent?.typing === true, 'the agent typing');
    expect(state().typing).toBe(false);
    platform.desk.typing(id, false);
    await until(() => state().liveAgent?.typing === false, 'the agent stopped typing');

    // The user types: the desk sees it, once per burst.
    const typingFrames = platform.counters.framesReceived;
    c.setUserTyping(true);
    c.setUserTyping(true);
    c.setUserTyping(true);
    await until(() => platform.desk.list().find((h) => h.id === id)?.userTyping === true, 'the desk sees typing');
    expect(platform.counters.framesReceived - typingFrames).toBe(1);
    c.setUserTyping(false);
    await until(() => platform.desk.list().find((h) => h.id === id)?.userTyping === false, 'the desk sees typing stop');

    // The agent answers: shown under their name, reported delivered at once and read once seen.
    const reply = platform.desk.reply(id, 'I can rebook you on the 6pm flight.');
    await until(() => state().messages.some((m) => m.from === 'agent' && textOf(m).includes('6pm')), 'the agent message');
    const agentMessage = state().messages.find((m) => m.from === 'agent' && textOf(m).includes('6pm'));
    expect(agentMessage?.author).toMatchObject({ name: 'Sam Lee' });
    const onDesk = () => platform.desk.conversation(id).messages.find((m) => m.id === reply.id);
    await until(() => onDesk()?.delivered === true, 'message_delivered');
    await pause(400);
    expect(onDesk()?.read).toBe(false);
    c.markRead();
    await until(() => onDesk()?.read === true, 'message_read');

    // The user's messages: delivered to the desk, then read there. No bot "typing" while a person answers.
    const mine = c.send('Yes please');
    expect(state().typing).toBe(false);
    await until(() => state().messages.find((m) => m.id === mine)?.receipt === 'delivered', 'delivered receipt');
    platform.desk.read(id);
    await until(() => state().messages.find((m) => m.id === mine)?.receipt === 'read', 'read receipt');
    expect(state().messages.find((m) => m.id === mine)?.status).toBe('sent');

    // A reload: the agent is still there, the timeline shows them joined once, history names them.
    c.stop();
    const again = client(`${state().user?.identity ?? ''}`);
    await again.start();
    const s2 = () => again.store.getState();
    await until(() => s2().liveAgent?.agent.name === 'Sam Lee', 'the agent after a reload');
    await until(() => s2().messages.some((m) => m.from === 'agent' && m.author?.name === 'Sam Lee' && m.fromHistory === true), 'the agent message from history');
    expect(s2().messages.filter((m) => m.event?.type === 'agent-joined')).toHaveLength(1);

    platform.desk.end(id);
    await until(() => s2().liveAgent === null, 'the agent left');
    expect(s2().messages.filter((m) => m.event?.type === 'agent-left').map(textOf)).toEqual(['Sam Lee left the chat']);
    await until(() => s2().messages.some((m) => m.from === 'bot' && textOf(m).includes('back with the Wayfarer bot')), 'the bot is back');
    const framesAfter = platform.counters.framesReceived;
    again.setUserTyping(true);
    await pause(50);
    expect(platform.counters.framesReceived).toBe(framesAfter);
    again.stop();
  });

  it('shows a transfer to another agent once', async () => {
    const { c, id } = await handedOff(`agent-b-${Date.now()}@test`);
    platform.desk.accept(id, { id: 'agent-sam', firstName: 'Sam', lastName: 'Lee' });
    await until(() => c.store.getState().liveAgent?.agent.id === 'agent-sam', 'Sam');
    platform.desk.accept(id, { id: 'agent-kim', firstName: 'Kim', lastName: 'Ito' });
    await until(() => c.store.getState().liveAgent?.agent.id === 'agent-kim', 'Kim');
    const events = c.store.getState().messages.filter((m) => m.event).map((m) => `${m.event?.type} ${m.event?.agent.name}`);
    expect(events).toEqual(['agent-joined Sam Lee', 'agent-transferred Kim Ito']);
    c.stop();
  });
});
