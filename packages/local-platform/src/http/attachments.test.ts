import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOT } from '../constants.js';
import { startLocalPlatform } from '../server.js';
import type { LocalPlatform } from '../server.js';
import { call, connect, grant, isAckFor } from '../testing/harness.js';
import { ADMIN_PATHS } from './admin.js';

let platform: LocalPlatform;
beforeAll(async () => {
  platform = await startLocalPlatform({ faults: true });
});
afterAll(() => platform.close());
afterEach(async () => {
  await call(platform, 'POST', ADMIN_PATHS.reset);
});

const API = '/api/1.1/attachment/file';

async function send(method: string, path: string, token: string | null, body?: BodyInit, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...(token ? { authorization: `bearer ${token}` } : {}), ...headers } };
  if (body !== undefined) init.body = body;
  const res = await fetch(`${platform.url}${path}`, init);
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // a file body
  }
  return { status: res.status, json, text, headers: res.headers };
}

/** A multipart body written by hand, as Kore's web SDK writes it: the chunk as base64 with a transfer encoding. */
function koreMultipart(fields: Record<string, string>, chunk?: { name: string; base64: string }) {
  const boundary = '--------MultipartData0.123';
  let body = '';
  for (const [k, v] of Object.entries(fields)) body += `--${boundary}\r\nContent-Disposition: form-data; name="${k}";\r\n\r\n${v}\r\n`;
  if (chunk) {
    body += `--${boundary}\r\nContent-Disposition: form-data; name="chunk"; filename="${chunk.name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${chunk.base64}\r\n`;
  }
  body += `--${boundary}--`;
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(token: string, name: string, parts: Buffer[]): Promise<string> {
  const t = await send('POST', `${API}/token`, token);
  expect(t.status).toBe(200);
  const fileToken = String(t.json.fileToken);
  for (const [i, part] of parts.entries()) {
    const form = new FormData();
    form.append('chunkNo', String(i));
    form.append('messageToken', fileToken);
    form.append('chunk', part.toString('base64'));
    expect((await send('POST', `${API}/${fileToken}/chunk`, token, form)).status).toBe(200);
  }
  const merge = koreMultipart({ totalChunks: String(parts.length), messageToken: fileToken, filename: name, fileExtension: name.split('.').pop() ?? '', fileContext: 'workflows' });
  const merged = await send('PUT', `${API}/${fileToken}`, token, merge.body, merge.headers);
  expect(merged.status).toBe(200);
  return String(merged.json.fileId);
}

describe('upload endpoints', () => {
  it('refuse a missing or wrong bearer token with 401 and a readable body', async () => {
    const missing = await send('POST', `${API}/token`, null);
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({ errors: [{ code: 'MISSING_TOKEN', msg: expect.stringContaining('Authorization: bearer') }] });
    const wrong = await send('POST', `${API}/token`, 'not-a-token');
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchObject({ errors: [{ code: 'INVALID_TOKEN', msg: expect.stringContaining('jwtgrant') }] });
    expect((await send('POST', `${API}/ft-x/chunk`, 'nope', new FormData())).status).toBe(401);
    expect((await send('PUT', `${API}/ft-x`, null, '{}')).status).toBe(401);
    expect((await send('GET', `${API}/fl-x/url`, null)).status).toBe(401);
  });

  it('take chunks (Kore base64 multipart and FormData), merge them and serve the file back', async () => {
    const g = await grant(platform, 'uploader@example.com');
    const t = await send('POST', `${API}/token`, g.accessToken);
    const fileToken = String(t.json.fileToken);
    const a = koreMultipart({ chunkNo: '0', messageToken: fileToken }, { name: 'photo.png', base64: Buffer.from('hello ').toString('base64') });
    expect((await send('POST', `${API}/${fileToken}/chunk`, g.accessToken, a.body, a.headers)).json).toMatchObject({ chunkNo: 0, received: 6 });
    const b = new FormData();
    b.append('chunkNo', '1');
    b.append('chunk', new Blob([Buffer.from('world')]), 'photo.png');
    expect((await send('POST', `${API}/${fileToken}/chunk`, g.accessToken, b)).json).toMatchObject({ chunkNo: 1, received: 5 });
    const missing = await send('PUT', `${API}/${fileToken}`, g.accessToken, JSON.stringify({ totalChunks: 3, filename: 'photo.png' }), { 'content-type': 'application/json' });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({ errors: [{ code: 'MISSING_CHUNKS', msg: expect.stringContaining('2') }] });
    const merged = await send('PUT', `${API}/${fileToken}`, g.accessToken, JSON.stringify({ totalChunks: 2, filename: '../../photo.png' }), { 'content-type': 'application/json' });
    expect(merged.json).toMatchObject({ fileId: expect.stringMatching(/^fl-/), fileName: 'photo.png', fileType: 'image', size: 11 });
    // The token is spent.
    expect((await send('PUT', `${API}/${fileToken}`, g.accessToken, '{"totalChunks":2,"filename":"a.png"}')).status).toBe(404);
    const url = await send('GET', `${API}/${String(merged.json.fileId)}/url?repeat=true`, g.accessToken);
    const fileUrl = String(url.json.fileUrl);
    expect(fileUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/attachments\/fl-/);
    const served = await fetch(fileUrl);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toMatch(/^inline/);
    expect(await served.text()).toBe('hello world');
    // Another user cannot ask for its URL, and the URL without its secret is nothing.
    const other = await grant(platform, 'other@example.com');
    expect((await send('GET', `${API}/${String(merged.json.fileId)}/url`, other.accessToken)).status).toBe(404);
    expect((await fetch(fileUrl.replace(/\/[0-9a-f]+$/, '/0000'))).status).toBe(404);
  });

  it('serves anything but media as a download, never as a page', async () => {
    const g = await grant(platform, 'html@example.com');
    const fileId = await upload(g.accessToken, 'page.html', [Buffer.from('<script>alert(1)</script>')]);
    const { json } = await send('GET', `${API}/${fileId}/url`, g.accessToken);
    const res = await fetch(String(json.fileUrl));
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="page.html"; filename*=UTF-8''page.html`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('takes a small file in one POST attachment/file, as Kore\'s SDK sends files up to 1 MB', async () => {
    const g = await grant(platform, 'one-shot@example.com');
    const body = koreMultipart(
      { fileExtension: 'png', fileContext: 'workflows', thumbnailUpload: 'false', filename: 'tiny.png' },
      undefined,
    );
    // Kore's SDK names the part "file": {fileName, data (base64), type}.
    const file = `----------MultipartData0.123\r\nContent-Disposition: form-data; name="file"; filename="tiny.png"\r\nContent-Type: UTF-8; charset=ISO-8859-1\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from('PNGDATA').toString('base64')}\r\n`;
    const res = await send('POST', API, g.accessToken, body.body.replace('----------MultipartData0.123--', `${file}----------MultipartData0.123--`), body.headers);
    expect(res.json).toMatchObject({ fileId: expect.stringMatching(/^fl-/), fileName: 'tiny.png', fileType: 'image', size: 7 });
    const url = await send('GET', `${API}/${String(res.json.fileId)}/url?repeat=true`, g.accessToken);
    expect(await (await fetch(String(url.json.fileUrl))).text()).toBe('PNGDATA');
    expect((await send('POST', API, null, body.body, body.headers)).status).toBe(401);
  });

  it('takes the anonymous users/{userId}/file path for the token owner only', async () => {
    const g = await grant(platform, 'anon-ish@example.com');
    expect((await send('POST', `/api/users/${g.userId}/file/token`, g.accessToken)).status).toBe(200);
    const wrong = await send('POST', `/api/users/u-someone-else/file/token`, g.accessToken);
    expect(wrong.status).toBe(403);
  });

  it('fault kinds: the Nth chunk fails (sent again it works), merges fail', async () => {
    const g = await grant(platform, 'faulty@example.com');
    expect((await call(platform, 'POST', ADMIN_PATHS.uploads, { failChunk: 2, failMerges: 1 })).status).toBe(200);
    const t = await send('POST', `${API}/token`, g.accessToken);
    const fileToken = String(t.json.fileToken);
    const chunk = (n: number) => {
      const f = new FormData();
      f.append('chunkNo', String(n));
      f.append('chunk', Buffer.from(`part${n}`).toString('base64'));
      return send('POST', `${API}/${fileToken}/chunk`, g.accessToken, f);
    };
    expect((await chunk(0)).status).toBe(200);
    const failed = await chunk(1);
    expect(failed.status).toBe(500);
    expect(failed.json).toMatchObject({ errors: [{ code: 'UPLOAD_FAULT' }] });
    expect((await chunk(1)).status).toBe(200);
    const body = JSON.stringify({ totalChunks: 2, filename: 'notes.txt' });
    expect((await send('PUT', `${API}/${fileToken}`, g.accessToken, body)).status).toBe(503);
    expect((await send('PUT', `${API}/${fileToken}`, g.accessToken, body)).status).toBe(200);
    const stats = await call(platform, 'GET', ADMIN_PATHS.faults);
    expect(stats.body.counters).toMatchObject({ uploadChunksFailed: 1, uploadMergesFailed: 1 });
  });

  it('a message naming the file is stored with it, answered by the bot, and in history', async () => {
    const { socket, grant: g } = await connect(platform, 'sender@example.com');
    const fileId = await upload(g.accessToken, 'report.pdf', [Buffer.from('%PDF-1.4 ')]);
    socket.send({
      clientMessageId: 'f-1',
      message: { body: '', attachments: [{ fileName: 'evil.exe', fileType: 'attachment', fileId, fileUrl: 'javascript:alert(1)' }] },
      resourceid: '/bot.message',
      botInfo: DEMO_BOT,
      id: 'f-1',
    });
    await socket.waitFor(isAckFor('f-1'));
    const answer = await socket.waitFor((f) => f.type === 'bot_response');
    expect(JSON.stringify(answer.message)).toContain('report.pdf');
    const history = await call(platform, 'GET', `/api/botmessages/rtm?botId=${DEMO_BOT.taskBotId}&limit=5`, undefined, { authorization: `bearer ${g.accessToken}` });
    const items = history.body.messages as { type: string; userMsgId?: string; components: { cT: string; data: Record<string, unknown> }[] }[];
    const mine = items.find((m) => m.userMsgId === 'f-1');
    expect(mine?.components).toEqual([
      expect.objectContaining({ cT: 'file', data: expect.objectContaining({ fileId, fileName: 'report.pdf', fileType: 'attachment', url: expect.stringMatching(/^http:\/\/.*\/attachments\/fl-/) }) }),
    ]);
    socket.close();
  });
});
