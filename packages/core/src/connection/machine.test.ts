import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';
import type { ConnectionState } from '../types';
import { transition, type ConnectionEvent } from './machine';

describe('transition', () => {
  it('follows the happy path and ignores events that do not apply', () => {
    let s = transition({ status: 'idle' }, { type: 'start' });
    expect(s).toEqual({ status: 'authenticating' });
    s = transition(s, { type: 'connect', attempt: 1 });
    s = transition(s, { type: 'opened', at: 5 });
    expect(s).toEqual({ status: 'open', since: 5 });
    expect(transition(s, { type: 'opened', at: 9 })).toBe(s);
    expect(transition({ status: 'closed' }, { type: 'lost', attempt: 1, retryAt: 1 })).toEqual({ status: 'closed' });
    expect(transition(s, { type: 'offline' })).toEqual({ status: 'offline' });
    expect(transition(s, { type: 'fail', reason: 'r', code: 'c' })).toEqual({ status: 'failed', reason: 'r', code: 'c' });
    expect(transition(s, { type: 'stop' })).toEqual({ status: 'closed' });
  });
});

// Every (state, event) cell, written out by hand: '·' means the event does not apply (the same state object
// comes back, so the caller can tell a no-op), anything else is the status it leads to.
const STATES: ConnectionState[] = [
  { status: 'idle' },
  { status: 'authenticating' },
  { status: 'connecting', attempt: 1 },
  { status: 'open', since: 1 },
  { status: 'reconnecting', attempt: 2, retryAt: 9 },
  { status: 'offline' },
  { status: 'failed', reason: 'r' },
  { status: 'closed' },
];
const EVENTS: ConnectionEvent[] = [
  { type: 'start' },
  { type: 'authenticate' },
  { type: 'connect', attempt: 3 },
  { type: 'opened', at: 7 },
  { type: 'lost', attempt: 4, retryAt: 11, error: 'e' },
  { type: 'offline' },
  { type: 'fail', reason: 'why', code: 'C' },
  { type: 'stop' },
];
//                    start            authenticate     connect       opened  lost            offline    fail      stop
const TABLE: Record<ConnectionState['status'], string[]> = {
  idle:           ['authenticating', 'authenticating', 'connecting', '·',    '·',            '·',       '·',      'closed'],
  authenticating: ['·',              '·',              'connecting', '·',    'reconnecting', 'offline', 'failed', 'closed'],
  connecting:     ['·',              'authenticating', 'connecting', 'open', 'reconnecting', 'offline', 'failed', 'closed'],
  open:           ['·',              'authenticating', '·',          '·',    'reconnecting', 'offline', 'failed', 'closed'],
  reconnecting:   ['·',              'authenticating', 'connecting', '·',    'reconnecting', 'offline', 'failed', 'closed'],
  offline:        ['·',              'authenticating', 'connecting', '·',    '·',            '·',       '·',      'closed'],
  failed:         ['authenticating', 'authenticating', 'connecting', '·',    '·',            '·',       '·',      'closed'],
  closed:         ['authenticating', 'authenticating', 'connecting', '·',    '·',            '·',       '·',      '·'],
};

describe('every (state, event) cell', () => {
  for (const state of STATES) {
    EVENTS.forEach((event, i) => {
      const expected = TABLE[state.status][i];
      it(`${state.status} + ${event.type} -> ${expected === '·' ? 'no change' : expected}`, () => {
        const next = transition(state, event);
        if (expected === '·') expect(next).toBe(state);
        else expect(next.status).toBe(expected);
      });
    });
  }
  it('carries each event\'s data into the state it leads to', () => {
    expect(transition({ status: 'open', since: 1 }, { type: 'lost', attempt: 4, retryAt: 11, error: 'e' })).toEqual({ status: 'reconnecting', attempt: 4, retryAt: 11, lastError: 'e' });
    expect(transition({ status: 'connecting', attempt: 1 }, { type: 'fail', reason: 'why', code: 'C' })).toEqual({ status: 'failed', reason: 'why', code: 'C' });
    expect(transition({ status: 'connecting', attempt: 1 }, { type: 'opened', at: 7 })).toEqual({ status: 'open', since: 7 });
  });
});

describe('backoffDelay', () => {
  it('is full jitter under an exponential ceiling with a cap', () => {
    const opts = { baseMs: 100, maxMs: 1000 };
    expect([1, 2, 3, 4, 5, 50].map((a) => backoffDelay(a, opts, () => 0.999999))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, opts, () => 0)).toBe(0);
  });
});
