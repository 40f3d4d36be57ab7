// The agent desk's HTTP side: the `/agent` page, and the API it (and tests) drive. Always on: a local platform
// with a bot that hands off needs someone to hand off to.
import type { PlatformContext } from '../context.js';
import { badRequest } from '../errors.js';
import { json } from '../http/types.js';
import type { ApiReply, ApiRequest, Route } from '../http/types.js';
import { DEFAULT_AGENT } from './desk.js';
import type { AgentProfile } from './agent-store.js';
import { AGENT_AVATAR_SVG, DESK_HTML, DESK_SCRIPT } from './page.js';

export const AGENT_PATHS = {
  page: '/agent',
  conversations: '/agent/api/conversations',
  conversation: '/agent/api/conversations/:id',
  handoffs: '/agent/api/handoffs',
} as const;

const MAX_REPLY_CHARS = 4000;

const bodyOf = (req: ApiRequest): Record<string, unknown> =>
  typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};

const name = (value: unknown, field: string, fallback: string): string => {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !value.trim() || value.length > 60) throw badRequest('INVALID_AGENT', `${field} must be a name of 1 to 60 characters.`);
  return value.trim();
};

function agentFrom(req: ApiRequest): AgentProfile {
  const body = bodyOf(req);
  const agent: AgentProfile = {
    id: name(body.id, 'id', DEFAULT_AGENT.id),
    firstName: name(body.firstName, 'firstName', DEFAULT_AGENT.firstName),
    lastName: name(body.lastName, 'lastName', DEFAULT_AGENT.lastName),
    profImage: `http://${req.host}/assets/agent-avatar.svg`,
  };
  if (body.profImage !== undefined) {
    if (typeof body.profImage !== 'string' || !/^https?:\/\//.test(body.profImage)) throw badRequest('INVALID_AGENT', 'profImage must be an http(s) URL.');
    agent.profImage = body.profImage;
  }
  return agent;
}

const page = (bytes: string, contentType: string): ApiReply => ({
  status: 200,
  bytes: Buffer.from(bytes),
  contentType,
  headers: { 'Content-Security-Policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' http: https: data:", 'X-Content-Type-Options': 'nosniff' },
});

export function agentRoutes(): Route[] {
  const base = AGENT_PATHS.conversation;
  const on = (action: string, handler: (ctx: PlatformContext, req: ApiRequest, id: string) => unknown): Route => ({
    method: 'POST',
    path: `${base}/${action}`,
    handler: (ctx, req) => json(handler(ctx, req, req.params.id ?? '')),
  });
  return [
    { method: 'GET', path: AGENT_PATHS.page, handler: () => page(DESK_HTML, 'text/html; charset=utf-8') },
    { method: 'GET', path: '/agent/desk.js', handler: () => page(DESK_SCRIPT, 'text/javascript; charset=utf-8') },
    { method: 'GET', path: '/assets/agent-avatar.svg', handler: () => ({ status: 200, bytes: Buffer.from(AGENT_AVATAR_SVG), contentType: 'image/svg+xml', cacheSeconds: 3600 }) },
    { method: 'GET', path: AGENT_PATHS.conversations, handler: (ctx) => json({ conversations: ctx.desk.list() }) },
    { method: 'GET', path: base, handler: (ctx, req) => json(ctx.desk.conversation(req.params.id ?? '')) },
    {
      // Tests (and tools) start a hand-off without the bot: `{identity | userId, botId}`.
      method: 'POST',
      path: AGENT_PATHS.handoffs,
      handler: (ctx, req) => {
        const body = bodyOf(req);
        const who = typeof body.userId === 'string' ? body.userId : typeof body.identity === 'string' ? body.identity : undefined;
        const user = who === undefined ? undefined : ctx.store.findUser(who);
        if (!user) throw badRequest('UNKNOWN_USER', 'Pass userId or identity of a user who has signed in (POST /agent/api/handoffs {identity, botId}).');
        const botId = typeof body.botId === 'string' ? body.botId : ctx.options.bots[0]?.id;
        if (!botId || !ctx.options.bots.some((b) => b.id === botId)) throw badRequest('UNKNOWN_BOT', `botId must be one of ${ctx.options.bots.map((b) => b.id).join(', ')}.`);
        const sessionId = ctx.store.openSession(user.userId, botId, ctx.now(), false);
        return json(ctx.desk.request(user.userId, botId, sessionId, typeof body.reason === 'string' ? body.reason : 'requested by the API'));
      },
    },
    on('accept', (ctx, req, id) => ctx.desk.accept(id, agentFrom(req))),
    on('messages', (ctx, req, id) => {
      const text = bodyOf(req).text;
      if (typeof text !== 'string' || !text.trim()) throw badRequest('EMPTY_MESSAGE', 'Send {text} with something in it.');
      if (text.length > MAX_REPLY_CHARS) throw badRequest('MESSAGE_TOO_LONG', `A reply is at most ${MAX_REPLY_CHARS} characters.`);
      return ctx.desk.reply(id, text);
    }),
    on('typing', (ctx, req, id) => {
      const typing = bodyOf(req).typing;
      if (typeof typing !== 'boolean') throw badRequest('INVALID_PARAMETER', 'Send {typing: true} or {typing: false}.');
      ctx.desk.typing(id, typing);
      return { ok: true };
    }),
    on('read', (ctx, _req, id) => ({ ok: true, read: ctx.desk.read(id) })),
    on('end', (ctx, _req, id) => ctx.desk.end(id)),
  ];
}
