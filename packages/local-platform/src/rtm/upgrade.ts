import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { PlatformContext } from '../context.js';
import { RtmConnection } from './connection.js';
import { extraParams, readConnectionMode } from './connection-mode.js';

export const RTM_PATH = '/rtm/bot';
const RTM_V1 = 'x-rtm-v|1';
const REASONS: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' };

/** Refuses an upgrade with a plain HTTP answer that says why (browsers only see a failed socket). */
function refuse(socket: Duplex, status: number, reason: string): void {
  const body = JSON.stringify({ errors: [{ msg: reason, code: `RTM_${status}` }] });
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function offeredProtocols(req: IncomingMessage): string[] {
  const header = req.headers['sec-websocket-protocol'];
  return (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The `/rtm/bot?sid=` upgrade: checks the sid (and the x-rtm-v subprotocols), then hands over to a connection. */
export function createRtmUpgradeHandler(ctx: PlatformContext): {
  handle: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  wss: WebSocketServer;
} {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: ctx.options.maxFrameBytes,
    handleProtocols: (protocols) => (protocols.has(RTM_V1) ? RTM_V1 : false),
  });

  const handle = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => undefined);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== RTM_PATH) return refuse(socket, 404, `No WebSocket endpoint at ${url.pathname}; use ${RTM_PATH}?sid=...`);
    const check = ctx.sids.consume(url.searchParams.get('sid'), ctx.now());
    if (!check.ok) return refuse(socket, check.status, check.reason);
    if (check.nonce !== undefined) {
      const offered = offeredProtocols(req);
      const missing = [RTM_V1, `jwt|${check.token.assertion}`, `nonce|${check.nonce}`].filter((p) => !offered.includes(p));
      if (missing.length) {
        const names = missing.map((p) => p.split('|')[0]).join(', ');
        return refuse(socket, 401, `rtm/start was called with x-rtm-v: 1, so the socket must offer the subprotocols x-rtm-v|1, jwt|<assertion>, nonce|<nonce>; missing or wrong: ${names}.`);
      }
    }
    const { token } = check;
    const params = extraParams(url.searchParams);
    const mode = readConnectionMode(url.searchParams);
    if (!mode.ok) {
      // The socket opens, says what is wrong in an error frame, and closes with 1008 (a policy refusal: no retry).
      const error = mode.msg;
      ctx.records.connected({
        at: new Date(ctx.now()).toISOString(), userId: token.userId, botId: token.botId, sessionId: '', mode: 'invalid',
        connectionMode: url.searchParams.get('ConnectionMode'), isReconnect: url.searchParams.get('isReconnect') === 'true',
        newSession: false, greeted: false, language: check.language ?? null, params, error,
      });
      wss.handleUpgrade(req, socket, head, (ws) => {
        ctx.counters.errorFrames += 1;
        ws.send(JSON.stringify({ type: 'error', error: { code: 'INVALID_CONNECTION_MODE', msg: error } }));
        ws.close(1008, 'unknown ConnectionMode');
      });
      return;
    }
    const sessionId = ctx.store.openSession(token.userId, token.botId, ctx.now(), mode.value.startNew);
    if (check.language !== undefined) ctx.store.setSessionLanguage(sessionId, check.language);
    const host = req.headers.host ?? `${ctx.options.host}:${ctx.options.port}`;
    wss.handleUpgrade(req, socket, head, (ws) => {
      new RtmConnection(ctx, {
        ws,
        userId: token.userId,
        botInfo: { chatBot: token.botName, taskBotId: token.botId },
        sessionId,
        assetsUrl: `http://${host}/assets`,
        mode: mode.value,
        language: check.language ?? null,
        params,
      });
    });
  };
  return { handle, wss };
}
