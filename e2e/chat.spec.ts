import { expect, test } from '@playwright/test';
import { openDemo } from './support/demo';

test('open the launcher, see the greeting, send a message, see it delivered and answered', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('button', { name: /open chat/i }).click();
  const chat = page.getByRole('dialog', { name: /wayfarer assistant/i });
  await expect(chat).toBeVisible();
  const log = chat.getByRole('log');
  await expect(log).toContainText(/hello|hi|welcome/i);

  const composer = chat.getByRole('textbox', { name: /message/i });
  await composer.fill('hello');
  await composer.press('Enter');

  const mine = log.locator('[data-from="user"]').filter({ hasText: 'hello' });
  await expect(mine).toHaveCount(1);
  await expect(mine).toHaveAttribute('data-status', 'sent');
  await expect(log.locator('[data-from="bot"]').last()).toContainText(/./);
});
