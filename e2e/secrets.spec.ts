import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, openChat, test } from './support/fixtures';

const demoDist = join(dirname(fileURLToPath(import.meta.url)), '../apps/demo/dist');
// The local platform's demo client secret: only its dev JWT endpoint may know it.
const DEMO_CLIENT_SECRET = 'xo-demo-secret-for-local-development-only';

test('the access token and the client secret never reach storage, a URL or the bundle', async ({ page }) => {
  let accessToken = '';
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('websocket', (socket) => urls.push(socket.url()));
  page.on('response', async (response) => {
    if (response.url().includes('/oAuth/token/jwtgrant') && response.ok()) {
      const body = (await response.json()) as { authorization: { accessToken: string } };
      accessToken = body.authorization.accessToken;
    }
  });
  const chat = await openChat(page);
  await chat.send('is my token safe?');
  await expect(chat.userBubbles('is my token safe?')).toHaveAttribute('data-status', 'sent');
  expect(accessToken.length).toBeGreaterThan(10);

  const stored = await page.evaluate(() => {
    const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i) ?? '')}`);
    return [...dump(localStorage), ...dump(sessionStorage), document.cookie].join('\n');
  });
  expect(stored).not.toContain(accessToken);
  expect(stored).not.toContain(DEMO_CLIENT_SECRET);
  for (const url of urls) {
    expect(url).not.toContain(accessToken);
    expect(url).not.toContain(DEMO_CLIENT_SECRET);
  }

  const files = readdirSync(join(demoDist, 'assets'));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(readFileSync(join(demoDist, 'assets', file), 'utf8'), file).not.toContain(DEMO_CLIENT_SECRET);
  }
});
