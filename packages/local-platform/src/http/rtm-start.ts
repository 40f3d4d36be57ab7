import type { PlatformContext } from '../context.js';
import { ApiError } from '../errors.js';
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
  const { sid, nonce } = ctx.sids.issue(token, ctx.now(), ctx.options.rtmUrlTtlMs, withNonce);
  ctx.counters.rtmStarts += 1;
  const url = `ws://${req.host}${RTM_PATH}?sid=${sid}`;
  return json(nonce === undefined ? { url } : { url, nonce });
}
