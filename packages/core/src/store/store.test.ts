import { describe, expect, it } from 'vitest';
import type { Message } from '../types';
import { selectCanSend, selectLastQuickReplies, selectPendingCount } from './selectors';
import { findMessage } from './ordered';
import { initialChatState, mergeMessages, updateMessage } from './store';

const msg = (id: string, createdAt: number, extra: Partial<Message> = {}): Message => ({ id, from: 'bot', createdAt, parts: [{ type: 'text', text: id }], ...extra });

describe('mergeMessages', () => {
  it('keeps each id once, orders by time and then arrival; a live re-sighting neither moves nor rewrites it', () => {
    let list = mergeMessages([], [msg('b', 2), msg('a', 1), msg('c', 2)]).messages;
    expect(list.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    list = mergeMessages(list, [msg('b', 99, { parts: [{ type: 'text', text: 'changed' }] }), msg('__proto__', 0), msg('constructor', 3)]).messages;
    expect(list.map((m) => m.id)).toEqual(['__proto__', 'a', 'b', 'c', 'constructor']);
    expect(list.find((m) => m.id === 'b')).toEqual(msg('b', 2));
  });

  it('a history sighting marks a sending user message sent and takes the platform time', () => {
    const list = mergeMessages([msg('u', 1, { from: 'user', status: 'sending' })], [msg('u', 5, { from: 'user', fromHistory: true })]).messages;
    expect(list[0]).toMatchObject({ status: 'sent', createdAt: 5 });
    expect(list[0]?.fromHistory).toBeUndefined();
  });

  it('the platform decides the order: a history sighting re-dates a message and moves it where the platform has it', () => {
    // The client showed u (sent at 10) before the bot's answer b (12); the platform filed u at 13 (a resend).
    let list = mergeMessages([], [msg('a', 5), msg('u', 10, { from: 'user' }), msg('b', 12), msg('c', 13), msg('d', 20)]).messages;
    list = mergeMessages(list, [msg('u', 13, { from: 'user', fromHistory: true })]).messages;
    expect(list.map((m) => m.id)).toEqual(['a', 'b', 'c', 'u', 'd']);
    expect(list.find((m) => m.id === 'u')?.fromHistory).toBeUndefined();
    list = mergeMessages(list, [msg('d', 5, { fromHistory: true })]).messages;
    expect(list.map((m) => m.id)).toEqual(['a', 'd', 'b', 'c', 'u']);
    // A page of known items in another order comes out in the platform's order.
    list = mergeMessages(list, [msg('a', 1, { fromHistory: true }), msg('c', 2, { fromHistory: true }), msg('b', 3, { fromHistory: true })]).messages;
    expect(list.map((m) => [m.id, m.createdAt])).toEqual([['a', 1], ['c', 2], ['b', 3], ['d', 5], ['u', 13]]);
    for (const [i, m] of list.entries()) expect(findMessage(list, m.id)).toBe(list[i]);
  });

  it('equal times follow the history page order (the platform orders ties by when it stored them)', () => {
    // Three resends stored in one millisecond, in the order the platform received them.
    let list = mergeMessages([], [msg('x', 1, { from: 'user' }), msg('y', 2, { from: 'user' }), msg('z', 3, { from: 'user' }), msg('w', 9)]).messages;
    list = mergeMessages(list, [msg('y', 7, { fromHistory: true }), msg('z', 7, { fromHistory: true }), msg('x', 7, { fromHistory: true })]).messages;
    expect(list.map((m) => m.id)).toEqual(['y', 'z', 'x', 'w']);
    list = mergeMessages(list, [msg('x', 7, { fromHistory: true }), msg('y', 7, { fromHistory: true }), msg('z', 7, { fromHistory: true })]).messages;
    expect(list.map((m) => m.id)).toEqual(['x', 'y', 'z', 'w']);
    // A live re-sighting does not move it.
    expect(mergeMessages(list, [msg('x', 7)]).messages.map((m) => m.id)).toEqual(['x', 'y', 'z', 'w']);
  });

  it('inserts out-of-order messages by binary search and keeps the id index right for any list', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `m${i}`);
    const times = ids.map((_, i) => (i * 7919) % 101);
    let list: readonly Message[] = [];
    for (const [i, id] of ids.entries()) list = mergeMessages(list, [msg(id, times[i] as number)]).messages;
    const expected = ids.map((id, i) => ({ id, t: times[i] as number, i })).sort((x, y) => x.t - y.t || x.i - y.i).map((x) => x.id);
    expect(list.map((m) => m.id)).toEqual(expected);
    // An older list (its index handed on) and a list built elsewhere still merge and look up correctly.
    const older = list.slice(0, 50);
    expect(mergeMessages(older, [msg('m0', 0)]).messages).toHaveLength(50);
    expect(findMessage(older, older[10]?.id ?? '')).toBe(older[10]);
    const updated = updateMessage(list, 'm150', (m) => ({ ...m, status: 'sent' }));
    expect(findMessage(updated, 'm150')?.status).toBe('sent');
    expect(updateMessage(updated, 'nope', (m) => m)).toBe(updated);
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

describe('mergeMessages against a from-scratch model', () => {
  /** The merge rule the plain way: a scan per message, a splice per move, no index. */
  function model(list: Message[], incoming: readonly Message[]): Message[] {
    const next = list.slice();
    const after = (t: number) => {
      let at = next.length;
      while (at > 0 && (next[at - 1] as Message).createdAt > t) at--;
      return at;
    };
    for (const m of incoming) {
      const at = next.findIndex((x) => x.id === m.id);
      if (at === -1) {
        next.splice(after(m.createdAt), 0, m);
        continue;
      }
      const known = next[at] as Message;
      if (!m.fromHistory) continue;
      next.splice(at, 1);
      const moved = { ...known, createdAt: m.createdAt };
      next.splice(after(m.createdAt), 0, moved);
    }
    return next;
  }

  it('gives the same order and ids, and a right index, over random live and history batches', () => {
    for (let seed = 1; seed <= 30; seed++) {
      let x = seed;
      const rand = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
      let list: readonly Message[] = [];
      let expected: Message[] = [];
      let next = 0;
      for (let step = 0; step < 80; step++) {
        const batch: Message[] = [];
        for (let k = Math.floor(rand() * 4); k >= 0; k--) {
          const known = expected.length > 0 && rand() < 0.3 ? expected[Math.floor(rand() * expected.length)] : undefined;
          const newest = expected.at(-1)?.createdAt ?? 0;
          // Mostly newest (the append path), sometimes a tie or older (the binary search path).
          const t = rand() < 0.7 ? newest + Math.floor(rand() * 3) : Math.floor(rand() * (newest + 1));
          if (known) batch.push(msg(known.id, rand() < 0.5 ? t : known.createdAt, rand() < 0.5 ? { fromHistory: true } : {}));
          else batch.push(msg(`n${next++}`, t));
        }
        list = mergeMessages(list, batch).messages;
        expected = model(expected, batch);
        expect(list.map((m) => `${m.id}@${m.createdAt}`), `seed ${seed}, step ${step}`).toEqual(expected.map((m) => `${m.id}@${m.createdAt}`));
        for (const [i, m] of list.entries()) expect(findMessage(list, m.id)).toBe(list[i]);
      }
    }
  });
});
