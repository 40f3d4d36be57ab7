// `rtm/start`: a fresh single-use socket URL for every (re)connect.
import { PlatformError, requestJson } from '../auth/http';
import type { TokenManager } from '../auth/tokens';
import type { BotInfo, FetchLike } from '../types';
import { isRecord, str } from '../util/json';

export interface RtmTicket {
  url: string;
  protocols?: string[];
}

async function rtmStartOnce(fetchFn: FetchLike, url: string, token: string, botInfo: BotInfo): Promise<unknown> {
  return requestJson(
    fetchFn,
    url,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `bearer ${token}`, 'x-rtm-v': '1' },
      body: JSON.stringify({ botInfo }),
    },
    'rtm/start',
  );
}

/** Asks for a socket URL; a 401 renews the token (a new JWT, a new grant) and asks once more. */
export async function startRtm(
  fetchFn: FetchLike,
  url: string,
  tokens: TokenManager,
  botInfo: BotInfo,
  resume: boolean,
): Promise<RtmTicket> {
  let token = await tokens.token();
  let body: unknown;
  try {
    body = await rtmStartOnce(fetchFn, url, token, botInfo);
  } catch (error) {
    if (!(error instanceof PlatformError) || error.status !== 401) throw error;
    tokens.invalidate(token);
    token = await tokens.token();
    try {
      body = await rtmStartOnce(fetchFn, url, token, botInfo);
    } catch (again) {
      if (again instanceof PlatformError && again.status === 401) tokens.invalidate(token);
      // A second 401 with a brand-new token is worth another try later, not a dead end.
      if (again instanceof PlatformError && again.status === 401) {
        throw new PlatformError(again.message, 401, true, again.code);
      }
      throw again;
    }
  }
  const socketUrl = isRecord(body) ? str(body.url) : undefined;
  if (!socketUrl || !/^wss?:\/\//i.test(socketUrl)) {
    throw new PlatformError('rtm/start answered without a ws:// or wss:// url', 200, true);
  }
  const ticket: RtmTicket = { url: resume ? withParam(socketUrl, 'isReconnect', 'true') : socketUrl };
  const nonce = isRecord(body) ? str(body.nonce) : undefined;
  const assertion = tokens.assertion();
  if (nonce && assertion) ticket.protocols = ['x-rtm-v|1', `jwt|${assertion}`, `nonce|${nonce}`];
  return ticket;
}

function withParam(url: string, key: string, value: string): string {
  const hashAt = url.indexOf('#');
  const base = hashAt >= 0 ? url.slice(0, hashAt) : url;
  return `${base}${base.includes('?') ? '&' : '?'}${key}=${value}`;
}
