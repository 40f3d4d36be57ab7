import { expect, openChat, test } from './support/fixtures';
import { admin } from './support/platform';

// These journeys hit every socket on the platform, so they run one after another (the suite has one worker).
test.afterEach(async () => {
  await admin('faults/reset');
});

test('the platform drops every socket mid-conversation: banner, queued messages, each delivered once', async ({ page }) => {
  const chat = await openChat(page);
  await chat.send('before the drop');
  await expect(chat.userBubbles('before the drop')).toHaveAttribute('data-status', 'sent');

  // Keep the platform unreachable for a while: refuse the next reconnects, then drop everyone.
  await admin('faults/refuse-rtm-start', { count: 4 });
  await admin('faults/drop-all');
  const banner = chat.window.locator('.xo-banner');
  await expect(banner).toHaveAttribute('data-state', 'reconnecting');
  await expect(banner).toContainText(/reconnect/i);

  await chat.send('typed while down 1');
  await chat.send('typed while down 2');
  await expect(chat.userBubbles('typed while down 1')).toHaveAttribute('data-status', 'sending');

  for (const text of ['typed while down 1', 'typed while down 2']) {
    await expect(chat.userBubbles(text)).toHaveAttribute('data-status', 'sent', { timeout: 30_000 });
    await expect(chat.botMessages().filter({ hasText: `You said: ${text}` })).toHaveCount(1);
    await expect(chat.userBubbles(text)).toHaveCount(1);
  }
  await expect(banner).toHaveAttribute('data-state', 'hidden');
  // And the platform stored each exactly once: a reload shows each once.
  await page.reload();
  await expect(chat.botMessages().filter({ hasText: 'You said: typed while down 2' })).toHaveCount(1);
  await expect(chat.userBubbles('typed while down 1')).toHaveCount(1);
});

test('tokens expire: the chat carries on without the user noticing', async ({ page }) => {
  const chat = await openChat(page);
  await admin('faults/expire-tokens');
  await admin('faults/drop-all'); // the reconnect must renew the token to get a socket URL
  await chat.send('after the tokens expired');
  await expect(chat.userBubbles('after the tokens expired')).toHaveAttribute('data-status', 'sent', { timeout: 20_000 });
  await expect(chat.botMessages().filter({ hasText: 'You said: after the tokens expired' })).toHaveCount(1);
  await expect(chat.window.locator('.xo-banner')).not.toHaveAttribute('data-state', 'failed');
});

test('the browser goes offline and back: queued messages are sent, once', async ({ page, context }) => {
  const chat = await openChat(page);
  await context.setOffline(true);
  const banner = chat.window.locator('.xo-banner');
  await expect(banner).toHaveAttribute('data-state', /offline|reconnecting/);

  await chat.send('queued offline 1');
  await chat.send('queued offline 2');
  await expect(chat.userBubbles('queued offline 2')).toHaveAttribute('data-status', 'sending');

  await context.setOffline(false);
  for (const text of ['queued offline 1', 'queued offline 2']) {
    await expect(chat.userBubbles(text)).toHaveAttribute('data-status', 'sent', { timeout: 20_000 });
    await expect(chat.botMessages().filter({ hasText: `You said: ${text}` })).toHaveCount(1);
    await expect(chat.userBubbles(text)).toHaveCount(1);
  }
});
