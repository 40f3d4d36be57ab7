import { randomBytes } from 'node:crypto';
import { ACCOUNT_ID, ORG_ID } from '../constants.js';
import type { PlatformContext } from '../context.js';
import { unauthorized } from '../errors.js';
import { claimTimeToMs, decodeJwt, hasValidSignature } from '../jwt.js';
import type { BotRecord } from '../options.js';
import { contextOf } from '../records.js';
import { json } from './types.js';
import type { ApiReply, ApiRequest } from './types.js';

const CLOCK_SKEW_MS = 60_000;
const MAX_JTI_LIFETIME_MS = 60 * 60 * 1000;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function stringClaim(claims: Record<string, unknown>, name: string): string {
  const value = claims[name];
  if (value === undefined) throw unauthorized('MISSING_CLAIM', `The JWT has no '${name}' claim.`);
  if (typeof value !== 'string' || !value) throw unauthorized('INVALID_CLAIM', `The JWT's '${name}' claim must be a non-empty string.`);
  return value;
}

function timeClaim(claims: Record<string, unknown>, name: 'iat' | 'exp'): number {
  const value = claims[name];
  if (value === undefined) throw unauthorized('MISSING_CLAIM', `The JWT has no '${name}' claim.`);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw unauthorized('INVALID_CLAIM', `The JWT's '${name}' claim must be a number (seconds or milliseconds since 1970).`);
  }
  return claimTimeToMs(value);
}

function findBot(ctx: PlatformContext, botInfo: unknown): BotRecord {
  if (!isObject(botInfo) || typeof botInfo.taskBotId !== 'string' || typeof botInfo.chatBot !== 'string') {
    throw unauthorized('MISSING_BOT_INFO', 'The body needs botInfo: {chatBot, taskBotId}.');
  }
  const bot = ctx.options.bots.find((b) => b.id === botInfo.taskBotId);
  if (!bot) throw unauthorized('UNKNOWN_BOT', `No bot with taskBotId ${JSON.stringify(botInfo.taskBotId)} is registered.`);
  if (bot.name !== botInfo.chatBot) {
    throw unauthorized('BOT_NAME_MISMATCH', `Bot ${bot.id} is named ${JSON.stringify(bot.name)}, not ${JSON.stringify(botInfo.chatBot)}.`);
  }
  return bot;
}

/** `POST oAuth/token/jwtgrant`: a client-signed JWT for a bearer token. */
export function grant(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const body = isObject(req.body) ? req.body : {};
  const assertion = body.assertion;
  if (typeof assertion !== 'string' || !assertion) {
    throw unauthorized('MISSING_ASSERTION', 'The body needs assertion: the JWT your backend signed.');
  }
  const jwt = decodeJwt(assertion);
  const clientId = stringClaim(jwt.claims, 'iss');
  const client = ctx.options.clients.find((c) => c.clientId === clientId);
  if (!client) throw unauthorized('UNKNOWN_CLIENT', `No client app with id ${JSON.stringify(clientId)} (the 'iss' claim) is registered.`);
  if (!hasValidSignature(jwt, client.clientSecret)) {
    throw unauthorized('INVALID_SIGNATURE', `The JWT signature does not match client ${clientId}'s secret (${jwt.algorithm}).`);
  }
  const identity = stringClaim(jwt.claims, 'sub');
  const aud = jwt.claims.aud;
  if (aud === undefined) throw unauthorized('MISSING_CLAIM', "The JWT has no 'aud' claim.");
  const audiences = (Array.isArray(aud) ? aud : [aud]).filter((a): a is string => typeof a === 'string');
  if (!audiences.some((a) => ctx.options.audiences.includes(a))) {
    throw unauthorized('INVALID_AUDIENCE', `The JWT's 'aud' must be one of: ${ctx.options.audiences.join(', ')}.`);
  }
  const iat = timeClaim(jwt.claims, 'iat');
  const exp = timeClaim(jwt.claims, 'exp');
  const now = ctx.now();
  if (exp <= now) throw unauthorized('JWT_EXPIRED', `The JWT expired at ${new Date(exp).toISOString()}; sign a new one.`);
  if (iat > now + CLOCK_SKEW_MS) throw unauthorized('JWT_NOT_YET_VALID', `The JWT's 'iat' is in the future (${new Date(iat).toISOString()}).`);
  const bot = findBot(ctx, body.botInfo);
  if (jwt.claims.jti !== undefined) {
    const jti = jwt.claims.jti;
    if (typeof jti !== 'string' || !jti) throw unauthorized('INVALID_CLAIM', "The JWT's 'jti' claim must be a non-empty string.");
    if (exp - now > MAX_JTI_LIFETIME_MS + CLOCK_SKEW_MS) {
      throw unauthorized('JTI_EXP_TOO_FAR', "A JWT with a 'jti' may expire at most 1 hour ahead.");
    }
    if (!ctx.store.rememberJti(clientId, jti, exp, now)) throw unauthorized('JWT_REPLAYED', `The JWT with jti ${JSON.stringify(jti)} was already used.`);
  }
  const user = ctx.store.upsertUser(identity, now);
  ctx.records.note(user.userId, { source: 'grant', ...contextOf(body.botInfo) }, now);
  const accessToken = randomBytes(32).toString('base64url');
  const expiresOn = now + ctx.options.tokenTtlMs;
  ctx.store.saveToken({
    token: accessToken,
    userId: user.userId,
    clientId,
    botId: bot.id,
    botName: bot.name,
    assertion,
    issuedOn: now,
    expiresOn,
  });
  ctx.counters.grants += 1;
  return json({
    authorization: {
      accessToken,
      token_type: 'bearer',
      expiresDate: new Date(expiresOn).toISOString(),
      issuedDate: new Date(now).toISOString(),
    },
    userInfo: {
      userId: user.userId,
      accountId: ACCOUNT_ID,
      orgId: ORG_ID,
      identity,
      enrollType: 'free',
      managedBy: ACCOUNT_ID,
      fName: '',
      lName: '',
    },
  });
}
