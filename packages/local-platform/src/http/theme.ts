import { ThemeError, validateTheme } from '../branding/theme.js';
import type { ThemeDocument } from '../branding/theme.js';
import type { PlatformContext } from '../context.js';
import { ApiError, badRequest } from '../errors.js';
import { requireToken } from './bearer.js';
import { json } from './types.js';
import type { ApiReply, ApiRequest } from './types.js';

function knownBot(ctx: PlatformContext, botId: string): void {
  if (!ctx.options.bots.some((b) => b.id === botId)) {
    const ids = ctx.options.bots.map((b) => b.id).join(', ');
    throw new ApiError(404, 'UNKNOWN_BOT', `No bot with id ${JSON.stringify(botId)} is registered (bots: ${ids}).`);
  }
}

/** `GET websdkthemes/{botId}/activetheme` with the bearer token: the bot's branding, or `{activeTheme: false}`. */
export function activeTheme(ctx: PlatformContext, req: ApiRequest): ApiReply {
  requireToken(ctx, req);
  const botId = req.params.botId ?? '';
  knownBot(ctx, botId);
  return json(ctx.themes.answer(botId));
}

const bodyOf = (req: ApiRequest): Record<string, unknown> =>
  typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};

function botIdOf(ctx: PlatformContext, raw: unknown): string | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') throw badRequest('INVALID_PARAMETER', 'botId must be a string (st-...).');
  knownBot(ctx, raw);
  return raw;
}

/**
 * `POST /admin/theme` `{theme, botId?}`: sets the branding document (`null` clears it) for one bot, or for
 * every bot when `botId` is left out. Answers what `activetheme` now gives.
 */
export function setTheme(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const body = bodyOf(req);
  if (!('theme' in body)) throw badRequest('MISSING_THEME', 'Pass {theme: {...the branding document...}} (or theme: null to clear it), and optionally botId.');
  const botId = botIdOf(ctx, body.botId);
  let theme: ThemeDocument | null = null;
  if (body.theme !== null) {
    try {
      theme = validateTheme(body.theme);
    } catch (err) {
      if (err instanceof ThemeError) throw badRequest('INVALID_THEME', err.message);
      throw err;
    }
  }
  ctx.themes.set(botId, theme);
  const shown = botId ?? ctx.options.bots[0]?.id ?? '';
  return json({ ok: true, botId: botId ?? null, activetheme: ctx.themes.answer(shown) });
}

/** `GET /admin/theme?botId=`: what `activetheme` answers for that bot (default the first bot). */
export function getTheme(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const botId = botIdOf(ctx, req.url.searchParams.get('botId')) ?? ctx.options.bots[0]?.id ?? '';
  return json({ botId, activetheme: ctx.themes.answer(botId) });
}
