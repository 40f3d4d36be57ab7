import { expect, openChat, test } from './support/fixtures';
import { chatUi } from './support/fixtures';

test('two tabs of the same user: a message sent in one appears in the other, once', async ({ page, context }) => {
  const first = await openChat(page);
  const other = await context.newPage(); // same context: same localStorage, so the same identity
  await other.goto(page.url());
  const second = chatUi(other);
  await expect(second.window).toBeVisible(); // the window's open state is shared too
  await expect(second.botMessages().first()).toBeVisible();

  await first.send('sent from the first tab');
  await expect(first.userBubbles('sent from the first tab')).toHaveAttribute('data-status', 'sent');
  await expect(second.userBubbles('sent from the first tab')).toHaveCount(1);
  await expect(second.botMessages().filter({ hasText: 'You said: sent from the first tab' })).toHaveCount(1);

  await second.send('and back from the second');
  await expect(first.userBubbles('and back from the second')).toHaveCount(1);
  await expect(first.botMessages().filter({ hasText: 'You said: and back from the second' })).toHaveCount(1);
  await other.close();
});
