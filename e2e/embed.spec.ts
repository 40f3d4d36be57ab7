// The one-script embed on a plain HTML page (no build step) whose CSS attacks everything: one <script> and one
// <xo-chat> pointed at the suite's local platform. Chat; come back to a message written while offline and see it
// delivered; remove the element and see the socket close. Both builds run it: the default on preact/compat and
// the React one.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, WebSocket } from '@playwright/test';
import { chatUi, expect, test } from './support/fixtures';
import { PLATFORM_URL } from './support/ports';

const here = path.dirname(fileURLToPath(import.meta.url));
const embedDir = path.resolve(here, '../packages/embed');
const dist = path.join(embedDir, 'dist');

// Served from a loopback origin of its own: Chromium lets a loopback page reach the loopback platform.
let server: Server;
let origin = '';

const HOSTILE_CSS = `
  * { color: red !important; font-size: 40px !important; font-family: "Comic Sans MS", cursive !important;
      line-height: 3 !important; letter-spacing: 6px !important; text-transform: uppercase !important;
      box-sizing: content-box !important; }
  html { font-size: 40px !important; }
  div, section, button, textarea, p { background: yellow !important; border: 5px dotted lime !important;
      padding: 30px !important; margin: 20px !important; }
  .xo-root, .xo-message, .xo-composer { display: none !important; }
`;

// No inline script or style, no eval: what a careful site serves. The fixture fails the test on any violation.
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' ${PLATFORM_URL} data:`,
  `connect-src ${PLATFORM_URL} ${PLATFORM_URL.replace(/^http/, 'ws')}`,
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

function attributes(query: URLSearchParams): string {
  const given: Record<string, string> = {
    'api-host': PLATFORM_URL,
    'bot-name': 'XO Demo',
    'bot-id': 'st-xo-demo',
    'jwt-url': `${PLATFORM_URL}/users/sts`,
    title: 'Wayfarer assistant',
  };
  for (const name of query.getAll('drop')) delete given[name];
  for (const [name, value] of query) if (name.startsWith('a-')) given[name.slice(2)] = value;
  return Object.entries(given)
    .map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`)
    .join(' ');
}

/** The page a site owner writes: hostile CSS, a decoy with our class names, one script tag, one element. */
function pageHtml(query: URLSearchParams): string {
  const script = query.get('build') === 'react' ? 'xo-chat.react.js' : 'xo-chat.js';
  const body =
    query.get('use') === 'mount'
      ? `<div id="chat" style="height: 600px"></div>
<script>window.handle = XOChat.mount(document.getElementById('chat'), ${JSON.stringify({
          apiHost: PLATFORM_URL,
          botName: 'XO Demo',
          botId: 'st-xo-demo',
          jwtUrl: `${PLATFORM_URL}/users/sts`,
          title: 'Wayfarer assistant',
          mode: 'inline',
        })});</script>`
      : `<xo-chat ${attributes(query)}></xo-chat>`;
  // Under a strict CSP the page's styles come from a file (an inline <style> would be the page's own violation).
  const styles = query.has('csp') ? '<link rel="stylesheet" href="/hostile.css">' : `<style>${HOSTILE_CSS}</style>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>A plain page</title><link rel="icon" href="data:,">
${styles}</head><body>
<h1>A plain page</h1>
<div class="xo-window" id="decoy">a light-DOM element with the kit's class names</div>
<script src="/${script}"></script>
${body}
</body></html>`;
}

test.beforeAll(() => {
  // The journey tests the file as built from the current sources (CI's `pnpm build` made it already; this is
  // for a lone run of this spec).
  const built = spawnSync(process.execPath, [path.join(embedDir, 'build.mjs')], { cwd: embedDir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the embed did not build: ${built.stderr}${built.stdout}`);
});

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
      if (url.searchParams.has('csp')) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers).end(pageHtml(url.searchParams));
      return;
    }
    if (url.pathname === '/hostile.css') {
      res.writeHead(200, { 'content-type': 'text/css' }).end(HOSTILE_CSS);
      return;
    }
    if (url.pathname === '/xo-chat.js' || url.pathname === '/xo-chat.react.js') {
      readFile(path.join(dist, url.pathname.slice(1))).then(
        (bytes) => res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bytes),
        () => res.writeHead(404).end('not built'),
      );
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Every RTM socket the page opens, in order. */
function watchSockets(page: Page): WebSocket[] {
  const sockets: WebSocket[] = [];
  page.on('websocket', (ws) => {
    if (ws.url().includes('/rtm/')) sockets.push(ws);
  });
  return sockets;
}

const openSockets = (sockets: WebSocket[]) => sockets.filter((ws) => !ws.isClosed()).length;

async function styleOf(page: Page, selector: string): Promise<Record<string, string>> {
  return page.locator(selector).first().evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, fontSize: s.fontSize, fontFamily: s.fontFamily, textTransform: s.textTransform, letterSpacing: s.letterSpacing, display: s.display, background: s.backgroundColor };
  });
}

for (const build of ['preact', 'react'] as const) {
  test(`${build} build: chat on a hostile page, come back to an offline message, remove the element`, async ({ page, context }) => {
    const sockets = watchSockets(page);
    await page.goto(`${origin}/?build=${build}`);
    await page.getByRole('button', { name: /open chat/i }).click();
    const chat = chatUi(page);
    await expect(chat.window).toBeVisible();
    await expect(chat.botMessages().first()).toBeVisible();

    // The page's `* { ... !important }` reaches nothing inside; our styles reach nothing outside.
    const bubble = await styleOf(page, 'xo-chat .xo-message[data-from="bot"] .xo-message__bubble');
    expect(bubble.color).not.toBe('rgb(255, 0, 0)');
    expect(bubble.fontSize).toBe('15px');
    expect(bubble.fontFamily).not.toMatch(/comic/i);
    expect(bubble.textTransform).toBe('none');
    expect(bubble.letterSpacing).toBe('normal');
    const input = await styleOf(page, 'xo-chat .xo-composer textarea');
    expect(input.fontSize).toBe('15px');
    expect(input.background).not.toBe('rgb(255, 255, 0)');
    const decoy = await styleOf(page, '#decoy');
    expect(decoy.display).toBe('block');
    expect(decoy.fontSize).toBe('40px');
    const box = await chat.window.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(400);

    // Focus handling works across the shadow boundary: opening focuses the composer, Escape closes the window
    // and gives focus back to the launcher.
    const focused = () => page.evaluate(() => (document.activeElement?.localName === 'xo-chat' ? document.activeElement.shadowRoot?.activeElement?.localName : document.activeElement?.localName));
    await expect.poll(focused).toBe('textarea');
    await page.keyboard.press('Escape');
    await expect(chat.window).toHaveCount(0);
    await expect.poll(focused).toBe('button');
    await page.keyboard.press('Enter');
    await expect(chat.window).toBeVisible();
    await expect.poll(focused).toBe('textarea');

    await chat.send('hello from a plain page');
    await expect(chat.userBubbles('hello from a plain page')).toHaveAttribute('data-status', 'sent');
    await expect(chat.botMessages().filter({ hasText: 'You said: hello from a plain page' })).toHaveCount(1);

    // Written while offline; the visitor leaves before the network returns, and comes back.
    await context.setOffline(true);
    await expect(chat.window.locator('.xo-banner')).toHaveAttribute('data-state', /offline|reconnecting/);
    await chat.send('written while offline');
    await expect(chat.userBubbles('written while offline')).toHaveAttribute('data-status', 'sending');
    await page.goto('about:blank');
    await context.setOffline(false);
    await page.goto(`${origin}/?build=${build}`);
    const back = chatUi(page);
    await expect(back.window).toBeVisible(); // the open state came back too
    await expect(back.userBubbles('written while offline')).toHaveAttribute('data-status', 'sent', { timeout: 20_000 });
    await expect(back.botMessages().filter({ hasText: 'You said: written while offline' })).toHaveCount(1);
    await expect(back.userBubbles('written while offline')).toHaveCount(1);
    await expect(back.userBubbles('hello from a plain page')).toHaveCount(1);

    // A title or theme change re-renders the same conversation on the same socket.
    await expect.poll(() => openSockets(sockets)).toBe(1);
    const socketsBefore = sockets.length;
    await page.evaluate(() => {
      const el = document.querySelector('xo-chat');
      el?.setAttribute('title', 'Trip helper');
      el?.setAttribute('theme', 'dark');
    });
    const renamed = chatUi(page, /trip helper/i);
    await expect(renamed.window).toBeVisible();
    await expect(page.locator('xo-chat .xo-root')).toHaveAttribute('data-theme', 'dark');
    await expect(renamed.userBubbles('written while offline')).toHaveCount(1);
    expect(sockets.length).toBe(socketsBefore);

    // Removing the element stops the client: its socket closes and no other opens.
    await page.evaluate(() => document.querySelector('xo-chat')?.remove());
    await expect.poll(() => openSockets(sockets)).toBe(0);
    await page.waitForTimeout(1500);
    expect(openSockets(sockets)).toBe(0);
    expect(sockets.length).toBe(socketsBefore);
  });
}

for (const build of ['preact', 'react'] as const) {
  test(`${build} build: works under a strict Content-Security-Policy (no inline style or script)`, async ({ page }) => {
    const response = await page.goto(`${origin}/?csp&build=${build}`);
    expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
    await page.getByRole('button', { name: /open chat/i }).click();
    const chat = chatUi(page);
    await expect(chat.botMessages().first()).toBeVisible();
    const bubble = await styleOf(page, 'xo-chat .xo-message[data-from="bot"] .xo-message__bubble');
    expect(bubble.fontSize).toBe('15px'); // the stylesheet applied: constructed stylesheets are not inline styles
    await chat.send('under a strict policy');
    await expect(chat.botMessages().filter({ hasText: 'You said: under a strict policy' })).toHaveCount(1);
  });
}

// The default build renders the kit on preact/compat: the template kinds that use the most of React's API (lazy
// chunks, forms, pickers, virtualised lists, charts with roving focus) must render and answer there too.
const SAMPLE: Array<[say: string, shows: string]> = [
  ['carousel', 'Mountain trip'],
  ['list', 'Classic T-shirt'],
  ['table', 'Your recent orders'],
  ['form', 'Please sign in'],
  ['date range', 'Pick your travel dates'],
  ['nps', 'recommend Wayfarer'],
  ['bar chart', 'Bookings per month'],
  ['advanced list', 'Lisbon, 12 to 16 May'],
  ['clock', 'Pick a pickup time'],
  ['otp', 'Verify it is you'],
];

test('preact build: template kinds render in the shadow root, and their values go back', async ({ page }) => {
  await page.goto(`${origin}/?a-mode=inline`);
  const chat = chatUi(page);
  await expect(chat.botMessages().first()).toBeVisible();
  for (const [say, shows] of SAMPLE) {
    await chat.send(say);
    await expect(chat.log.locator('.xo-message').filter({ hasText: shows }).last(), say).toBeVisible();
    await expect(chat.log.locator('.xo-tpl-fallback'), say).toHaveCount(0);
    await expect(chat.log.locator('.xo-tpl-loading'), say).toHaveCount(0);
  }
  await chat.send('dropdown');
  const dropdown = chat.botMessages().filter({ hasText: 'Which currency' }).last();
  await dropdown.getByRole('combobox').selectOption({ label: 'Japanese Yen — JPY' });
  await dropdown.getByRole('button', { name: 'Confirm' }).click();
  await expect(chat.userBubbles('Japanese Yen')).toHaveAttribute('data-status', 'sent');
  await chat.send('radio');
  const radio = chat.botMessages().filter({ hasText: 'Pay from which card?' }).last();
  await radio.getByRole('radio', { name: 'Everyday card' }).check();
  await radio.getByRole('button', { name: 'Confirm' }).click();
  await expect(chat.userBubbles('Pay with the everyday card')).toHaveAttribute('data-status', 'sent');
});

// Headless Chromium recognizes nothing: the page gets a scripted SpeechRecognition and speechSynthesis, so the
// kit's real Web Speech adapters run in the browser.
async function installFakeSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const said: Array<{ text: string; lang: string }> = [];
    const now: { live: { onresult: ((e: unknown) => void) | null; onend: (() => void) | null; lang: string } | null } = { live: null };
    class Recognition {
      lang = '';
      interimResults = false;
      continuous = true;
      maxAlternatives = 0;
      onresult: ((e: unknown) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      start() {
        now.live = this;
      }
      stop() {
        this.onend?.();
      }
      abort() {
        now.live = null;
      }
    }
    const result = (transcript: string, isFinal: boolean) => Object.assign([{ transcript }], { isFinal });
    w['SpeechRecognition'] = Recognition;
    w['webkitSpeechRecognition'] = Recognition;
    w['__speech'] = {
      said,
      listeningIn: () => now.live?.lang ?? null,
      hear: (text: string, final: boolean) => {
        now.live?.onresult?.({ results: [result(text, final)] });
        if (final) {
          const ended = now.live;
          now.live = null;
          ended?.onend?.();
        }
      },
    };
    class Utterance {
      lang = '';
      constructor(public text: string) {}
    }
    w['SpeechSynthesisUtterance'] = Utterance;
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { speak: (u: Utterance) => said.push({ text: u.text, lang: u.lang }), cancel: () => undefined },
    });
  });
}

test('speech: the microphone goes through the browser\'s recognizer, answers are read through speechSynthesis', async ({ page }) => {
  await installFakeSpeech(page);
  type Speech = { said: Array<{ text: string; lang: string }>; listeningIn(): string | null; hear(text: string, final: boolean): void };
  await page.goto(`${origin}/?a-mode=inline&a-speech=on`);
  const chat = chatUi(page);
  await expect(chat.botMessages().first()).toBeVisible();

  await chat.window.getByRole('button', { name: 'Read answers aloud' }).click();
  await chat.window.getByRole('button', { name: 'Speak a message' }).click();
  await expect(chat.window.getByRole('button', { name: 'Stop listening' })).toHaveAttribute('aria-pressed', 'true');
  await expect(chat.window.getByRole('status').filter({ hasText: 'Listening' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __speech: Speech }).__speech.listeningIn())).toBe('en');
  await page.evaluate(() => (window as unknown as { __speech: Speech }).__speech.hear('two seats', false));
  await expect(chat.composer).toHaveValue('two seats');
  await page.evaluate(() => (window as unknown as { __speech: Speech }).__speech.hear('two seats to Lisbon', true));
  await expect(chat.composer).toHaveValue('two seats to Lisbon');
  await expect(chat.window.getByRole('button', { name: 'Speak a message' })).toHaveAttribute('aria-pressed', 'false');
  await chat.composer.press('Enter');
  await expect(chat.botMessages().filter({ hasText: 'You said: two seats to Lisbon' })).toHaveCount(1);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __speech: Speech }).__speech.said.map((s) => `${s.lang}: ${s.text}`)))
    .toContain('en: You said: two seats to Lisbon');
});

test('axe finds no violation in the embedded window: dark, Arabic, speech on and listening', async ({ page }) => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await installFakeSpeech(page);
  await page.goto(`${origin}/?a-mode=inline&a-speech=on&a-theme=dark&a-locale=ar`);
  const chat = chatUi(page);
  await expect(chat.botMessages().first()).toBeVisible();
  await chat.send('table');
  await expect(chat.log.getByRole('table')).toBeVisible();
  await chat.window.locator('.xo-speech-button').click();
  await expect(chat.window.locator('.xo-speech-button')).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(axeSource);
  // Only the element: the page's own hostile CSS (red on yellow) is not ours to judge.
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run({ include: [['xo-chat']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
  expect(violations).toEqual([]);
});

test('a missing or wrong attribute shows which one and what to set, in the element and in the console', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${origin}/?drop=api-host&a-bot-id=bot42&a-mode=sideways`);
  const alert = page.locator('xo-chat').getByRole('alert');
  await expect(alert).toContainText('api-host is missing');
  await expect(alert).toContainText('bot-id "bot42" is not a bot id');
  await expect(alert).toContainText('mode "sideways" is not known. Set it to floating');
  expect(errors.some((e) => e.includes('api-host is missing'))).toBe(true);
  expect(errors.some((e) => e.includes('bot-id'))).toBe(true);
  // The alert is readable despite the page's CSS.
  const text = await styleOf(page, 'xo-chat .xo-embed-error');
  expect(text.fontSize).toBe('14px');

  // Fixing the attributes brings the chat.
  await page.evaluate(() => {
    const el = document.querySelector('xo-chat');
    el?.setAttribute('api-host', el.getAttribute('jwt-url')?.replace(/\/users\/sts$/, '') ?? '');
    el?.setAttribute('bot-id', 'st-xo-demo');
    el?.setAttribute('mode', 'inline');
  });
  await expect(alert).toHaveCount(0);
  const chat = chatUi(page);
  await expect(chat.botMessages().first()).toBeVisible();
});

test('a well-formed but unknown bot-id: the banner says why, and the console says it once', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('<xo-chat>')) errors.push(m.text());
  });
  await page.goto(`${origin}/?a-mode=inline&a-bot-id=st-no-such-bot`);
  const chat = chatUi(page);
  await expect(chat.window.locator('.xo-banner')).toHaveAttribute('data-state', 'failed');
  await expect.poll(() => errors).toEqual([expect.stringMatching(/^<xo-chat>: the chat cannot connect: .+/)]);
});

test('XOChat.mount renders an inline chat from script; unmount closes its socket', async ({ page }) => {
  const sockets = watchSockets(page);
  await page.goto(`${origin}/?use=mount`);
  const chat = chatUi(page);
  await expect(chat.window).toBeVisible();
  await expect(chat.botMessages().first()).toBeVisible();
  await chat.send('mounted from script');
  await expect(chat.botMessages().filter({ hasText: 'You said: mounted from script' })).toHaveCount(1);
  await expect.poll(() => openSockets(sockets)).toBe(1);
  await page.evaluate(() => (window as unknown as { handle: { unmount(): void } }).handle.unmount());
  await expect.poll(() => openSockets(sockets)).toBe(0);
  await expect(chat.window).toHaveCount(0);
});
