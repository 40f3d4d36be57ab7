import { planReplies } from '../bot/engine.js';
import type { BotReply } from '../bot/script-types.js';
import { checkReplies } from '../bot/validate-script.js';
import type { PlatformContext } from '../context.js';
import { botRows, scheduleAnswers } from '../rtm/deliver.js';
import { badRequest } from '../errors.js';
import { INTEROP_ADMIN_PATHS, interopAdminRoutes } from './admin-interop.js';
import { WIRE_ADMIN_PATHS, wireAdminRoutes } from './admin-wire.js';
import { UPLOAD_ADMIN_PATHS, uploadAdminRoutes } from './attachments.js';
import { json } from './types.js';
import type { ApiReply, ApiRequest, Route } from './types.js';

/** The fault API's paths, for tools that drive it. */
export const ADMIN_PATHS = {
  stats: '/admin/stats',
  faults: '/admin/faults',
  reset: '/admin/faults/reset',
  dropAll: '/admin/faults/drop-all',
  dropUser: '/admin/faults/drop-user',
  ackDelay: '/admin/faults/ack-delay',
  loseAcks: '/admin/faults/lose-acks',
  duplicateBotResponses: '/admin/faults/duplicate-bot-responses',
  expireTokens: '/admin/faults/expire-tokens',
  refuseRtmStart: '/admin/faults/refuse-rtm-start',
  restart: '/admin/restart',
  push: '/admin/push',
  ...WIRE_ADMIN_PATHS,
  ...INTEROP_ADMIN_PATHS,
  ...UPLOAD_ADMIN_PATHS,
} as const;

const bodyOf = (req: ApiRequest): Record<string, unknown> =>
  typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};

function count(body: Record<string, unknown>, name: string, fallback?: number): number {
  const value = body[name] ?? fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw badRequest('INVALID_PARAMETER', `${name} must be a whole number, 0 or more.`);
  }
  return value;
}

export function stats(ctx: PlatformContext): Record<string, unknown> {
  const openSockets = ctx.hub.openSockets();
  return {
    openSockets: ctx.hub.size,
    openSocketsByUser: openSockets,
    store: ctx.store.stats(),
    writes: { ...ctx.store.writes.counters },
    traffic: { ...ctx.counters },
    faults: { settings: ctx.faults.settings, counters: ctx.faults.counters },
  };
}

/** The fault API; registered only when the platform runs with faults on. */
export function adminRoutes(restart: () => Promise<void>): Route[] {
  const post = (path: string, handler: (ctx: PlatformContext, req: ApiRequest) => ApiReply | Promise<ApiReply>): Route => ({
    method: 'POST',
    path,
    handler,
  });
  const faultsReply = (ctx: PlatformContext, extra: Record<string, unknown> = {}): ApiReply =>
    json({ ok: true, ...extra, faults: ctx.faults.settings });
  return [
    { method: 'GET', path: ADMIN_PATHS.stats, handler: (ctx) => json(stats(ctx)) },
    { method: 'GET', path: ADMIN_PATHS.faults, handler: (ctx) => json({ settings: ctx.faults.settings, counters: ctx.faults.counters }) },
    post(ADMIN_PATHS.reset, (ctx) => {
      ctx.faults.reset();
      return faultsReply(ctx);
    }),
    post(ADMIN_PATHS.dropAll, (ctx) => {
      const dropped = ctx.hub.dropAll();
      ctx.faults.counters.socketsDropped += dropped;
      return faultsReply(ctx, { dropped });
    }),
    post(ADMIN_PATHS.dropUser, (ctx, req) => {
      const body = bodyOf(req);
      const who = body.userId ?? body.identity;
      if (typeof who !== 'string' || !who) throw badRequest('MISSING_USER', 'Pass userId (u-...) or identity.');
      const user = ctx.store.findUser(who);
      if (!user) throw badRequest('UNKNOWN_USER', `No user with id or identity ${JSON.stringify(who)}.`);
      const afterFrames = count(body, 'afterFrames', 0);
      if (afterFrames === 0) {
        const dropped = ctx.hub.dropUser(user.userId);
        ctx.faults.counters.socketsDropped += dropped;
        return faultsReply(ctx, { userId: user.userId, dropped });
      }
      ctx.faults.settings.dropUserAfterFrames[user.userId] = afterFrames;
      return faultsReply(ctx, { userId: user.userId, dropped: 0 });
    }),
    post(ADMIN_PATHS.ackDelay, (ctx, req) => {
      ctx.faults.settings.ackDelayMs = count(bodyOf(req), 'ms');
      return faultsReply(ctx);
    }),
    post(ADMIN_PATHS.loseAcks, (ctx, req) => {
      const body = bodyOf(req);
      if (body.next === undefined && body.ratio === undefined) throw badRequest('INVALID_PARAMETER', 'Pass next (a count) and/or ratio (0..1).');
      if (body.next !== undefined) ctx.faults.settings.loseNextAcks = count(body, 'next');
      if (body.ratio !== undefined) {
        if (typeof body.ratio !== 'number' || body.ratio < 0 || body.ratio > 1) throw badRequest('INVALID_PARAMETER', 'ratio must be a number from 0 to 1.');
        ctx.faults.settings.loseAckRatio = body.ratio;
      }
      return faultsReply(ctx);
    }),
    post(ADMIN_PATHS.duplicateBotResponses, (ctx, req) => {
      const enabled = bodyOf(req).enabled ?? true;
      if (typeof enabled !== 'boolean') throw badRequest('INVALID_PARAMETER', 'enabled must be true or false.');
      ctx.faults.settings.duplicateBotResponses = enabled;
      return faultsReply(ctx);
    }),
    post(ADMIN_PATHS.expireTokens, (ctx, req) => {
      // With {status}: expired tokens are answered with that status and Kore's body (until reset).
      const status = bodyOf(req).status;
      if (status !== undefined) {
        if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) {
          throw badRequest('INVALID_PARAMETER', 'status must be an HTTP status, 200 to 599.');
        }
        ctx.faults.settings.tokenExpiredStatus = status;
      }
      const expired = ctx.store.expireAllTokens(ctx.now());
      ctx.faults.counters.tokensExpired += expired;
      return faultsReply(ctx, { expired });
    }),
    post(ADMIN_PATHS.refuseRtmStart, (ctx, req) => {
      ctx.faults.settings.refuseNextRtmStarts = count(bodyOf(req), 'count', 1);
      return faultsReply(ctx);
    }),
    post(ADMIN_PATHS.push, (ctx, req) => pushReplies(ctx, req)),
    ...wireAdminRoutes(),
    ...interopAdminRoutes(),
    ...uploadAdminRoutes(),
    post(ADMIN_PATHS.restart, async (ctx) => {
      const dropped = ctx.hub.size;
      await restart();
      return faultsReply(ctx, { restarted: true, dropped });
    }),
  ];
}

/**
 * Makes the bot say anything to a user, now: replies in the bot-script format (text, template, attachment,
 * stream), stored and sent like any answer. For tests that need content no script holds (hostile payloads).
 */
function pushReplies(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const body = bodyOf(req);
  const who = body.userId ?? body.identity;
  if (typeof who !== 'string' || !who) throw badRequest('MISSING_USER', 'Pass userId (u-...) or identity.');
  const user = ctx.store.findUser(who);
  if (!user) throw badRequest('UNKNOWN_USER', `No user with id or identity ${JSON.stringify(who)}.`);
  const problems: string[] = [];
  checkReplies(body.replies, 'replies', problems);
  if (problems.length) throw badRequest('INVALID_REPLIES', `Pass replies in the bot-script format: ${problems.join('; ')}.`);
  const bot = ctx.options.bots.find((b) => b.id === (body.botId ?? ctx.options.bots[0]?.id));
  if (!bot) throw badRequest('UNKNOWN_BOT', `No bot with id ${JSON.stringify(body.botId)}.`);
  const now = ctx.now();
  const to = {
    userId: user.userId,
    botInfo: { chatBot: bot.name, taskBotId: bot.id },
    sessionId: ctx.store.openSession(user.userId, bot.id, now, false),
    assetsUrl: `http://${req.host}/assets`,
  };
  const turn = { text: '', isFirst: false, assetsUrl: to.assetsUrl, replyDelayMs: 0 };
  const answers = planReplies(ctx.options.botScript, 'admin_push', body.replies as BotReply[], turn);
  ctx.store.recordBotMessages(botRows(to, answers, now));
  scheduleAnswers(ctx, to, answers, now);
  return json({ ok: true, userId: user.userId, messageIds: answers.map((a) => a.messageId) });
}
