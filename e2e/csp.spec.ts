import { expect, test } from './support/fixtures';
import { chatUi } from './support/fixtures';
import { openDemo } from './support/demo';

// Every journey fails on a CSP violation (see support/fixtures.ts); this one proves the policy is really strict
// and walks the page that carries an app's own template and theme.
test('the demo is served under a strict CSP and the inline page logs no violation', async ({ page }) => {
  const response = await page.request.get('/inline.html');
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);

  await openDemo(page, '/inline.html');
  const chat = chatUi(page, /wayfarer help/i);
  await expect(chat.window).toBeVisible();
  await expect(chat.botMessages().first()).toBeVisible();
  await chat.send('flight status');
  const card = chat.log.locator('.flight-status');
  await expect(card).toContainText('XO 417'); // the app's own renderer, registered through the templates prop
  await expect(card).toContainText('On time');
  await chat.send('image');
  await expect(chat.log.getByRole('img').last()).toBeVisible();
  await chat.send('markdown');
  await expect(chat.botMessages().last().locator('strong').first()).toBeVisible();
});

test('an unknown template shows its text on a page without a renderer for it', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('button', { name: /open chat/i }).click();
  const chat = chatUi(page);
  await expect(chat.botMessages().first()).toBeVisible();
  await chat.send('flight status');
  await expect(chat.botMessages().last()).toContainText('Flight XO 417, Lisbon to Kyoto');
});
