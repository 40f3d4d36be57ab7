import { describe, expect, it } from 'vitest';
import type { Message } from '../types';
import { selectCanSend, selectLastQuickReplies, selectPendingCount } from './selectors';
import { initialChatState, mergeMessages } from './store';

const msg = (id: string, createdAt: number, extra: Partial<Message> = {}): Message => ({ id, from: 'bot', createdAt, parts: [{ type: 'text', text: id }], ...extra });

describe('mergeMessages', () => {
  it('keeps each id once, orders by time and then arrival, and never moves a seen message', () => {
    let list = mergeMessages([], [msg('b', 2), msg('a', 1), msg('c', 2)]).messages;
    expect(list.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    list = mergeMessages(list, [msg('b', 99, { parts: [{ type: 'text', text: 'changed' }] }), msg('__proto__', 0), msg('constructor', 3)]).messages;
    expect(list.map((m) => m.id)).toEqual(['__proto__', 'a', 'b', 'c', 'constructor']);
    expect(list.find((m) => m.id === 'b')).toEqual(msg('b', 2));
  });

  it('a history sighting marks a sending user message sent', () => {
    const list = mergeMessages([msg('u', 1, { from: 'user', status: 'sending' })], [msg('u', 5, { from: 'user', fromHistory: true })]).messages;
    expect(list[0]).toMatchObject({ status: 'sent', createdAt: 1 });
  });

  it('late chunks of an ended stream are ignored', () => {
    let list = mergeMessages([], [msg('s', 1, { streaming: true })]).messages;
    list = mergeMessages(list, [msg('s', 1, { streaming: false, parts: [{ type: 'text', text: '!' }] })]).messages;
    list = mergeMessages(list, [msg('s', 1, { streaming: true, parts: [{ type: 'text', text: 'late' }] })]).messages;
    expect(list[0]).toEqual({ id: 's', from: 'bot', createdAt: 1, parts: [{ type: 'text', text: 's!' }] });
  });
});

describe('selectors', () => {
  const qr = { type: 'template' as const, templateType: 'quick_replies', payload: { template_type: 'quick_replies' }, fallbackText: '' };
  it('quick replies only from the newest live bot message', () => {
    const state = { ...initialChatState(), messages: [msg('a', 1, { parts: [qr] })] };
    expect(selectLastQuickReplies(state)).toBe(qr);
    expect(selectLastQuickReplies({ ...state, messages: [msg('a', 1, { parts: [qr], fromHistory: true })] })).toBeNull();
    expect(selectLastQuickReplies({ ...state, messages: [msg('a', 1, { parts: [qr] }), msg('u', 2, { from: 'user' })] })).toBeNull();
  });
  it('pending count and can-send', () => {
    const state = { ...initialChatState(), messages: [msg('u', 1, { from: 'user', status: 'sending' }), msg('v', 2, { from: 'user', status: 'sent' })] };
    expect(selectPendingCount(state)).toBe(1);
    expect(selectCanSend(state)).toBe(true);
    expect(selectCanSend({ ...state, connection: { status: 'failed', reason: 'x' } })).toBe(false);
  });
});
