// File uploads in the XO Platform's shape, as Kore's web SDK drives them:
//   1. POST {prefix}/attachment/file/token (bearer)                 -> {fileToken}
//   2. POST {prefix}/attachment/file/{fileToken}/chunk, multipart:  chunkNo, messageToken, chunk (base64 or bytes)
//   3. PUT  {prefix}/attachment/file/{fileToken}, multipart or JSON: totalChunks, filename, fileExtension -> {fileId}
//   4. GET  {prefix}/attachment/file/{fileId}/url (bearer)          -> {fileUrl}
// Anonymous users' clients use `{prefix}/users/{userId}/file/...` for 1 to 3. A small file (Kore's SDK: up to
// 1 MB) may instead go in one `POST {prefix}/attachment/file` with a `file` part (base64) and `filename` -> {fileId}. The file is then served at its
// `fileUrl` (no bearer: an <img> cannot send one; the URL holds a secret instead).
import type { PlatformContext } from '../context.js';
import { ApiError, badRequest } from '../errors.js';
import { chunkNumbers, createUploadToken, fileData, findFile, mergeChunks, saveChunk, uploadTokenOwner } from '../store/files.js';
import type { TokenRow } from '../store/rows.js';
import { requireToken } from './bearer.js';
import { boundaryOf, parseMultipart } from './multipart.js';
import { json } from './types.js';
import type { ApiReply, ApiRequest, Route } from './types.js';

/** Kore's web SDK refuses files over 25 MB; so does this platform. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** A chunk body (base64 and multipart overhead included). Kore's SDK sends 1 MB chunks. */
const MAX_CHUNK_BODY_BYTES = 8 * 1024 * 1024;

export const UPLOAD_ADMIN_PATHS = { uploads: '/admin/faults/uploads' } as const;

/** How each extension is served. Only these play inline; everything else downloads as octet-stream. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
};

/** Kore's `fileType` of an attachment: image, video, audio, or attachment for anything else. */
export function fileTypeOf(extension: string): 'image' | 'video' | 'audio' | 'attachment' {
  const media = MEDIA_TYPES[extension];
  if (media?.startsWith('image/')) return 'image';
  if (media?.startsWith('video/')) return 'video';
  if (media?.startsWith('audio/')) return 'audio';
  return 'attachment';
}

const extensionOf = (name: string) => (/\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1] ?? '').toLowerCase();

/** A file name safe to store and echo: no path, no control characters, at most 200 characters. */
function cleanName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200);
}

type Fields = Map<string, { text: string; data: Buffer; filename?: string; base64: boolean }>;

/** The request's fields: a multipart body (Kore's SDK), JSON, or a form. */
function fieldsOf(req: ApiRequest): Fields {
  const fields: Fields = new Map();
  const body = req.rawBody ?? Buffer.alloc(0);
  const boundary = boundaryOf(req.headers['content-type']);
  if (boundary) {
    for (const p of parseMultipart(body, boundary)) {
      const field: { text: string; data: Buffer; filename?: string; base64: boolean } = { text: p.data.toString('utf8'), data: p.data, base64: p.base64 };
      if (p.filename !== undefined) field.filename = p.filename;
      fields.set(p.name, field);
    }
    return fields;
  }
  if (body.length === 0) return fields;
  let value: unknown;
  const text = body.toString('utf8');
  try {
    value = /x-www-form-urlencoded/i.test(req.headers['content-type'] ?? '') ? Object.fromEntries(new URLSearchParams(text)) : JSON.parse(text);
  } catch {
    throw badRequest('INVALID_BODY', 'Send the fields as multipart/form-data (as Kore\'s web SDK does), JSON, or a form.');
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const s = typeof v === 'string' ? v : JSON.stringify(v);
      fields.set(k, { text: s, data: Buffer.from(s), base64: false });
    }
  }
  return fields;
}

function wholeNumber(fields: Fields, name: string, max: number): number {
  const raw = fields.get(name)?.text.trim();
  const n = raw === undefined || raw === '' ? NaN : Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw badRequest('INVALID_PARAMETER', `${name} must be a whole number from 0 to ${max} (got ${JSON.stringify(raw ?? null)}).`);
  }
  return n;
}

/** The bearer's token, checked against the `users/{userId}` path when the anonymous form is used. */
function caller(ctx: PlatformContext, req: ApiRequest): TokenRow {
  const token = requireToken(ctx, req);
  const pathUser = req.params.userId;
  if (pathUser !== undefined && pathUser !== token.userId) {
    throw new ApiError(403, 'WRONG_USER', `This token belongs to another user than ${pathUser}: use your own user id in the path.`);
  }
  return token;
}

/** The upload a file token names, for its owner only. */
function upload(ctx: PlatformContext, req: ApiRequest): { token: TokenRow; fileToken: string } {
  const token = caller(ctx, req);
  const fileToken = req.params.fileToken ?? '';
  if (uploadTokenOwner(ctx.store, fileToken) !== token.userId) {
    throw new ApiError(404, 'UNKNOWN_FILE_TOKEN', 'Unknown or finished file token: ask attachment/file/token for a new one and upload again.');
  }
  return { token, fileToken };
}

function issueToken(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const token = caller(ctx, req);
  const now = ctx.now();
  return json({ fileToken: createUploadToken(ctx.store, token.userId, now), expiresOn: now + 24 * 3600_000 });
}

async function receiveChunk(ctx: PlatformContext, req: ApiRequest): Promise<ApiReply> {
  const { fileToken } = upload(ctx, req);
  const fields = fieldsOf(req);
  const chunkNo = wholeNumber(fields, 'chunkNo', 100_000);
  const chunk = fields.get('chunk');
  if (!chunk) throw badRequest('MISSING_CHUNK', 'Send the chunk\'s bytes in the "chunk" field (base64 text, or a file part).');
  const delay = ctx.faults.uploadChunkDelayMs();
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  if (ctx.faults.failChunk()) throw new ApiError(500, 'UPLOAD_FAULT', `Chunk ${chunkNo} was not stored (fault injection): send it again.`);
  // A part with a file name holds bytes; a plain field holds base64 text, as Kore's SDK sends it.
  const data = chunk.base64 || chunk.filename !== undefined ? chunk.data : Buffer.from(chunk.text.replace(/\s+/g, ''), 'base64');
  const held = saveChunk(ctx.store, fileToken, chunkNo, data);
  if (held > MAX_FILE_BYTES) {
    throw new ApiError(413, 'FILE_TOO_LARGE', `Files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MB; this upload is past that. Send a smaller file.`);
  }
  return json({ fileToken, chunkNo, received: data.length });
}

function merge(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const { token, fileToken } = upload(ctx, req);
  const fields = fieldsOf(req);
  const totalChunks = wholeNumber(fields, 'totalChunks', 100_000);
  const name = cleanName(fields.get('filename')?.text ?? fields.get('fileName')?.text ?? '');
  if (!name) throw badRequest('MISSING_FILENAME', 'Send the file\'s name in the "filename" field.');
  const have = new Set(chunkNumbers(ctx.store, fileToken));
  const missing = Array.from({ length: totalChunks }, (_, i) => i).filter((i) => !have.has(i));
  if (totalChunks === 0 || missing.length > 0) {
    throw badRequest('MISSING_CHUNKS', `totalChunks is ${totalChunks} but chunks ${missing.slice(0, 10).join(', ') || '(none)'} are missing: upload them, then merge.`);
  }
  if (have.size > totalChunks) throw badRequest('EXTRA_CHUNKS', `Chunks beyond totalChunks (${totalChunks}) were uploaded: start a new upload.`);
  if (ctx.faults.failMerge()) throw new ApiError(503, 'UPLOAD_FAULT', 'The merge did not happen (fault injection): send it again.');
  const extension = extensionOf(name) || cleanName(fields.get('fileExtension')?.text ?? '').toLowerCase().replace(/^\./, '');
  const file = mergeChunks(ctx.store, fileToken, { userId: token.userId, name, extension, now: ctx.now() });
  return json({ fileId: file.fileId, hash: file.secret.slice(0, 8), fileName: file.name, fileType: fileTypeOf(file.extension), size: file.size });
}

/** One-shot upload: the whole file in the `file` part (Kore's SDK writes it as base64 with a transfer encoding). */
function uploadWhole(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const token = caller(ctx, req);
  const fields = fieldsOf(req);
  const part = fields.get('file');
  if (!part) throw badRequest('MISSING_FILE', 'Send the file in the "file" field (base64 text, or a file part), or upload it in chunks.');
  const name = cleanName(fields.get('filename')?.text ?? part.filename ?? '');
  if (!name) throw badRequest('MISSING_FILENAME', 'Send the file\'s name in the "filename" field.');
  const data = part.base64 || part.filename !== undefined ? part.data : Buffer.from(part.text.replace(/\s+/g, ''), 'base64');
  if (data.length > MAX_FILE_BYTES) throw new ApiError(413, 'FILE_TOO_LARGE', `Files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MB. Send a smaller file.`);
  const now = ctx.now();
  const fileToken = createUploadToken(ctx.store, token.userId, now);
  saveChunk(ctx.store, fileToken, 0, data);
  const extension = extensionOf(name) || cleanName(fields.get('fileExtension')?.text ?? '').toLowerCase();
  const file = mergeChunks(ctx.store, fileToken, { userId: token.userId, name, extension, now });
  return json({ fileId: file.fileId, hash: file.secret.slice(0, 8), fileName: file.name, fileType: fileTypeOf(file.extension), size: file.size });
}

export function fileUrlOf(host: string, fileId: string, secret: string): string {
  return `http://${host}/attachments/${fileId}/${secret}`;
}

function fileUrl(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const token = requireToken(ctx, req);
  const file = findFile(ctx.store, req.params.fileId ?? '');
  if (!file || file.userId !== token.userId) throw new ApiError(404, 'UNKNOWN_FILE', 'No such file for this user: upload it first.');
  return json({ fileUrl: fileUrlOf(req.host, file.fileId, file.secret) });
}

/** The file's bytes. Media plays inline; anything else downloads, never rendered as a page. */
function serveFile(ctx: PlatformContext, req: ApiRequest): ApiReply {
  const file = findFile(ctx.store, req.params.fileId ?? '');
  const data = file && file.secret === req.params.secret ? fileData(ctx.store, file.fileId) : undefined;
  if (!file || !data) throw new ApiError(404, 'UNKNOWN_FILE', 'No such file.');
  const media = MEDIA_TYPES[file.extension];
  const encoded = encodeURIComponent(file.name);
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Content-Disposition': `${media ? 'inline' : 'attachment'}; filename="${encoded}"; filename*=UTF-8''${encoded}`,
  };
  return { status: 200, bytes: data, contentType: media ?? 'application/octet-stream', cacheSeconds: 3600, headers };
}

export function attachmentRoutes(prefix: string): Route[] {
  const routes: Route[] = [{ method: 'GET', path: `${prefix}/attachment/file/:fileId/url`, handler: fileUrl }];
  for (const base of [`${prefix}/attachment/file`, `${prefix}/users/:userId/file`]) {
    routes.push(
      { method: 'POST', path: base, handler: uploadWhole, raw: true, maxBodyBytes: MAX_CHUNK_BODY_BYTES },
      { method: 'POST', path: `${base}/token`, handler: issueToken },
      { method: 'POST', path: `${base}/:fileToken/chunk`, handler: receiveChunk, raw: true, maxBodyBytes: MAX_CHUNK_BODY_BYTES },
      { method: 'PUT', path: `${base}/:fileToken`, handler: merge, raw: true },
    );
  }
  return routes;
}

export const fileRoutes: Route[] = [{ method: 'GET', path: '/attachments/:fileId/:secret', handler: serveFile }];

/** `POST /admin/faults/uploads {failChunk?, failMerges?, chunkDelayMs?}`: fail the Nth chunk, the next merges, or slow chunks. */
export function uploadAdminRoutes(): Route[] {
  const count = (body: Record<string, unknown>, name: string): number | undefined => {
    const v = body[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw badRequest('INVALID_PARAMETER', `${name} must be a whole number, 0 or more.`);
    return v;
  };
  return [
    {
      method: 'POST',
      path: UPLOAD_ADMIN_PATHS.uploads,
      handler: (ctx, req) => {
        const body = typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};
        const s = ctx.faults.settings;
        const failChunk = count(body, 'failChunk');
        const failMerges = count(body, 'failMerges');
        const delay = count(body, 'chunkDelayMs');
        if (failChunk === undefined && failMerges === undefined && delay === undefined) {
          throw badRequest('INVALID_PARAMETER', 'Pass failChunk (the Nth chunk from now fails), failMerges (a count) and/or chunkDelayMs.');
        }
        if (failChunk !== undefined) s.failUploadChunk = failChunk;
        if (failMerges !== undefined) s.failUploadMerges = failMerges;
        if (delay !== undefined) s.uploadChunkDelayMs = delay;
        return json({ ok: true, faults: s });
      },
    },
  ];
}
