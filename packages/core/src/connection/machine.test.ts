import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';
import { transition } from './machine';

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

describe('backoffDelay', () => {
  it('is full jitter under an exponential ceiling with a cap', () => {
    const opts = { baseMs: 100, maxMs: 1000 };
    expect([1, 2, 3, 4, 5, 50].map((a) => backoffDelay(a, opts, () => 0.999999))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, opts, () => 0)).toBe(0);
  });
});
