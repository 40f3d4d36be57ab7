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
  /** The body's bytes, unparsed, for routes with `raw` (multipart uploads). */
  rawBody?: Buffer;
}

export type ApiReply =
  | { status: number; json: unknown }
  | { status: number; bytes: Buffer; contentType: string; cacheSeconds?: number; headers?: Readonly<Record<string, string>> };

export type Handler = (ctx: PlatformContext, req: ApiRequest) => ApiReply | Promise<ApiReply>;

export interface Route {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  handler: Handler;
  /** The handler reads `rawBody` itself (multipart), up to `maxBodyBytes` (default 1 MB). */
  raw?: boolean;
  maxBodyBytes?: number;
}

export const json = (json: unknown, status = 200): ApiReply => ({ status, json });
