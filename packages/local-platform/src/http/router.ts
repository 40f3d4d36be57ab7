import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlatformContext } from '../context.js';
import { ApiError } from '../errors.js';
import type { ApiReply, ApiRequest, Route } from './types.js';

const MAX_BODY_BYTES = 1024 * 1024;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, x-rtm-v',
  'Access-Control-Max-Age': '600',
};

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError(413, 'BODY_TOO_LARGE', `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseJsonBody(bytes: Buffer): unknown {
  if (bytes.length === 0) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ApiError(400, 'INVALID_JSON', 'The request body is not valid JSON.');
  }
}

function write(res: ServerResponse, reply: ApiReply): void {
  if ('json' in reply) {
    const body = JSON.stringify(reply.json);
    res.writeHead(reply.status, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
    res.end(body);
    return;
  }
  res.writeHead(reply.status, {
    ...CORS_HEADERS,
    'Content-Type': reply.contentType,
    'Content-Length': reply.bytes.length,
    'Cache-Control': `public, max-age=${reply.cacheSeconds ?? 0}`,
  });
  res.end(reply.bytes);
}

/** A request listener over an exact-path route table, with CORS on every answer and JSON errors. */
export function createRequestListener(
  ctx: PlatformContext,
  routes: readonly Route[],
): (req: IncomingMessage, res: ServerResponse) => void {
  const table = new Map<string, Route>();
  for (const r of routes) table.set(`${r.method} ${r.path}`, r);
  const paths = new Set(routes.map((r) => r.path));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const host = req.headers.host ?? `${ctx.options.host}:${ctx.options.port}`;
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      res.end();
      return;
    }
    const route = table.get(`${method} ${url.pathname}`);
    if (!route) {
      if (paths.has(url.pathname)) throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${url.pathname}.`);
      const hint = url.pathname.startsWith('/admin')
        ? ' The fault API is off: start the platform with faults: true (CLI: --faults).'
        : '';
      throw new ApiError(404, 'NOT_FOUND', `No route for ${method} ${url.pathname}.${hint}`);
    }
    const body = method === 'POST' ? parseJsonBody(await readBody(req)) : undefined;
    const apiRequest: ApiRequest = { method, url, headers: req.headers, body, host };
    write(res, await route.handler(ctx, apiRequest));
  };

  return (req, res) => {
    handle(req, res).catch((err: unknown) => {
      const apiError =
        err instanceof ApiError ? err : new ApiError(500, 'INTERNAL_ERROR', 'Unexpected server error; see the platform log.');
      if (!(err instanceof ApiError)) ctx.options.log(`internal error: ${err instanceof Error ? err.stack : String(err)}`);
      if (!res.headersSent) write(res, { status: apiError.status, json: apiError.toBody() });
      else res.end();
    });
  };
}
