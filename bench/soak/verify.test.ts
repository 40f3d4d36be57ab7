import { describe, expect, it } from 'vitest';
import type { HistoryItem } from '@xo-chat/core/protocol';
import type { Message } from '@xo-chat/core';
import { spread } from './stats';
import { type ClientEvidence, verifyClient } from './verify';

const user = (id: string, text = id, status: Message['status'] = 'sent'): Message => ({
  id,
  from: 'user',
  createdAt: 0,
  parts: [{ type: 'text', text }],
  clientMessageId: id,
  status,
});
const bot = (id: string, text = `hi ${id}`): Message => ({ id, from: 'bot', createdAt: 0, parts: [{ type: 'text', text }] });
const incoming = (cid: string, serverId = `srv-${cid}`): HistoryItem => ({
  _id: serverId,
  type: 'incoming',
  userMsgId: cid,
  components: [{ cT: 'text', data: { text: cid } }],
});
const outgoing = (id: string): HistoryItem => ({ _id: id, type: 'outgoing', components: [{ cT: 'text', data: { text: 'hi' } }] });

function evidence(over: Partial<ClientEvidence> = {}): ClientEvidence {
  return {
    identity: 'u@test',
    sentIds: ['c1', 'c2'],
    messages: [user('c1'), bot('b1'), user('c2'), bot('b2')],
    history: [incoming('c1'), outgoing('b1'), incoming('c2'), outgoing('b2')],
    sockets: { created: 2, opened: 2, maxLive: 1, openTimes: [1, 2] },
    socketFaults: 1,
    ...over,
  };
}

describe('verifyClient', () => {
  it('passes a client whose transcript equals the platform history', () => {
    const verdict = verifyClient(evidence());
    expect(verdict.failures).toEqual([]);
    expect(verdict).toMatchObject({ lost: 0, duplicated: 0, transcriptMatches: true, reconnects: 1 });
  });

  it('counts a sent message the platform never stored as lost', () => {
    const verdict = verifyClient(evidence({ history: [incoming('c1'), outgoing('b1'), outgoing('b2')] }));
    expect(verdict.lost).toBe(1);
    expect(verdict.transcriptMatches).toBe(false);
  });

  it('counts a message stored twice as duplicated', () => {
    const history = [incoming('c1'), incoming('c1', 'srv-again'), outgoing('b1'), incoming('c2'), outgoing('b2')];
    expect(verifyClient(evidence({ history })).duplicated).toBe(1);
  });

  it('counts lost and duplicated from the platform\'s stored client ids when given (history without userMsgId)', () => {
    const bare = (cid: string): HistoryItem => ({ _id: `h-${cid}`, type: 'incoming', components: [{ cT: 'text', data: { text: cid } }] });
    const history = [bare('c1'), outgoing('b1'), bare('c2'), outgoing('b2')];
    const keys = { client: (m: Message) => (m.from === 'user' ? `u:${m.id}` : 'bot'), platform: (h: HistoryItem) => (h.type === 'incoming' ? `u:${h._id.slice(2)}` : 'bot') };
    expect(verifyClient(evidence({ history, keys, storedClientIds: ['c1', 'c2'] })).failures).toEqual([]);
    const twice = verifyClient(evidence({ history, keys, storedClientIds: ['c1', 'c1', 'c2'] }));
    expect(twice.duplicated).toBe(1);
    expect(verifyClient(evidence({ history, keys, storedClientIds: ['c2'] })).lost).toBe(1);
    expect(verifyClient(evidence({ history, keys: { ...keys, client: (m: Message) => m.id } })).transcriptMatches).toBe(false);
  });

  it('fails a transcript in another order and says where', () => {
    const verdict = verifyClient(evidence({ messages: [user('c1'), user('c2'), bot('b1'), bot('b2')] }));
    expect(verdict.transcriptMatches).toBe(false);
    expect(verdict.transcriptMismatch).toMatch(/^at 1 of 4/);
  });

  it('catches a bot message shown twice under two ids (same time and content)', () => {
    const messages = [user('c1'), bot('b1'), bot('hist-b1', 'hi b1'), user('c2'), bot('b2')];
    expect(verifyClient(evidence({ messages })).shownTwice).toBe(1);
    const later = [user('c1'), bot('b1'), { ...bot('hist-b1', 'hi b1'), createdAt: 5 }, user('c2'), bot('b2')];
    expect(verifyClient(evidence({ messages: later })).shownTwice).toBe(0);
  });

  it('catches the same user text shown twice under two ids', () => {
    const messages = [user('c1'), bot('b1'), user('c2'), bot('b2'), user('srv-c1', 'c1')];
    expect(verifyClient(evidence({ messages })).shownTwice).toBe(1);
  });

  it('fails messages left sending or failed, two live sockets, and reconnects beyond the faults', () => {
    const verdict = verifyClient(
      evidence({
        messages: [user('c1', 'c1', 'sending'), bot('b1'), user('c2', 'c2', 'failed'), bot('b2')],
        sockets: { created: 5, opened: 5, maxLive: 2, openTimes: [] },
        socketFaults: 1,
      }),
    );
    expect(verdict).toMatchObject({ leftSending: 1, failed: 1, maxLiveSockets: 2, reconnects: 4 });
    expect(verdict.failures).toHaveLength(4);
  });
});

describe('spread', () => {
  it('gives nearest-rank percentiles and null when empty', () => {
    expect(spread([])).toEqual({ count: 0, p50: null, p99: null, max: null });
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(spread(values)).toEqual({ count: 100, p50: 50, p99: 99, max: 100 });
  });
});
