// The bot's branding as a bot owner sets it on the platform (here: the demo's branding file, through the local
// platform's admin API, as `pnpm demo` passes it with --theme), read by the demo's ChatWindow from
// GET /api/websdkthemes/{botId}/activetheme: its colours and welcome text in the browser, the page's own title
// over the branding's, and a failing request leaving the default look with a console warning.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { admin } from './support/platform';
import { expect, openChat, test } from './support/fixtures';

const BRANDING = fileURLToPath(new URL('../apps/demo/branding.json', import.meta.url));

test.beforeAll(async () => {
  await admin('theme', { theme: JSON.parse(await readFile(BRANDING, 'utf8')) as unknown });
});
// Every other journey runs against a platform without branding.
test.afterAll(async () => {
  await admin('theme', { theme: null });
});

const background = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);

test('the demo window wears the branding the platform serves: header colour, bubbles, welcome; the page title wins', async ({ page }) => {
  const theme = page.waitForResponse((r) => /\/api\/websdkthemes\/st-xo-demo\/activetheme$/.test(r.url()));
  const chat = await openChat(page);
  expect((await theme).status()).toBe(200);

  await expect.poll(() => background(page, '.xo-header')).toBe('rgb(11, 93, 85)');
  await expect(chat.window.locator('.xo-welcome')).toContainText('Welcome aboard!');
  await expect(chat.window.locator('.xo-welcome')).toContainText('Ask about flights, stays and your bookings.');
  // The page names its window itself (title="Wayfarer assistant"): the branding's "Wayfarer" and its subtitle stay out.
  await expect(chat.window.getByRole('heading', { level: 2 })).toHaveText('Wayfarer assistant');
  await expect(chat.window.locator('.xo-header__subtitle')).toHaveCount(0);
  await expect.poll(() => background(page, '.xo-message[data-from="bot"] .xo-message__bubble')).toBe('rgb(227, 242, 239)');

  await chat.send('good morning');
  await expect(chat.userBubbles('good morning')).toHaveAttribute('data-status', 'sent');
  await expect.poll(() => background(page, '.xo-message[data-from="user"] .xo-message__bubble')).toBe('rgb(11, 93, 85)');
  // The welcome goes once the person talks.
  await expect(chat.window.locator('.xo-welcome')).toHaveCount(0);
});

test('a failing branding request: the default look, and a console warning that says what failed', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.route('**/api/websdkthemes/**', (route) =>
    route.request().method() === 'OPTIONS' ? route.continue() : route.fulfill({ status: 500, contentType: 'application/json', body: '{"errors":[{"msg":"theme store down"}]}' }),
  );
  const chat = await openChat(page);
  await expect.poll(() => warnings.find((w) => w.startsWith('xo-chat: could not load the branding'))).toContain('activetheme failed: theme store down (HTTP 500)');
  expect(await background(page, '.xo-header')).toBe('rgb(31, 95, 204)');
  await expect(chat.window.locator('.xo-welcome')).toHaveCount(0);
  await chat.send('still works');
  await expect(chat.userBubbles('still works')).toHaveAttribute('data-status', 'sent');
});
