import type { PlatformContext } from '../context.js';
import { ApiError, unauthorized } from '../errors.js';
import type { TokenRow } from '../store/rows.js';
import type { ApiRequest } from './types.js';

/** The valid token in `Authorization: bearer <token>`, or a 401 saying what is wrong. */
export function requireToken(ctx: PlatformContext, req: ApiRequest): TokenRow {
  const header = req.headers.authorization;
  if (!header) throw unauthorized('MISSING_TOKEN', 'Send the access token as "Authorization: bearer <accessToken>".');
  const match = /^bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthorized('MALFORMED_AUTHORIZATION', 'The Authorization header must be "bearer <accessToken>".');
  const token = ctx.store.findToken(match[1]);
  if (!token) throw unauthorized('INVALID_TOKEN', 'Unknown access token: grant a new one at oAuth/token/jwtgrant.');
  if (token.expiresOn <= ctx.now()) {
    // Kore also says it in the body, with a status other than 401: `{errors: [{code: 'TOKEN_EXPIRED', msg: 'token expired'}]}`.
    const status = ctx.faults.enabled ? ctx.faults.settings.tokenExpiredStatus : 0;
    if (status > 0) throw new ApiError(status, 'TOKEN_EXPIRED', 'token expired');
    throw unauthorized('TOKEN_EXPIRED', `The access token expired at ${new Date(token.expiresOn).toISOString()}: grant a new one.`);
  }
  return token;
}
