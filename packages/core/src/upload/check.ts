// What `sendFile` refuses, in words a person can act on: the file, the limit, and what to do. It runs in the upload
// chunk (./uploader.ts), so the first bundle carries none of it; the message shows the refusal as its error.
import type { FileLike, UploadOptions, UploadRefusal } from '../types';

/** The XO Platform's own limit (Kore's web SDK refuses bigger files too). */
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/** A file the limits refuse: why (for a UI's own words), and the sentence to show. */
export interface Refusal {
  reason: UploadRefusal;
  message: string;
}

const mb = (bytes: number) => (bytes < 1048576 ? `${Math.ceil(bytes / 1024)} KB` : `${+(bytes / 1048576).toFixed(1)} MB`);

/**
 * The `uploads` option, checked as client/options.ts checks the others, but when the upload code first loads (on the
 * first sendFile): apps that never send a file do not carry this. A wrong value fails that file with this message.
 */
export function checkUploadOptions(o: UploadOptions | undefined): void {
  if (o === undefined) return;
  for (const key of ['maxBytes', 'chunkBytes'] as const) {
    const v = o[key];
    if (v !== undefined && !(typeof v === 'number' && v >= 1 && Number.isFinite(v))) {
      throw new TypeError(`createChatClient: uploads.${key} must be a number of bytes, 1 or more (got ${String(v)}).`);
    }
  }
  if (o.accept !== undefined && !(Array.isArray(o.accept) && o.accept.every((a) => typeof a === 'string' && /^\.|\//.test(a)))) {
    throw new TypeError('createChatClient: uploads.accept lists types as <input accept> does: [".pdf", "image/*", "application/pdf"].');
  }
}

/** Whether a file matches one of `accept` (an extension, a MIME type or `type/*`), as a browser's file picker judges. */
function accepted(name: string, type: string, accept: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return accept.some((a) => {
    const rule = a.trim().toLowerCase();
    if (rule.startsWith('.')) return lower.endsWith(rule);
    return rule.endsWith('/*') ? type.startsWith(rule.slice(0, -1)) : type === rule;
  });
}

/** Why the limits refuse this file, or undefined when they take it. */
export function refusal(file: FileLike, name: string, o: UploadOptions = {}): Refusal | undefined {
  const max = o.maxBytes ?? DEFAULT_MAX_BYTES;
  if (file.size === 0) return { reason: 'empty', message: `"${name}" is empty: choose a file that has something in it.` };
  if (file.size > max) return { reason: 'too-large', message: `"${name}" is ${mb(file.size)}; files can be at most ${mb(max)}. Choose a smaller file.` };
  if (o.accept && !accepted(name, (file.type || '').toLowerCase(), o.accept)) {
    return { reason: 'type', message: `"${name}" is not a type this chat accepts (${o.accept.join(', ')}). Choose a file of one of those types.` };
  }
  return undefined;
}
