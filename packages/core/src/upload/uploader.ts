// Uploads a file as the XO Platform takes one (see shared/docs/xo-protocol.md, section 8, "Uploads"):
//   POST {base}/attachment/file/token -> fileToken; POST {base}/attachment/file/{fileToken}/chunk per chunk
//   (chunkNo, messageToken, chunk as base64); PUT {base}/attachment/file/{fileToken} (totalChunks, filename,
//   fileExtension) -> fileId; GET {base}/attachment/file/{fileId}/url -> fileUrl.
// All HTTP with the bearer token, independent of the socket: a reconnect does not touch an upload. A 401 renews
// the token once; a network or server error is tried again three times; after that the message is `failed`, and
// retry resumes from the first chunk not yet stored (or starts again when the platform no longer knows the token).
// Loaded on the first sendFile (a dynamic import), so apps that never send a file never download this.
// It imports nothing at run time from the rest of the core (what it needs comes in UploaderOptions), so the
// bundler splits off no shared chunk and the first bundle pays only for the import() itself.
import type { TokenManager } from '../auth/tokens';
import type { Outbox } from '../outbox/outbox';
import type { OutboxStorage, StoredEntry } from '../outbox/persist';
import type { ChatStore, Clock, FileLike, JsonObject, Message, SendFileOptions, UploadOptions, UploadState } from '../types';
import { blobToBase64 } from './base64';
import { checkUploadOptions, refusal } from './check';

/** The parts of a PlatformError (../auth/http.ts) the uploader reads. */
interface RequestError {
  status?: number;
  retryable?: boolean;
  tokenExpired?: boolean;
  message: string;
}

export interface UploaderOptions {
  /** requestJson (../auth/http.ts) over the client's fetch: JSON, or a PlatformError. */
  request: (url: string, init: RequestInit, what: string) => Promise<unknown>;
  tokens: TokenManager;
  /** `{apiHost}{apiPrefix}`, e.g. `https://bots.kore.ai/api/1.1`. */
  base: string;
  /** Size and type limits, and the chunk size. */
  limits?: UploadOptions | undefined;
  clock: Clock;
  store: ChatStore;
  /** Updates one message of the store. */
  patch: (id: string, update: (m: Message) => Message) => void;
  /** The outbox's storage (this user's, this tab's): a reload finds an entry there. */
  storage: OutboxStorage;
  /** Takes the message once its file is uploaded, and writes it once, as any message. */
  outbox: Pick<Outbox, 'add' | 'has'>;
}

export interface Uploader {
  start(entry: StoredEntry, file: FileLike, options: SendFileOptions): void;
  /** Aborts the upload, if one runs, and drops the message unless it was sent. */
  cancel(id: string): void;
  /** Resumes a failed upload; false when there is none, or it is still running. */
  retry(id: string): boolean;
  /** The client stopped: every running upload stops and turns failed (retry resumes it once started again). */
  stop(): void;
}

interface Upload {
  entry: StoredEntry & { file: NonNullable<StoredEntry['file']> };
  file: FileLike;
  total: number;
  /** The first chunk not yet stored by the platform. */
  next: number;
  fileToken?: string;
  controller: AbortController;
  running: boolean;
  cancelled: boolean;
}

const DEFAULT_CHUNK_BYTES = 1024 * 1024;
const ATTEMPTS = 4;

/** Kore's `fileType`: image, video, audio, or attachment. */
const fileType = (kind: string) => (kind === 'image' || kind === 'video' || kind === 'audio' ? kind : 'attachment');

export function createUploader(o: UploaderOptions): Uploader {
  checkUploadOptions(o.limits);
  const uploads = new Map<string, Upload>();
  const chunkBytes = Math.max(1024, Math.floor(o.limits?.chunkBytes ?? DEFAULT_CHUNK_BYTES));
  const sleep = (ms: number) => new Promise<void>((resolve) => o.clock.setTimeout(resolve, ms));

  function show(u: Upload, upload: UploadState): void {
    o.patch(u.entry.id, (m) => {
      const next = { ...m, upload, parts: m.parts.map((p) => (p.type === 'attachment' && u.entry.file.url ? { ...p, url: u.entry.file.url } : p)) };
      if (upload.status === 'failed') {
        next.status = 'failed';
        next.error = upload.error ?? '';
      } else {
        next.status = 'sending';
        delete next.error;
      }
      return next;
    });
  }

  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const fail = (what: string) => Object.assign(new Error(`${what}: the platform's answer lacks it`), { retryable: false });

  const progress = (u: Upload) => Math.min(u.next * chunkBytes, u.file.size) / u.file.size;

  /** One request with the bearer token: renewed once on a 401, tried again on network and server errors. */
  async function call(u: Upload, method: string, path: string, what: string, body?: () => FormData): Promise<JsonObject> {
    let renewed = false;
    for (let attempt = 1; ; attempt++) {
      const token = await o.tokens.token();
      try {
        const init: RequestInit = { method, headers: { Authorization: `bearer ${token}` }, signal: u.controller.signal };
        if (body) init.body = body();
        const answer = await o.request(`${o.base}${path}`, init, what);
        return typeof answer === 'object' && answer !== null && !Array.isArray(answer) ? (answer as JsonObject) : {};
      } catch (caught) {
        const error = caught as RequestError;
        if (u.cancelled || u.controller.signal.aborted || typeof error.retryable !== 'boolean') throw caught;
        if (error.tokenExpired && !renewed) {
          o.tokens.invalidate(token);
          renewed = true;
          attempt--;
          continue;
        }
        if (!error.retryable || attempt >= ATTEMPTS) throw caught;
        await sleep(500 * 2 ** (attempt - 1));
        if (u.cancelled) throw caught;
      }
    }
  }

  const form = (fields: Record<string, string>) => () => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    return f;
  };

  async function run(u: Upload): Promise<void> {
    const { entry, file } = u;
    const name = entry.file.name;
    u.running = true;
    try {
      if (!u.fileToken) {
        const token = str((await call(u, 'POST', '/attachment/file/token', 'upload token')).fileToken);
        if (!token) throw fail('fileToken');
        u.fileToken = token;
        u.next = 0;
      }
      // The grant has named the user by now: a reload finds this entry failed, since the File went with the page.
      o.storage.save({ ...entry, failed: `Not sent: "${name}" was still uploading when the page closed, and the file went with it. Attach it again.` });
      while (u.next < u.total) {
        const chunk = await blobToBase64(file.slice(u.next * chunkBytes, Math.min(file.size, (u.next + 1) * chunkBytes)));
        const fields = { chunkNo: String(u.next), messageToken: u.fileToken, chunk };
        await call(u, 'POST', `/attachment/file/${encodeURIComponent(u.fileToken)}/chunk`, 'upload chunk', form(fields));
        u.next++;
        show(u, { status: 'uploading', progress: progress(u) * 0.97 });
      }
      const extension = /\.([^.]+)$/.exec(name)?.[1] ?? '';
      const merged = await call(u, 'PUT', `/attachment/file/${encodeURIComponent(u.fileToken)}`, 'upload merge', form({
        totalChunks: String(u.total),
        messageToken: u.fileToken,
        filename: name,
        fileExtension: extension,
        fileContext: 'workflows',
        thumbnailUpload: 'false',
      }));
      const fileId = str(merged.fileId);
      if (!fileId) throw fail('fileId');
      const fileUrl = str((await call(u, 'GET', `/attachment/file/${encodeURIComponent(fileId)}/url?repeat=true`, 'file url')).fileUrl) ?? '';
      entry.file.url = fileUrl;
      // Kore's fields (its web SDK writes the size in MB).
      entry.attachments = [{ fileName: name, fileType: fileType(entry.file.kind), fileId, fileUrl, size: +(file.size / 1048576).toFixed(2) }];
      uploads.delete(entry.id);
      show(u, { status: 'done', progress: 1 });
      o.outbox.add(entry);
    } catch (error) {
      if (u.cancelled) return;
      // The platform forgot the token (expired, restarted without it): a retry starts the upload again.
      if ((error as RequestError).status === 404) delete u.fileToken;
      const reason = u.controller.signal.aborted ? 'the chat was stopped' : error instanceof Error ? error.message : String(error);
      show(u, { status: 'failed', progress: progress(u), error: `"${name}" was not sent: ${reason}. Try again.` });
    } finally {
      u.running = false;
    }
  }

  return {
    start(entry, file, options) {
      if (!entry.file) return;
      const refused = refusal(file, entry.file.name, o.limits);
      if (refused) {
        o.patch(entry.id, (m) => ({ ...m, status: 'failed', error: refused.message, upload: { status: 'failed', progress: 0, error: refused.message, refused: refused.reason } }));
        return;
      }
      try {
        // JSON only: a copy now, so a cycle or a class instance fails here and not when the frame is written.
        if (options.customData) entry.customData = JSON.parse(JSON.stringify(options.customData)) as JsonObject;
        if (options.metaTags) entry.metaTags = JSON.parse(JSON.stringify(options.metaTags)) as JsonObject;
      } catch (error) {
        const message = `Not sent: customData and metaTags must be plain JSON (${String(error)}).`;
        o.patch(entry.id, (m) => ({ ...m, status: 'failed', error: message, upload: { status: 'failed', progress: 0, error: message } }));
        return;
      }
      const u: Upload = {
        entry: entry as Upload['entry'],
        file,
        total: Math.max(1, Math.ceil(file.size / chunkBytes)),
        next: 0,
        controller: new AbortController(),
        running: false,
        cancelled: false,
      };
      uploads.set(entry.id, u);
      void run(u);
    },
    cancel(id) {
      const u = uploads.get(id);
      if (u) {
        u.cancelled = true;
        u.controller.abort();
        uploads.delete(id);
      }
      // A file already handed to the outbox is a message on its way: it is not taken back.
      if (o.outbox.has(id)) return;
      o.store.setState({ messages: o.store.getState().messages.filter((m) => m.id !== id) });
      o.storage.remove(id);
    },
    stop() {
      for (const u of uploads.values()) u.controller.abort();
    },
    retry(id) {
      const u = uploads.get(id);
      if (!u || u.running) return false;
      u.controller = new AbortController();
      show(u, { status: 'uploading', progress: progress(u) * 0.97 });
      void run(u);
      return true;
    },
  };
}
