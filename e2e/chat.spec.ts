import { expect, openChat, test } from './support/fixtures';

test('open the launcher, see the greeting, send a message, see it delivered and answered', async ({ page }) => {
  const chat = await openChat(page);
  await expect(chat.log).toContainText(/XO Demo/);

  await chat.send('good morning');
  const mine = chat.userBubbles('good morning');
  await expect(mine).toHaveCount(1);
  await expect(mine).toHaveAttribute('data-status', 'sent');
  await expect(chat.botMessages().last()).toContainText('good morning');
});
