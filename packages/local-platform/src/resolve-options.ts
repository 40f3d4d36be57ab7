import { DEMO_AUDIENCE, DEMO_BOT_RECORD, DEMO_CLIENT, MAX_FRAME_BYTES } from './constants.js';
import { DEMO_BOT_SCRIPT } from './bot/load-script.js';
import { validateTheme } from './branding/theme.js';
import type { LocalPlatformOptions, ResolvedOptions } from './options.js';

function nonNegative(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a number of 0 or more (got ${String(value)}).`);
  return v;
}

function positive(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a whole number of 1 or more (got ${String(value)}).`);
  return v;
}

/** Fills defaults and checks values; throws an Error that names the bad option. */
export function resolveOptions(options: LocalPlatformOptions = {}): ResolvedOptions {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`port must be 0..65535 (got ${String(options.port)}).`);
  const clients = [DEMO_CLIENT, ...(options.clients ?? [])];
  const bots = [DEMO_BOT_RECORD, ...(options.bots ?? [])];
  for (const c of clients) if (!c.clientId || !c.clientSecret) throw new Error('Each client needs a clientId and a clientSecret.');
  for (const b of bots) if (!b.name || !b.id) throw new Error('Each bot needs a name and an id.');
  return {
    port,
    host: options.host ?? '127.0.0.1',
    dataDir: options.dataDir ?? ':memory:',
    faults: options.faults ?? false,
    rtmUrlTtlMs: nonNegative('rtmUrlTtlMs', options.rtmUrlTtlMs, 30_000),
    tokenTtlMs: nonNegative('tokenTtlMs', options.tokenTtlMs, 24 * 60 * 60 * 1000),
    replyDelayMs: nonNegative('replyDelayMs', options.replyDelayMs, 0),
    clients,
    bots,
    botScript: options.botScript ?? DEMO_BOT_SCRIPT,
    devJwt: options.devJwt ?? true,
    welcome: options.welcome ?? false,
    audiences: options.audiences ?? [DEMO_AUDIENCE],
    theme: options.theme === undefined ? null : validateTheme(options.theme),
    dedupe: options.dedupe ?? !options.strict,
    messageIds: options.messageIds ?? !options.strict,
    historyUserMsgId: options.historyUserMsgId ?? !options.strict,
    maxFrameBytes: positive('maxFrameBytes', options.maxFrameBytes, MAX_FRAME_BYTES),
    rateLimitPerSecond: nonNegative('rateLimitPerSecond', options.rateLimitPerSecond, 0),
    log: options.log ?? (() => undefined),
  };
}
