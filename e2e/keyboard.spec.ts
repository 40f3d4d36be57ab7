import { expect, test } from './support/fixtures';
import { chatUi } from './support/fixtures';
import { openDemo } from './support/demo';

test('keyboard only: open, send, press a template button, close', async ({ page }) => {
  await openDemo(page);
  const launcher = page.getByRole('button', { name: /open chat/i });
  // Tab from the top of the page until the launcher has focus, as a keyboard user would.
  for (let i = 0; i < 30 && !(await launcher.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(launcher).toBeFocused();
  await page.keyboard.press('Enter');

  const chat = chatUi(page);
  await expect(chat.composer).toBeFocused(); // focus moves into the chat on open
  await expect(chat.botMessages().first()).toBeVisible();
  await page.keyboard.type('hello from the keyboard');
  await page.keyboard.press('Enter');
  await expect(chat.userBubbles('hello from the keyboard')).toHaveAttribute('data-status', 'sent');

  // Back into the transcript with Shift+Tab until a menu button of the greeting has focus.
  const menuButton = chat.log.getByRole('button', { name: 'Table' }).first();
  for (let i = 0; i < 40 && !(await menuButton.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chat.userBubbles('Table')).toHaveAttribute('data-status', 'sent');
  await expect(chat.log.getByRole('table')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(chat.window).toBeHidden();
  await expect(page.getByRole('button', { name: /open chat/i })).toBeFocused(); // focus returns to the launcher
});
