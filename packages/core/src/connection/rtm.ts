// `rtm/start`: a fresh single-use socket URL for every (re)connect.
import { PlatformError, requestJson } from '../auth/http';
import type { TokenManager } from '../auth/tokens';
import type { BotInfo, ConnectionMode, FetchLike } from '../types';
import { isRecord, str } from '../util/json';

export interface RtmTicket {
  url: string;
  protocols?: string[];
}

export interface SocketUrlOptions {
  /** Sent on the first connect only; implicit reconnects say `isReconnect=true` instead. */
  connectionMode?: ConnectionMode;
  params?: Readonly<Record<string, string>>;
  rewrite?: (url: string) => string;
  language?: string;
}

async function rtmStartOnce(fetchFn: FetchLike, url: string, token: string, botInfo: BotInfo, language?: string): Promise<unknown> {
  return requestJson(
    fetchFn,
    url,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `bearer ${token}`, 'x-rtm-v': '1' },
      body: JSON.stringify(language ? { botInfo, language } : { botInfo }),
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
  socket: SocketUrlOptions = {},
): Promise<RtmTicket> {
  let token = await tokens.token();
  let body: unknown;
  try {
    body = await rtmStartOnce(fetchFn, url, token, botInfo, socket.language);
  } catch (error) {
    if (!(error instanceof PlatformError) || !error.tokenExpired) throw error;
    tokens.invalidate(token);
    token = await tokens.token();
    try {
      body = await rtmStartOnce(fetchFn, url, token, botInfo, socket.language);
    } catch (again) {
      // A second refusal of a brand-new token is worth another try later, not a dead end.
      if (again instanceof PlatformError && again.tokenExpired) {
        tokens.invalidate(token);
        throw new PlatformError(again.message, 401, true, again.code);
      }
      throw again;
    }
  }
  const socketUrl = isRecord(body) ? str(body.url) : undefined;
  if (!socketUrl || !/^wss?:\/\//i.test(socketUrl)) {
    throw new PlatformError('rtm/start answered without a ws:// or wss:// url', 200, true);
  }
  const ticket: RtmTicket = { url: socketUrlFor(socketUrl, resume, socket) };
  const nonce = isRecord(body) ? str(body.nonce) : undefined;
  const assertion = tokens.assertion();
  if (nonce && assertion) ticket.protocols = ['x-rtm-v|1', `jwt|${assertion}`, `nonce|${nonce}`];
  return ticket;
}

function socketUrlFor(issued: string, resume: boolean, o: SocketUrlOptions): string {
  let url = issued;
  if (resume) url = withParam(url, 'isReconnect', 'true');
  else if (o.connectionMode) url = withParam(url, 'ConnectionMode', o.connectionMode);
  for (const [key, value] of Object.entries(o.params ?? {})) url = withParam(url, key, value);
  if (!o.rewrite) return url;
  let rewritten: unknown;
  try {
    rewritten = o.rewrite(url);
  } catch (error) {
    throw new PlatformError(`rewriteSocketUrl threw: ${error instanceof Error ? error.message : String(error)}`, 0, false);
  }
  if (typeof rewritten !== 'string' || !/^wss?:\/\/[^\s]+$/i.test(rewritten)) {
    throw new PlatformError(
      `rewriteSocketUrl must return a ws:// or wss:// URL; it returned ${JSON.stringify(String(rewritten).slice(0, 80))}. Fix the rewriteSocketUrl option.`,
      0,
      false,
      'BAD_OPTION',
    );
  }
  return rewritten;
}

function withParam(url: string, key: string, value: string): string {
  const hashAt = url.indexOf('#');
  const base = hashAt >= 0 ? url.slice(0, hashAt) : url;
  return `${base}${base.includes('?') ? '&' : '?'}${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
}
