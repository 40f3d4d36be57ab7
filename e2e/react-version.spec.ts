import { expect, test } from './support/fixtures';
import { chatUi } from './support/fixtures';
import { openDemo } from './support/demo';

// The react-18 project's journeys mean something only if its demo really runs React 18 (and the other's 19).
test('the demo runs the React its project names', async ({ page }, testInfo) => {
  await openDemo(page);
  const expected = testInfo.project.name === 'react-18' ? '18.' : '19.';
  await expect(page.locator('html')).toHaveAttribute('data-react-version', new RegExp(`^${expected.replace('.', '\\.')}`));
  await page.getByRole('button', { name: /open chat/i }).click();
  await expect(chatUi(page).botMessages().first()).toBeVisible();
});
