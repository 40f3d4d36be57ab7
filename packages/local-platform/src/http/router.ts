import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlatformContext } from '../context.js';
import { ApiError } from '../errors.js';
import type { ApiReply, ApiRequest, Route } from './types.js';

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Request headers a browser may send cross-origin: ours, and those Kore's clients set (the web SDK's API client
 * sets User-Agent; Kore's mobile and React Native SDKs send state, Accepts-version, Accept-Language and botid on
 * the theme call).
 */
export const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'x-rtm-v',
  'User-Agent',
  'Accept',
  'Accept-Language',
  'X-Requested-With',
  'state',
  'Accepts-version',
  'botid',
] as const;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
  'Access-Control-Max-Age': '600',
};

function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new ApiError(413, 'BODY_TOO_LARGE', `Request bodies are limited to ${limit} bytes.`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const isForm = (contentType: string | undefined): boolean =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';

/** A JSON body, or a form-encoded one (as jQuery posts by default) as an object of strings. */
function parseBody(bytes: Buffer, contentType: string | undefined): unknown {
  if (bytes.length === 0) return undefined;
  if (isForm(contentType)) return Object.fromEntries(new URLSearchParams(bytes.toString('utf8')));
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ApiError(
      400,
      'INVALID_JSON',
      'The request body is not valid JSON: send JSON, or a form with Content-Type: application/x-www-form-urlencoded.',
    );
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
    ...reply.headers,
  });
  res.end(reply.bytes);
}

/** A path with `:name` segments (`/api/websdkthemes/:botId/activetheme`) as a matcher; undefined for an exact path. */
function pathPattern(path: string): ((pathname: string) => Record<string, string> | undefined) | undefined {
  const parts = path.split('/');
  if (!parts.some((p) => p.startsWith(':'))) return undefined;
  return (pathname) => {
    const actual = pathname.split('/');
    if (actual.length !== parts.length) return undefined;
    const params: Record<string, string> = {};
    for (let i = 0; i < parts.length; i += 1) {
      const want = parts[i] ?? '';
      const got = actual[i] ?? '';
      if (want.startsWith(':')) {
        if (!got) return undefined;
        try {
          params[want.slice(1)] = decodeURIComponent(got);
        } catch {
          return undefined;
        }
      } else if (want !== got) return undefined;
    }
    return params;
  };
}

/** A request listener over a route table (exact paths and `:name` segments), with CORS on every answer and JSON errors. */
export function createRequestListener(
  ctx: PlatformContext,
  routes: readonly Route[],
): (req: IncomingMessage, res: ServerResponse) => void {
  const table = new Map<string, Route>();
  const patterned: { route: Route; match: (pathname: string) => Record<string, string> | undefined }[] = [];
  for (const r of routes) {
    const match = pathPattern(r.path);
    if (match) patterned.push({ route: r, match });
    else table.set(`${r.method} ${r.path}`, r);
  }
  const paths = new Set(routes.map((r) => r.path));
  const find = (method: string, pathname: string): { route: Route; params: Record<string, string> } | 'other-method' | undefined => {
    const exact = table.get(`${method} ${pathname}`);
    if (exact) return { route: exact, params: {} };
    let otherMethod = paths.has(pathname);
    for (const p of patterned) {
      const params = p.match(pathname);
      if (!params) continue;
      if (p.route.method === method) return { route: p.route, params };
      otherMethod = true;
    }
    return otherMethod ? 'other-method' : undefined;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = req.method ?? 'GET';
    const host = req.headers.host ?? `${ctx.options.host}:${ctx.options.port}`;
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      res.end();
      return;
    }
    const found = find(method, url.pathname);
    if (found === undefined || found === 'other-method') {
      if (found === 'other-method') throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${url.pathname}.`);
      const hint = url.pathname.startsWith('/admin')
        ? ' The fault API is off: start the platform with faults: true (CLI: --faults).'
        : '';
      throw new ApiError(404, 'NOT_FOUND', `No route for ${method} ${url.pathname}.${hint}`);
    }
    const { route } = found;
    const bytes = method === 'POST' || method === 'PUT' ? await readBody(req, route.maxBodyBytes) : undefined;
    const body = bytes && !route.raw ? parseBody(bytes, req.headers['content-type']) : undefined;
    const apiRequest: ApiRequest = { method, url, headers: req.headers, body, host, params: found.params };
    if (bytes && route.raw) apiRequest.rawBody = bytes;
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
