// The admin API's view of the wire: what clients sent (stored messages with their client ids, connections with
// their parameters, customData/metaTags/language), and faults that make the platform say what Kore says
// (`ack` with `ok: false`, close codes, rate limits, botKitUnreachable, status and event frames).
import type { Json } from '../bot/script-types.js';
import type { PlatformContext } from '../context.js';
import { badRequest } from '../errors.js';
import type { ServerFrame, StatusFrame } from '../protocol.js';
import type { UserRow } from '../store/rows.js';
import { historyIdOf } from './history.js';
import { json } from './types.js';
import type { ApiReply, ApiRequest, Route } from './types.js';

export const WIRE_ADMIN_PATHS = {
  messages: '/admin/messages',
  connections: '/admin/connections',
  context: '/admin/context',
  nack: '/admin/faults/nack',
  close: '/admin/faults/close',
  rateLimit: '/admin/faults/rate-limit',
  botKitUnreachable: '/admin/faults/bot-kit-unreachable',
  frames: '/admin/frames',
} as const;

/** Frame types the documentation lists that `POST /admin/frames` may send (plus any `agent_session_*`). */
export const DOCUMENTED_FRAME_TYPES = [
  'events', 'Bot_Active', 'bot_active', 'Session_Start', 'session_start', 'Session_End', 'session_end', 'botKitUnreachable',
  'waiting_for_user_input', 'agent_connected', 'agent_disconnected', 'typing', 'stoptyping', 'initial_language',
  'language_switched', 'error',
] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bodyOf = (req: ApiRequest): Record<string, unknown> => (isObject(req.body) ? req.body : {});

function userFrom(ctx: PlatformContext, who: unknown): UserRow {
  if (typeof who !== 'string' || !who) throw badRequest('MISSING_USER', 'Pass userId (u-...) or identity.');
  const user = ctx.store.findUser(who);
  if (!user) throw badRequest('UNKNOWN_USER', `No user with id or identity ${JSON.stringify(who)}.`);
  return user;
}

const userOfQuery = (ctx: PlatformContext, req: ApiRequest): UserRow =>
  userFrom(ctx, req.url.searchParams.get('userId') ?? req.url.searchParams.get('identity'));
const userOfBody = (ctx: PlatformContext, req: ApiRequest): UserRow => {
  const body = bodyOf(req);
  return userFrom(ctx, body.userId ?? body.identity);
};

function whole(body: Record<string, unknown>, name: string, fallback: number, min = 0): number {
  const value = body[name] ?? fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw badRequest('INVALID_PARAMETER', `${name} must be a whole number, ${min} or more.`);
  }
  return value;
}

function text(body: Record<string, unknown>, name: string, fallback: string, max = 500): string {
  const value = body[name] ?? fallback;
  if (typeof value !== 'string' || value.length > max) throw badRequest('INVALID_PARAMETER', `${name} must be a string of at most ${max} characters.`);
  return value;
}

// Codes a server may send in a close frame (RFC 6455 7.4; 1004-1006 and 1015 are reserved).
const isSendableCloseCode = (c: number): boolean => (c >= 1000 && c <= 1003) || (c >= 1007 && c <= 1014) || (c >= 3000 && c <= 4999);

function isDocumentedType(type: unknown): type is string {
  return typeof type === 'string' && ((DOCUMENTED_FRAME_TYPES as readonly string[]).includes(type) || /^agent_session_\w+$/.test(type));
}

/** The admin's frame as a typed server frame, or a 400 that says what is missing. */
function toServerFrame(frame: unknown): ServerFrame {
  if (!isObject(frame) || !isDocumentedType(frame.type)) {
    throw badRequest(
      'INVALID_FRAME',
      `Pass frame: {type, ...} with a documented type: ${DOCUMENTED_FRAME_TYPES.join(', ')}, or agent_session_<name>.`,
    );
  }
  const fields = frame as Record<string, Json>;
  if (frame.type === 'error') {
    const error = frame.error;
    if (!isObject(error) || typeof error.code !== 'string' || typeof error.msg !== 'string') {
      throw badRequest('INVALID_FRAME', 'An error frame needs error: {code, msg} (strings).');
    }
    return { type: 'error', error: { code: error.code, msg: error.msg } };
  }
  if (frame.type === 'events') {
    const message = frame.message;
    if (!isObject(message) || typeof message.type !== 'string') throw badRequest('INVALID_FRAME', 'An events frame needs message: {type, ...}.');
    return { type: 'events', message: { ...(message as Record<string, Json>), type: message.type } };
  }
  return { ...fields, type: frame.type as StatusFrame['type'] };
}

function sendFrame(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const user = userOfBody(ctx, req);
  const out = toServerFrame(bodyOf(req).frame);
  const botId = bodyOf(req).botId ?? ctx.options.bots[0]?.id;
  const sockets = ctx.hub.socketsOf(user.userId, String(botId));
  ctx.hub.sendAll(sockets, out);
  ctx.faults.counters.framesInjected += sockets.length;
  return json({ ok: true, userId: user.userId, sent: sockets.length });
}

export function wireAdminRoutes(): Route[] {
  const faultsReply = (ctx: PlatformContext, extra: Record<string, unknown> = {}): ApiReply =>
    json({ ok: true, ...extra, faults: ctx.faults.settings });
  return [
    {
      method: 'GET',
      path: WIRE_ADMIN_PATHS.messages,
      handler: (ctx, req) => {
        const user = userOfQuery(ctx, req);
        const messages = ctx.store.messagesOf(user.userId).map((m) => ({
          messageId: m.messageId,
          historyId: historyIdOf(m.messageId, ctx.options),
          direction: m.direction,
          botId: m.botId,
          sessionId: m.sessionId,
          clientMessageId: m.clientMessageId,
          text: m.text,
          createdOn: m.createdOn,
        }));
        return json({ userId: user.userId, messages });
      },
    },
    {
      method: 'GET',
      path: WIRE_ADMIN_PATHS.connections,
      handler: (ctx, req) => {
        const who = req.url.searchParams.get('userId') ?? req.url.searchParams.get('identity');
        const userId = who === null ? undefined : userFrom(ctx, who).userId;
        return json({ connections: ctx.records.connections.filter((c) => userId === undefined || c.userId === userId) });
      },
    },
    {
      method: 'GET',
      path: WIRE_ADMIN_PATHS.context,
      handler: (ctx, req) => {
        const user = userOfQuery(ctx, req);
        return json({ userId: user.userId, latest: ctx.records.latest(user.userId), entries: ctx.records.contextOf(user.userId) });
      },
    },
    {
      method: 'POST',
      path: WIRE_ADMIN_PATHS.nack,
      handler: (ctx, req) => {
        const body = bodyOf(req);
        ctx.faults.settings.nackNext = whole(body, 'next', 1);
        ctx.faults.settings.nackReason = text(body, 'reason', 'The bot refused this message.');
        ctx.faults.settings.nackMatch = text(body, 'match', '');
        return faultsReply(ctx);
      },
    },
    {
      method: 'POST',
      path: WIRE_ADMIN_PATHS.close,
      handler: (ctx, req) => {
        const user = userOfBody(ctx, req);
        const body = bodyOf(req);
        const code = whole(body, 'code', 1008);
        if (!isSendableCloseCode(code)) throw badRequest('INVALID_PARAMETER', `code ${code} cannot be sent in a close frame: use 1000-1003, 1007-1014 or 3000-4999.`);
        const reason = text(body, 'reason', code === 1008 ? 'rate limit exceeded' : 'closed by the platform', 123);
        if (Buffer.byteLength(reason) > 123) throw badRequest('INVALID_PARAMETER', 'reason must be at most 123 bytes (a close frame limit).');
        const closed = ctx.hub.closeUser(user.userId, code, reason);
        ctx.faults.counters.socketsClosed += closed;
        return faultsReply(ctx, { userId: user.userId, closed });
      },
    },
    {
      method: 'POST',
      path: WIRE_ADMIN_PATHS.rateLimit,
      handler: (ctx, req) => {
        ctx.faults.settings.rateLimitPerSecond = whole(bodyOf(req), 'perSecond', 0);
        return faultsReply(ctx);
      },
    },
    {
      method: 'POST',
      path: WIRE_ADMIN_PATHS.botKitUnreachable,
      handler: (ctx, req) => {
        ctx.faults.settings.botKitUnreachableNext = whole(bodyOf(req), 'next', 1);
        return faultsReply(ctx);
      },
    },
    { method: 'POST', path: WIRE_ADMIN_PATHS.frames, handler: sendFrame },
  ];
}
