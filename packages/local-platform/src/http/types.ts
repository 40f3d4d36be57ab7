import type { IncomingHttpHeaders } from 'node:http';
import type { PlatformContext } from '../context.js';

export interface ApiRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  /** The parsed body: JSON, or a form-encoded body as an object of strings (undefined when there was none). */
  body: unknown;
  /** The route's `:name` path segments, decoded. */
  params: Readonly<Record<string, string>>;
  /** `host:port` as the client reached the platform. */
  host: string;
}

export type ApiReply =
  | { status: number; json: unknown }
  | { status: number; bytes: Buffer; contentType: string; cacheSeconds?: number };

export type Handler = (ctx: PlatformContext, req: ApiRequest) => ApiReply | Promise<ApiReply>;

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  handler: Handler;
}

export const json = (json: unknown, status = 200): ApiReply => ({ status, json });
