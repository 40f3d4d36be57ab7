import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { DEMO_AUDIENCE } from './constants.js';
import { unauthorized } from './errors.js';

export type JwtAlgorithm = 'HS256' | 'HS512';

export interface SignJwtOptions {
  clientId: string;
  clientSecret: string;
  /** The user's identity, written as `sub`. */
  identity: string;
  /** Default `https://idproxy.kore.com/authorize`. */
  aud?: string;
  isAnonymous?: boolean;
  /** Default HS256. */
  algorithm?: JwtAlgorithm;
  /** Lifetime in seconds. Default 3600. */
  expiresInSec?: number;
  /** Write `iat`/`exp` in milliseconds, as Kore's sample server does. Default false (seconds). */
  millisecondTimestamps?: boolean;
  /** Adds a `jti` (then the platform rejects a replay). `true` makes a random one. */
  jti?: string | true;
  /** Issue time in ms; default `Date.now()`. */
  now?: number;
  /** Extra claims (they cannot override the ones above). */
  claims?: Record<string, string | number | boolean>;
}

const HASH: Record<JwtAlgorithm, string> = { HS256: 'sha256', HS512: 'sha512' };

const base64url = (input: string | Buffer): string => Buffer.from(input).toString('base64url');

/** Signs a client-app JWT the way a host backend does (HS256/HS512 with the client secret). */
export function signJwt(options: SignJwtOptions): string {
  const algorithm = options.algorithm ?? 'HS256';
  const nowMs = options.now ?? Date.now();
  const lifetimeSec = options.expiresInSec ?? 3600;
  const scale = options.millisecondTimestamps ? 1 : 1 / 1000;
  const iat = Math.floor(nowMs * scale);
  const exp = Math.floor((nowMs + lifetimeSec * 1000) * scale);
  const payload: Record<string, string | number | boolean> = {
    ...options.claims,
    iat,
    exp,
    aud: options.aud ?? DEMO_AUDIENCE,
    iss: options.clientId,
    sub: options.identity,
    isAnonymous: options.isAnonymous ?? false,
  };
  if (options.jti !== undefined) payload.jti = options.jti === true ? randomUUID() : options.jti;
  const head = base64url(JSON.stringify({ alg: algorithm, typ: 'JWT' }));
  const body = base64url(JSON.stringify(payload));
  const signature = createHmac(HASH[algorithm], options.clientSecret).update(`${head}.${body}`).digest();
  return `${head}.${body}.${base64url(signature)}`;
}

export interface DecodedJwt {
  algorithm: JwtAlgorithm;
  claims: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

function decodePart(part: string, name: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) throw unauthorized('MALFORMED_JWT', `JWT ${name} is not base64url.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw unauthorized('MALFORMED_JWT', `JWT ${name} is not valid JSON.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw unauthorized('MALFORMED_JWT', `JWT ${name} must be a JSON object.`);
  }
  return parsed as Record<string, unknown>;
}

/** Splits and parses a JWT without checking its signature. */
export function decodeJwt(token: string): DecodedJwt {
  const parts = token.split('.');
  if (parts.length !== 3) {
    throw unauthorized('MALFORMED_JWT', `A JWT has 3 dot-separated parts; this one has ${parts.length}.`);
  }
  const [head = '', body = '', sig = ''] = parts;
  const header = decodePart(head, 'header');
  const claims = decodePart(body, 'payload');
  const alg = header.alg;
  if (alg !== 'HS256' && alg !== 'HS512') {
    throw unauthorized(
      'UNSUPPORTED_ALGORITHM',
      `JWT algorithm ${JSON.stringify(alg)} is not supported: sign with HS256 or HS512 and the client secret.`,
    );
  }
  return { algorithm: alg, claims, signingInput: `${head}.${body}`, signature: Buffer.from(sig, 'base64url') };
}

/** Timing-safe check of an HMAC signature. */
export function hasValidSignature(jwt: DecodedJwt, secret: string): boolean {
  const expected = createHmac(HASH[jwt.algorithm], secret).update(jwt.signingInput).digest();
  return expected.length === jwt.signature.length && timingSafeEqual(expected, jwt.signature);
}

/** Kore's sample writes `iat`/`exp` in ms while its docs say seconds: anything past year 5138 in seconds is ms. */
export function claimTimeToMs(value: number): number {
  return value > 1e11 ? value : value * 1000;
}
