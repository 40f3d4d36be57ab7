import { expect, openChat, test } from './support/fixtures';
import type { ChatUi } from './support/fixtures';

async function transcript(chat: ChatUi): Promise<string[]> {
  return chat.log.locator('.xo-message').evaluateAll((nodes) =>
    nodes.map((n) => `${n.getAttribute('data-from')}: ${(n.querySelector('.xo-message__bubble')?.textContent ?? '').trim()}`),
  );
}

test('a reload brings the transcript back from history, in order, nothing twice, window still open', async ({ page }) => {
  const chat = await openChat(page);
  for (const text of ['first question', 'second question', 'third question']) {
    await chat.send(text);
    await expect(chat.botMessages().filter({ hasText: `You said: ${text}` })).toHaveCount(1);
  }
  await expect(chat.userBubbles('third question')).toHaveAttribute('data-status', 'sent');
  const before = await transcript(chat);

  await page.reload();
  await expect(chat.window).toBeVisible(); // the open state survived the reload
  await expect(chat.userBubbles('third question')).toHaveCount(1);
  await expect.poll(() => transcript(chat)).toEqual(before);
  for (const text of ['first question', 'second question', 'third question']) {
    await expect(chat.userBubbles(text)).toHaveCount(1);
  }
});
