import type { PlatformContext } from '../context.js';
import { ApiError } from '../errors.js';
import { contextOf } from '../records.js';
import type { ContextEntry } from '../records.js';
import { RTM_PATH } from '../rtm/upgrade.js';
import { requireToken } from './bearer.js';
import { json } from './types.js';
import type { ApiReply, ApiRequest } from './types.js';

/** `POST rtm/start`: a single-use, short-lived socket URL (plus a nonce for `x-rtm-v: 1` clients). */
export function rtmStart(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const token = requireToken(ctx, req);
  if (ctx.faults.refuseRtmStart()) {
    throw new ApiError(503, 'SERVICE_UNAVAILABLE', 'rtm/start refused by fault injection; retry with backoff.');
  }
  const withNonce = String(req.headers['x-rtm-v'] ?? '').trim() === '1';
  const body = typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};
  const language = typeof body.language === 'string' && body.language.trim() ? body.language.trim().slice(0, 20) : undefined;
  const noted: Omit<ContextEntry, 'at'> = { source: 'rtm/start', ...contextOf(body.botInfo) };
  if (language !== undefined) noted.language = language;
  ctx.records.note(token.userId, noted, ctx.now());
  const { sid, nonce } = ctx.sids.issue(token, ctx.now(), ctx.options.rtmUrlTtlMs, withNonce, language);
  ctx.counters.rtmStarts += 1;
  const url = `ws://${req.host}${RTM_PATH}?sid=${sid}`;
  return json(nonce === undefined ? { url } : { url, nonce });
}
