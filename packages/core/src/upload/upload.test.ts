// Uploads against the real local platform (HTTP, `ws`, SQLite): progress, a socket dropped mid-upload, a token
// that expires, cancel, refusals, a failed chunk and merge, retry, and a reload that loses the File.
import { DEMO_BOT, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, signJwt, startLocalPlatform, type LocalPlatform } from '@xo-chat/local-platform';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createChatClient } from '../client/create-client';
import { memoryStorage } from '../test-support/fakes';
import type { ChatClient, ChatClientOptions, Message, WebSocketConstructor } from '../types';
import { until } from '../test-support/waiting';

let platform: LocalPlatform;
const clients: ChatClient[] = [];
beforeAll(async () => {
  platform = await startLocalPlatform({ faults: true });
});
afterAll(async () => {
  for (const c of clients.splice(0)) c.stop();
  await platform.close();
});
beforeEach(() => platform.faults.reset());


function client(identity: string, extra: Partial<ChatClientOptions> = {}): ChatClient {
  const c = createChatClient({
    apiHost: platform.url,
    botInfo: DEMO_BOT,
    getJwt: async () => signJwt({ clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET, identity }),
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    storage: memoryStorage(),
    backoff: { baseMs: 50, maxMs: 200 },
    uploads: { chunkBytes: 1024 },
    ...extra,
  });
  clients.push(c);
  return c;
}

const fileOf = (name: string, size: number, type: string) => new File([new Uint8Array(size).map((_, i) => i % 251)], name, { type });
const message = (c: ChatClient, id: string): Message | undefined => c.store.getState().messages.find((m) => m.id === id);
const identity = (name: string) => `upload-${name}-${Date.now()}@test`;

describe('sendFile against the local platform', () => {
  it('shows the file at once, reports progress, sends it once with its attachments, and history has it after a reload', async () => {
    const who = identity('basic');
    const c = client(who);
    await c.start();
    const id = c.sendFile(fileOf('photo.png', 3000, 'image/png'), { text: 'my boarding pass' });
    expect(message(c, id)).toMatchObject({
      from: 'user',
      status: 'sending',
      upload: { status: 'uploading', progress: 0 },
      parts: [{ type: 'attachment', kind: 'image', name: 'photo.png', size: 3000 }, { type: 'text', text: 'my boarding pass' }],
    });
    const seen = new Set<number>();
    const off = c.store.subscribe((s) => {
      const p = s.messages.find((m) => m.id === id)?.upload?.progress;
      if (p !== undefined) seen.add(p);
    });
    await until(() => message(c, id)?.status === 'sent', 'the ack');
    off();
    expect([...seen].some((p) => p > 0 && p < 1)).toBe(true);
    const sent = message(c, id);
    expect(sent?.upload).toEqual({ status: 'done', progress: 1 });
    const part = sent?.parts[0];
    expect(part?.type === 'attachment' && part.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/attachments\/fl-/);
    // The bot answered the file.
    await until(() => c.store.getState().messages.some((m) => m.from === 'bot' && JSON.stringify(m.parts).includes('photo.png')), 'the answer');
    const userId = c.store.getState().user?.userId ?? '';
    expect(platform.store.messagesOf(userId).filter((r) => r.direction === 'incoming')).toHaveLength(1);
    expect(platform.counters.sentTwice).toBe(0);
    c.stop();

    const reloaded = client(who);
    await reloaded.start();
    const shown = reloaded.store.getState().messages.filter((m) => m.from === 'user');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ id, fromHistory: true, parts: [{ type: 'attachment', kind: 'image', name: 'photo.png' }, { type: 'text', text: 'my boarding pass' }] });
    reloaded.stop();
  });

  it('another tab of the same user shows the file as theirs', async () => {
    const who = identity('tabs');
    const a = client(who);
    const b = client(who);
    await a.start();
    await b.start();
    const id = a.sendFile(fileOf('shared.pdf', 1500, 'application/pdf'));
    await until(() => message(b, id) !== undefined, 'the other tab');
    const part = message(b, id)?.parts[0];
    expect(part).toMatchObject({ type: 'attachment', kind: 'file', name: 'shared.pdf' });
    expect(part?.type === 'attachment' && part.url).toMatch(/\/attachments\/fl-/);
    expect(message(b, id)?.parts).toHaveLength(1);
    a.stop();
    b.stop();
  });

  it('keeps uploading while the socket drops and comes back, and sends the message once after', async () => {
    const c = client(identity('drop'));
    await c.start();
    platform.faults.settings.uploadChunkDelayMs = 80;
    const id = c.sendFile(fileOf('notes.pdf', 6 * 1024, 'application/pdf'));
    await until(() => (message(c, id)?.upload?.progress ?? 0) > 0, 'some progress');
    const before = c.store.getState().connection;
    expect(before.status).toBe('open');
    await fetch(`${platform.url}/admin/faults/drop-all`, { method: 'POST' });
    await until(() => c.store.getState().connection.status !== 'open', 'the drop');
    await until(() => message(c, id)?.status === 'sent', 'the ack after the reconnect');
    expect(message(c, id)?.parts[0]).toMatchObject({ kind: 'file', name: 'notes.pdf' });
    const userId = c.store.getState().user?.userId ?? '';
    expect(platform.store.messagesOf(userId).filter((r) => r.direction === 'incoming')).toHaveLength(1);
    c.stop();
  });

  it('renews the token on a 401 in the middle of an upload', async () => {
    const c = client(identity('token'));
    await c.start();
    platform.faults.settings.uploadChunkDelayMs = 50;
    const id = c.sendFile(fileOf('scan.jpg', 4 * 1024, 'image/jpeg'));
    await until(() => (message(c, id)?.upload?.progress ?? 0) > 0, 'some progress');
    platform.store.expireAllTokens(Date.now());
    await until(() => message(c, id)?.status === 'sent', 'sent with a new token');
    c.stop();
  });

  it('cancel stops the upload and removes the message; nothing reaches the platform', async () => {
    const storage = memoryStorage();
    const c = client(identity('cancel'), { storage });
    await c.start();
    platform.faults.settings.uploadChunkDelayMs = 100;
    const id = c.sendFile(fileOf('big.mp4', 8 * 1024, 'video/mp4'));
    await until(() => (message(c, id)?.upload?.progress ?? 0) > 0, 'some progress');
    c.cancelUpload(id);
    await until(() => message(c, id) === undefined, 'the message gone');
    await new Promise((r) => setTimeout(r, 400));
    expect(message(c, id)).toBeUndefined();
    expect([...storage.data.keys()].some((k) => k.endsWith(id))).toBe(false);
    const userId = c.store.getState().user?.userId ?? '';
    expect(platform.store.messagesOf(userId).filter((r) => r.direction === 'incoming')).toHaveLength(0);
    c.stop();
  });

  it('refuses a type the options do not accept, and an oversize file, naming the file, the limit and what to do', async () => {
    const c = client(identity('refuse'), { uploads: { accept: ['image/*', '.pdf'], maxBytes: 2048 } });
    await c.start();
    const wrongType = c.sendFile(fileOf('run.exe', 100, 'application/x-msdownload'));
    const tooBig = c.sendFile(fileOf('huge.png', 5000, 'image/png'));
    await until(() => message(c, wrongType)?.status === 'failed' && message(c, tooBig)?.status === 'failed', 'both refused');
    expect(message(c, wrongType)?.upload).toMatchObject({ status: 'failed', refused: 'type' });
    expect(message(c, wrongType)?.error).toBe('"run.exe" is not a type this chat accepts (image/*, .pdf). Choose a file of one of those types.');
    expect(message(c, tooBig)?.upload).toMatchObject({ status: 'failed', refused: 'too-large' });
    expect(message(c, tooBig)?.error).toBe('"huge.png" is 5 KB; files can be at most 2 KB. Choose a smaller file.');
    c.cancelUpload(tooBig);
    await until(() => message(c, tooBig) === undefined, 'removed');
    const userId = c.store.getState().user?.userId ?? '';
    expect(platform.store.messagesOf(userId)).toHaveLength(0);
    c.stop();
  });

  it('tries a failed chunk again by itself; a merge that keeps failing turns failed, and retry resumes it', async () => {
    const c = client(identity('retry'));
    await c.start();
    platform.faults.settings.failUploadChunk = 2;
    platform.faults.settings.failUploadMerges = 4;
    const id = c.sendFile(fileOf('report.txt', 3 * 1024, 'text/plain'));
    await until(() => message(c, id)?.status === 'failed', 'failed after the merge attempts', 15_000);
    expect(platform.faults.counters.uploadChunksFailed).toBe(1);
    expect(message(c, id)?.error).toMatch(/^"report\.txt" was not sent: upload merge failed: .*\(HTTP 503\)\. Try again\.$/);
    expect(message(c, id)?.upload?.status).toBe('failed');
    c.retry(id);
    await until(() => message(c, id)?.upload?.status !== 'failed', 'uploading again');
    await until(() => message(c, id)?.status === 'sent', 'sent after retry');
    c.stop();
  });

  it('stop() stops an upload (failed: the chat was stopped); started again, retry resumes it', async () => {
    const c = client(identity('stop'));
    await c.start();
    platform.faults.settings.uploadChunkDelayMs = 100;
    const id = c.sendFile(fileOf('later.pdf', 5 * 1024, 'application/pdf'));
    await until(() => (message(c, id)?.upload?.progress ?? 0) > 0, 'some progress');
    c.stop();
    await until(() => message(c, id)?.status === 'failed', 'failed');
    expect(message(c, id)?.error).toContain('the chat was stopped');
    await c.start();
    c.retry(id);
    await until(() => message(c, id)?.status === 'sent', 'sent after start and retry');
    c.stop();
  });

  it('a reload before the upload finished shows the message failed, saying to attach the file again', async () => {
    const who = identity('reload');
    const storage = memoryStorage();
    const c = client(who, { storage });
    await c.start();
    platform.faults.settings.uploadChunkDelayMs = 150;
    const id = c.sendFile(fileOf('contract.pdf', 6 * 1024, 'application/pdf'));
    await until(() => (message(c, id)?.upload?.progress ?? 0) > 0, 'some progress');
    c.stop(); // the page goes, and the File with it

    const reloaded = client(who, { storage });
    await reloaded.start();
    await until(() => message(reloaded, id) !== undefined, 'the message back');
    expect(message(reloaded, id)).toMatchObject({
      status: 'failed',
      upload: { status: 'failed', lost: true },
      parts: [{ type: 'attachment', name: 'contract.pdf' }],
    });
    expect(message(reloaded, id)?.error).toContain('Attach it again');
    reloaded.retry(id); // nothing to send without the file
    await new Promise((r) => setTimeout(r, 200));
    expect(message(reloaded, id)?.status).toBe('failed');
    reloaded.cancelUpload(id);
    await until(() => message(reloaded, id) === undefined, 'removed');
    expect([...storage.data.keys()].some((k) => k.endsWith(id))).toBe(false);
    reloaded.stop();
  });
});
