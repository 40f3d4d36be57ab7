import { DEMO_AUDIENCE, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_IDENTITY } from '../constants.js';
import type { PlatformContext } from '../context.js';
import { badRequest } from '../errors.js';
import { signJwt } from '../jwt.js';
import { json } from './types.js';
import type { ApiReply, ApiRequest } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `POST /users/sts`, development only: signs a JWT for the demo client, so the demo app never holds the secret.
 * A real deployment signs JWTs in the host's own backend (see `signJwt`).
 */
export function devJwt(_ctx: PlatformContext, req: ApiRequest): ApiReply {
  const body = isObject(req.body) ? req.body : {};
  const identity = body.identity ?? DEMO_IDENTITY;
  if (typeof identity !== 'string' || !identity.trim() || identity.length > 200) {
    throw badRequest('INVALID_IDENTITY', 'identity must be a non-empty string of at most 200 characters.');
  }
  if (body.aud !== undefined && typeof body.aud !== 'string') throw badRequest('INVALID_AUDIENCE', 'aud must be a string.');
  const jwt = signJwt({
    clientId: DEMO_CLIENT_ID,
    clientSecret: DEMO_CLIENT_SECRET,
    identity,
    aud: typeof body.aud === 'string' ? body.aud : DEMO_AUDIENCE,
    isAnonymous: body.isAnonymous === true,
  });
  return json({ jwt });
}
