import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakePlatform } from '../test-support/fakes';
import { systemClock } from '../client/defaults';
import { createTokenManager } from './tokens';
import { PlatformError } from './http';

beforeEach(() => void vi.useFakeTimers({ now: new Date('2025-01-01T00:00:00Z') }));
afterEach(() => void vi.useRealTimers());

function manager(platform = fakePlatform({ lifetimeMs: 600_000 })) {
  const getJwt = vi.fn(async () => 'jwt');
  const tokens = createTokenManager({ getJwt, fetch: platform.fetch, grantUrl: 'https://xo.test/api/1.1/oAuth/token/jwtgrant', botInfo: { chatBot: 'b', taskBotId: 'st-1' }, clock: systemClock, onUser: () => {} });
  return { tokens, getJwt, platform };
}

describe('token manager', () => {
  it('is single-flight: ten callers waiting share one grant', async () => {
    const { tokens, getJwt } = manager();
    const all = await Promise.all(Array.from({ length: 10 }, () => tokens.token()));
    expect(new Set(all)).toEqual(new Set(['tok-1']));
    expect(getJwt).toHaveBeenCalledTimes(1);
  });

  it('reuses the token until shortly before expiresDate, then grants again', async () => {
    const { tokens, getJwt } = manager();
    await tokens.token();
    vi.advanceTimersByTime(539_000);
    expect(await tokens.token()).toBe('tok-1');
    vi.advanceTimersByTime(2000); // inside the last minute
    expect(tokens.valid()).toBe(false);
    expect(await tokens.token()).toBe('tok-2');
    expect(getJwt).toHaveBeenCalledTimes(2);
  });

  it('invalidate forgets only the rejected token', async () => {
    const { tokens } = manager();
    await tokens.token();
    tokens.invalidate('something-else');
    expect(tokens.valid()).toBe(true);
    tokens.invalidate('tok-1');
    expect(await tokens.token()).toBe('tok-2');
  });

  it('classifies errors: 4xx is final with the platform message, 5xx and network are retryable', async () => {
    const platform = fakePlatform();
    platform.override('/jwtgrant', { status: 400, body: { errors: [{ msg: 'Bad bot id', code: 'BAD' }] } }, { status: 503, body: 'busy' }, new TypeError('offline'));
    const { tokens } = manager(platform);
    const first = await tokens.token().catch((e: unknown) => e);
    expect(first).toBeInstanceOf(PlatformError);
    expect(first).toMatchObject({ message: 'jwtgrant failed: Bad bot id (HTTP 400)', retryable: false, code: 'BAD' });
    expect(await tokens.token().catch((e: unknown) => e)).toMatchObject({ retryable: true, status: 503 });
    expect(await tokens.token().catch((e: unknown) => e)).toMatchObject({ retryable: true, status: 0 });
  });

  it('rejects a getJwt that resolves to nothing with a clear message', async () => {
    const platform = fakePlatform();
    const tokens = createTokenManager({ getJwt: async () => undefined as unknown as string, fetch: platform.fetch, grantUrl: 'https://xo.test/g', botInfo: { chatBot: 'b', taskBotId: 'st' }, clock: systemClock, onUser: () => {} });
    await expect(tokens.token()).rejects.toThrow('getJwt() must resolve to a JWT string; it returned undefined');
  });
});
