import { DEMO_AUDIENCE, DEMO_CLIENT_ID, DEMO_IDENTITY } from '../constants.js';
import type { PlatformContext } from '../context.js';
import { ApiError, badRequest } from '../errors.js';
import { signJwt } from '../jwt.js';
import { json } from './types.js';
import type { ApiReply, ApiRequest } from './types.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `true`/`false`, or the strings `"true"`/`"false"` a form body carries; absent or empty is false. */
function readIsAnonymous(value: unknown): boolean {
  if (value === undefined || value === '' || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  throw badRequest('INVALID_IS_ANONYMOUS', `isAnonymous must be true or false (or the strings "true"/"false"), not ${JSON.stringify(value)}.`);
}

/**
 * `POST /users/sts`, development only: signs a JWT so a browser demo never holds a secret. The body is JSON or
 * form-encoded (Kore's web SDK posts a form: `clientId`, `clientSecret`, `identity`, `aud` empty, `isAnonymous`
 * as strings). It signs for the demo client, or for a registered `clientId` (whose secret must match when a
 * `clientSecret` is given). An empty or missing `aud` is the default audience.
 * A real deployment signs JWTs in the host's own backend (see `signJwt`).
 */
export function devJwt(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const body = isObject(req.body) ? req.body : {};
  const identity = body.identity ?? DEMO_IDENTITY;
  if (typeof identity !== 'string' || !identity.trim() || identity.length > 200) {
    throw badRequest('INVALID_IDENTITY', 'identity must be a non-empty string of at most 200 characters.');
  }
  if (body.aud !== undefined && typeof body.aud !== 'string') throw badRequest('INVALID_AUDIENCE', 'aud must be a string.');
  const aud = typeof body.aud === 'string' && body.aud.trim() !== '' ? body.aud.trim() : DEMO_AUDIENCE;
  const clientId = body.clientId === undefined || body.clientId === '' ? DEMO_CLIENT_ID : body.clientId;
  if (typeof clientId !== 'string') throw badRequest('INVALID_CLIENT_ID', 'clientId must be a string.');
  const client = ctx.options.clients.find((c) => c.clientId === clientId);
  if (!client) {
    throw badRequest(
      'UNKNOWN_CLIENT',
      `No client app with id ${JSON.stringify(clientId)} is registered: use ${DEMO_CLIENT_ID}, or register one with --client <id:secret>.`,
    );
  }
  if (body.clientSecret !== undefined && body.clientSecret !== '' && body.clientSecret !== client.clientSecret) {
    throw new ApiError(401, 'INVALID_CLIENT_SECRET', `clientSecret is not the secret of client ${clientId}.`);
  }
  const jwt = signJwt({
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    identity,
    aud,
    isAnonymous: readIsAnonymous(body.isAnonymous),
  });
  return json({ jwt });
}
