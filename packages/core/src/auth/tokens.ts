// The access token: in memory only, renewed before it expires and after a 401, one grant in flight at a time.
import type { BotInfo, Clock, FetchLike, UserInfo } from '../types';
import { isRecord, str, toTime } from '../util/json';
import { PlatformError, requestJson } from './http';

export interface TokenManagerOptions {
  getJwt: () => Promise<string>;
  fetch: FetchLike;
  grantUrl: string;
  botInfo: BotInfo;
  clock: Clock;
  onUser: (user: UserInfo) => void;
}

export interface TokenManager {
  /** A valid access token, granting a new one when there is none or it is about to expire. */
  token(): Promise<string>;
  /** True when `token()` would answer without a grant. */
  valid(): boolean;
  /** Forget `token` after the platform rejected it (a 401); a newer token is kept. */
  invalidate(token: string): void;
  /** The JWT behind the current token (sent as the `jwt|` subprotocol when the platform asks). */
  assertion(): string | undefined;
  /** The platform's clock minus ours, from the last grant's `issuedDate` (0 until known). */
  skew(): number;
  clear(): void;
}

const DEFAULT_LIFETIME_MS = 60 * 60 * 1000;

export function createTokenManager(options: TokenManagerOptions): TokenManager {
  let current: { token: string; renewAt: number; assertion: string } | null = null;
  let inflight: Promise<string> | null = null;
  let skew = 0;

  async function grant(): Promise<string> {
    let jwt: unknown;
    try {
      jwt = await options.getJwt();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new PlatformError(`getJwt() failed: ${reason}`, 0, true);
    }
    if (typeof jwt !== 'string' || jwt.trim() === '') {
      throw new PlatformError('getJwt() must resolve to a JWT string; it returned ' + typeof jwt, 0, false);
    }
    const body = await requestJson(
      options.fetch,
      options.grantUrl,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ assertion: jwt, botInfo: options.botInfo }),
      },
      'jwtgrant',
    );
    const auth = isRecord(body) && isRecord(body.authorization) ? body.authorization : undefined;
    const token = str(auth?.accessToken);
    if (!auth || !token) throw new PlatformError('jwtgrant answered without authorization.accessToken', 200, false);
    const now = options.clock.now();
    // The lifetime from the platform's own two dates survives a skewed local clock.
    const expires = toTime(auth.expiresDate);
    const issued = toTime(auth.issuedDate);
    let lifetime = DEFAULT_LIFETIME_MS;
    if (expires !== undefined) lifetime = issued !== undefined ? expires - issued : expires - now;
    lifetime = Math.max(lifetime, 0);
    if (issued !== undefined) skew = issued - now;
    const renewAt = now + lifetime - Math.min(60_000, lifetime * 0.1);
    current = { token, renewAt, assertion: jwt };
    const user = isRecord(body) && isRecord(body.userInfo) ? body.userInfo : undefined;
    const userId = str(user?.userId);
    if (user && userId) {
      const info: UserInfo = { userId, identity: str(user.identity) ?? '' };
      for (const key of ['accountId', 'orgId', 'fName', 'lName'] as const) {
        const value = str(user[key]);
        if (value) info[key] = value;
      }
      options.onUser(info);
    }
    return token;
  }

  const valid = () => current !== null && options.clock.now() < current.renewAt;
  return {
    valid,
    token() {
      if (current && valid()) return Promise.resolve(current.token);
      inflight ??= grant().finally(() => {
        inflight = null;
      });
      return inflight;
    },
    invalidate(token) {
      if (current?.token === token) current = null;
    },
    assertion: () => current?.assertion,
    skew: () => skew,
    clear() {
      current = null;
    },
  };
}
