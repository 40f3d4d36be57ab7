// What a user message's `message.attachments` become on the platform: a file this user uploaded is named by its
// `fileId`, and the platform answers with its own record of it (name, kind, size, URL), whatever else the client
// wrote; an attachment that names no known file keeps only Kore's fields, and only an http(s) `fileUrl`.
import type { Json, JsonObject } from '../bot/script-types.js';
import { fileTypeOf, fileUrlOf } from '../http/attachments.js';
import { findFile } from '../store/files.js';
import type { Store } from '../store/store.js';

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export function normalizeAttachments(store: Store, userId: string, host: string, attachments: readonly Json[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const a of attachments.slice(0, 10)) {
    if (!isObject(a)) continue;
    const file = typeof a.fileId === 'string' ? findFile(store, a.fileId) : undefined;
    if (file && file.userId === userId) {
      out.push({ fileId: file.fileId, fileName: file.name, fileType: fileTypeOf(file.extension), fileUrl: fileUrlOf(host, file.fileId, file.secret), size: file.size });
      continue;
    }
    const url = typeof a.fileUrl === 'string' ? a.fileUrl : typeof a.url === 'string' ? a.url : '';
    if (!/^https?:\/\//i.test(url)) continue;
    const kept: JsonObject = { fileUrl: url, fileName: typeof a.fileName === 'string' ? a.fileName.slice(0, 200) : '', fileType: typeof a.fileType === 'string' ? a.fileType.slice(0, 20) : 'attachment' };
    out.push(kept);
  }
  return out;
}
