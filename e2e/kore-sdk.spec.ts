// Kore's own web SDK (npm kore-web-sdk, unchanged, loaded from node_modules) against a local platform this
// journey starts: grant through /users/sts, theme fetch, greeting, a message acked and answered, a button
// postback, delivery receipts, history on reopen. No platform error frame, failed request or console error.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const sdkDist = path.join(here, 'node_modules', 'kore-web-sdk', 'dist');
// The page is served by a tiny static server on loopback: Chromium refuses a page routed in from a
// "public" origin (even a fulfilled page.route) access to the loopback platform (Local Network Access).
let PAGE_ORIGIN = '';
let pageServer: Server;
const identities = new Map<string, string>();

let platform: ChildProcess;
let apiHost = '';

test.beforeAll(async () => {
  platform = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'packages/local-platform/src/cli.ts'), '--port', '0', '--faults', '--reply-delay', '50'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  apiHost = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the platform did not start: ${out}`)), 30_000);
    platform.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /ready at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
  });
});

test.beforeAll(async () => {
  pageServer = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pageHtml(identities.get(url.searchParams.get('user') ?? '') ?? 'nobody@example.com'));
      return;
    }
    const file = path.join(sdkDist, url.pathname.replace(/^\/sdk\//, ''));
    if (!url.pathname.startsWith('/sdk/') || !file.startsWith(sdkDist)) {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(file).then(
      (bytes) => res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bytes),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  PAGE_ORIGIN = `http://localhost:${(pageServer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  platform.kill('SIGTERM');
  await new Promise<void>((resolve) => pageServer.close(() => resolve()));
});

/** A small page of our own that loads the SDK's UMD chat build from node_modules and opens the window. */
function pageHtml(identity: string): string {
  const config = {
    koreAPIUrl: `${apiHost}/api/`,
    JWTUrl: `${apiHost}/users/sts`,
    userIdentity: identity,
    botInfo: { name: 'XO Demo', _id: 'st-xo-demo' },
    clientId: 'cs-xo-demo-client',
    clientSecret: 'xo-demo-secret-for-local-development-only',
  };
  return `<!doctype html><html><head><meta charset="utf-8"><title>Kore SDK interop</title><link rel="icon" href="data:,"></head><body>
<script src="/sdk/umd/kore-web-sdk-umd-chat.min.js"></script>
<script>
  const chatConfig = KoreChatSDK.chatConfig;
  Object.assign(chatConfig.botOptions, ${JSON.stringify(config)});
  chatConfig.botOptions.enableAck = { delivery: true };
  chatConfig.loadHistory = true;
  chatConfig.minimizeMode = false;
  window.chatWindowInstance = new KoreChatSDK.chatWindow();
  window.chatWindowInstance.show(chatConfig);
</script></body></html>`;
}

interface Watch {
  problems: string[];
  framesIn: string[];
  framesOut: string[];
  requests: string[];
}

async function openSdkPage(page: Page, identity: string): Promise<Watch> {
  const watch: Watch = { problems: [], framesIn: [], framesOut: [], requests: [] };
  identities.set(identity, identity);
  page.on('console', (m) => {
    if (m.type() === 'error') watch.problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => watch.problems.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    watch.requests.push(`${r.request().method()} ${r.status()} ${r.url()}`);
    if (r.status() >= 400) watch.problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  page.on('websocket', (ws) => {
    ws.on('framereceived', (f) => {
      const text = String(f.payload);
      watch.framesIn.push(text);
      if (/"type":"error"/.test(text)) watch.problems.push(`error frame: ${text}`);
    });
    ws.on('framesent', (f) => watch.framesOut.push(String(f.payload)));
  });
  await page.goto(`${PAGE_ORIGIN}/?user=${encodeURIComponent(identity)}`);
  return watch;
}

test('Kore web SDK classic window: grant, theme, greeting, message, postback, receipts, history', async ({ page, context }) => {
  const identity = `kore-sdk-${Date.now()}@example.com`;
  const watch = await openSdkPage(page, identity);
  await expect(page.getByText('running on your own machine').first()).toBeVisible({ timeout: 20_000 });
  expect(watch.requests.some((r) => / 200 .*\/users\/sts$/.test(r))).toBe(true);
  expect(watch.requests.some((r) => / 200 .*\/websdkthemes\/st-xo-demo\/activetheme$/.test(r))).toBe(true);

  const input = page.locator('.chatInputBox').first();
  await input.click();
  await input.pressSequentially('hello from kore');
  await input.press('Enter');
  await expect(page.getByText('You said: hello from kore').first()).toBeVisible();
  expect(watch.framesIn.some((f) => /"type":"ack"/.test(f) && /"ok":true/.test(f))).toBe(true);

  await page.getByText('Buttons', { exact: true }).first().click();
  await expect.poll(() => watch.framesOut.some((f) => /"body":"button"/.test(f))).toBe(true);
  await expect.poll(() => watch.framesOut.filter((f) => /"type":"ack"/.test(f) && /"status":"delivered"/.test(f)).length).toBeGreaterThan(2);

  const receipts = (await (await fetch(`${apiHost}/admin/receipts?identity=${encodeURIComponent(identity)}`)).json()) as { receipts: { messageId: string | null }[] };
  expect(receipts.receipts.length).toBeGreaterThan(2);
  expect(receipts.receipts.every((r) => r.messageId !== null)).toBe(true);

  // Reopen: a new page for the same user shows the conversation from history.
  const again = await context.newPage();
  const watchAgain = await openSdkPage(again, identity);
  await expect(again.getByText('You said: hello from kore').first()).toBeVisible({ timeout: 20_000 });
  expect(watchAgain.requests.some((r) => / 200 .*\/botmessages\/rtm\?/.test(r))).toBe(true);

  expect([...watch.problems, ...watchAgain.problems]).toEqual([]);
  const stats = (await (await fetch(`${apiHost}/admin/stats`)).json()) as { traffic: { errorFrames: number } };
  expect(stats.traffic.errorFrames).toBe(0);
});
