// The live-agent session in isolation: a fake clock and a recording socket, for the throttles and the frames.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseServerFrame } from '../protocol/frames';
import { mapHistoryItem } from '../protocol/history';
import { createChatStore } from '../store/store';
import { mergeMessages } from '../store/store';
import type { Clock, Message } from '../types';
import { createAgentSession } from './session';

const clock: Clock = { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
const sam = { id: 'a1', name: 'Sam Lee' };

function setup(open = true) {
  const store = createChatStore();
  const sent: Record<string, unknown>[] = [];
  const session = createAgentSession({
    clock,
    store,
    botInfo: { chatBot: 'Bot', taskBotId: 'st-1' },
    merge: (incoming) => {
      const r = mergeMessages(store.getState().messages, incoming);
      store.setState({ messages: r.messages });
      return r.added;
    },
    send: (data) => {
      if (open) sent.push(JSON.parse(data) as Record<string, unknown>);
      return open;
    },
  });
  return { store, sent, session, events: () => sent.map((f) => `${String(f.event)}${f.messageId ? ` ${String(f.messageId)}` : ''}`) };
}

beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => vi.useRealTimers());

describe('the agent session', () => {
  it('says typing once per burst, again after 5 s of typing, and stop_typing after 3 s idle', () => {
    const { session, events } = setup();
    session.userTyping(true);
    expect(events()).toEqual([]); // only the bot: nothing
    session.presence(true, sam, Date.now());
    for (let i = 0; i < 10; i += 1) {
      session.userTyping(true);
      vi.advanceTimersByTime(600);
    }
    expect(events()).toEqual(['typing', 'typing']);
    vi.advanceTimersByTime(3000);
    expect(events()).toEqual(['typing', 'typing', 'stop_typing']);
    session.userTyping(false);
    expect(events()).toHaveLength(3);
  });

  it('reports agent messages delivered at once and read together, in one frame when there are many', () => {
    const { session, events, sent } = setup();
    session.presence(true, sam, Date.now());
    const msg = (id: string): Message => ({ id, from: 'agent', createdAt: Date.now(), parts: [], author: sam });
    session.received(msg('m1'));
    session.received(msg('m2'));
    expect(events()).toEqual(['message_delivered m1', 'message_delivered m2']);
    session.markRead();
    session.markRead();
    vi.advanceTimersByTime(300);
    expect(events().slice(2)).toEqual(['message_read m1', 'message_read m2']);
    for (let i = 3; i < 10; i += 1) session.received(msg(`m${i}`));
    session.markRead();
    vi.advanceTimersByTime(300);
    expect(events().at(-1)).toBe('message_read');
    expect(sent.at(-1)).toMatchObject({ resourceid: '/bot.message', message: { body: '', type: '' }, botInfo: { taskBotId: 'st-1' } });
  });

  it("caps the agent's typing, and an agent message ends it", () => {
    const { session, store } = setup();
    expect(session.agentTyping(true)).toBe(false); // no agent: it is the bot's
    session.presence(true, sam, Date.now());
    expect(session.agentTyping(true)).toBe(true);
    expect(store.getState().liveAgent?.typing).toBe(true);
    vi.advanceTimersByTime(20_000);
    expect(store.getState().liveAgent?.typing).toBe(false);
    session.agentTyping(true);
    session.received({ id: 'm1', from: 'agent', createdAt: Date.now(), parts: [] });
    expect(store.getState().liveAgent?.typing).toBe(false);
  });

  it('marks receipts on user messages, read over delivered, and "all"', () => {
    const { session, store } = setup();
    const user = (id: string, status: Message['status'] = 'sent'): Message => ({ id, from: 'user', createdAt: 1, parts: [], status });
    store.setState({ messages: [user('u1'), user('u2'), user('u3', 'failed')] });
    session.receipt('read', 'u1');
    session.receipt('delivered', 'u1');
    expect(store.getState().messages[0]?.receipt).toBe('read');
    session.receipt('read', 'all');
    expect(store.getState().messages.map((m) => m.receipt)).toEqual(['read', 'read', undefined]);
  });

  it('writes a repeated agent_connected once, and a transfer and leave as timeline lines', () => {
    const { session, store } = setup();
    session.presence(true, sam, 5);
    session.presence(true, sam, 5);
    session.presence(true, { id: 'a2', name: 'Kim' }, 6);
    session.presence(false, undefined, 7);
    session.presence(false, undefined, 8);
    expect(store.getState().messages.map((m) => m.parts[0]?.type === 'text' && m.parts[0].text)).toEqual([
      'Sam Lee joined the chat',
      'You were transferred to Kim',
      'Kim left the chat',
    ]);
  });
});

describe('agent frames at the edge', () => {
  const events = (message: Record<string, unknown>) => parseServerFrame(JSON.stringify({ type: 'events', from: 'bot', message }));
  const agent = { type: 'AGENT', firstName: 'Sam', lastName: 'Lee', id: 'a1', profImage: 'https://x.test/s.png' };

  it('reads presence, typing and receipts as Kore sends them', () => {
    expect(events({ type: 'agent_connected', author: agent, timestamp: 42 })).toEqual({
      kind: 'agent-presence',
      connected: true,
      agent: { id: 'a1', name: 'Sam Lee', avatarUrl: 'https://x.test/s.png' },
      at: 42,
    });
    expect(parseServerFrame(JSON.stringify({ type: 'agent_disconnected' }), 7)).toMatchObject({ kind: 'agent-presence', connected: false, at: 7 });
    expect(events({ type: 'typing', author: agent })).toEqual({ kind: 'agent-typing', typing: true });
    expect(events({ type: 'stoptyping', author: agent })).toEqual({ kind: 'agent-typing', typing: false });
    // The user's own typing echoed back is not news.
    expect(events({ type: 'typing', author: { type: 'USER' } })).toMatchObject({ kind: 'status' });
    expect(events({ type: 'message_read', clientMessageId: 'all' })).toEqual({ kind: 'receipt', status: 'read', clientMessageId: 'all' });
  });

  it('names the agent on live and history messages, and drops a hostile picture', () => {
    const frame = parseServerFrame(
      JSON.stringify({ type: 'bot_response', from: 'bot', messageId: 'm1', author: { ...agent, profImage: 'javascript:alert(1)' }, message: [{ type: 'text', cInfo: { body: 'hi' } }] }),
    );
    expect(frame).toMatchObject({ kind: 'bot', message: { from: 'agent', author: { name: 'Sam Lee', id: 'a1' } } });
    expect(frame.kind === 'bot' && frame.message?.author?.avatarUrl).toBeUndefined();
    const item = mapHistoryItem({ _id: 'h1', type: 'outgoing', timestampValue: 5, author: agent, components: [{ cT: 'text', data: { text: 'hello' } }] });
    expect(item).toMatchObject({ ok: true, message: { from: 'agent', author: { name: 'Sam Lee' } } });
  });
});
