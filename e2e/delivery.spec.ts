// A pending message belongs to its user and to its tab: what a person wrote is never shown to, nor sent as,
// someone else who signs in on the same browser, and a tab that reloads takes back only its own messages.
import { expect, openChat, test } from './support/fixtures';
import { chatUi } from './support/fixtures';

const IDENTITY_KEY = 'xo-demo:identity';

test("Bob, signing in on Alice's browser, never sees nor sends her pending message; she finds it on her return", async ({ page, context }) => {
  const chat = await openChat(page);
  const alice = await page.evaluate((key) => localStorage.getItem(key), IDENTITY_KEY);
  expect(alice).toBeTruthy();
  await context.setOffline(true);
  await expect(chat.window.locator('.xo-banner')).toHaveAttribute('data-state', /offline|reconnecting/);
  await chat.send('a note only alice may see');
  await expect(chat.userBubbles('a note only alice may see')).toHaveAttribute('data-status', 'sending');

  // Alice leaves while still offline (so her page cannot send it first); Bob signs in on the same browser (the
  // demo keeps its identity in localStorage).
  const demoUrl = page.url();
  await page.evaluate((key) => localStorage.setItem(key, `bob-${crypto.randomUUID()}`), IDENTITY_KEY);
  await page.goto('about:blank');
  await context.setOffline(false);
  await page.goto(demoUrl);
  const bob = chatUi(page);
  await expect(bob.botMessages().first()).toBeVisible();
  await bob.send('bob is here');
  await expect(bob.userBubbles('bob is here')).toHaveAttribute('data-status', 'sent');
  await expect(bob.botMessages().filter({ hasText: 'You said: bob is here' })).toHaveCount(1);
  await expect(bob.userBubbles('a note only alice may see')).toHaveCount(0);
  await expect(bob.botMessages().filter({ hasText: 'a note only alice may see' })).toHaveCount(0);

  // Alice comes back: her message is shown and delivered, once, as hers.
  await page.evaluate(([key, id]) => localStorage.setItem(key as string, id as string), [IDENTITY_KEY, alice]);
  await page.reload();
  const back = chatUi(page);
  await expect(back.userBubbles('a note only alice may see')).toHaveAttribute('data-status', 'sent', { timeout: 20_000 });
  await expect(back.botMessages().filter({ hasText: 'You said: a note only alice may see' })).toHaveCount(1);
  await expect(back.userBubbles('a note only alice may see')).toHaveCount(1);
  await expect(back.userBubbles('bob is here')).toHaveCount(0);
});

test('two tabs: one reloads while the other has a pending message; each sends its own, once', async ({ page, context }) => {
  const first = await openChat(page);
  const other = await context.newPage();
  // The second tab's socket goes nowhere while `held`: its message is written but never reaches the platform.
  let held = true;
  const mocked: Array<{ close: () => Promise<void> }> = [];
  await other.routeWebSocket(/\/rtm\//, (ws) => {
    if (!held) return void ws.connectToServer();
    mocked.push(ws);
    ws.onMessage((frame) => {
      // Answer pings, swallow everything else, as a platform that never received it.
      if (typeof frame === 'string' && frame.includes('"ping"')) ws.send(JSON.stringify({ type: 'pong' }));
    });
  });
  await other.goto(page.url());
  const second = chatUi(other);
  await expect(second.window).toBeVisible();
  await second.send('pending in the second tab');
  await expect(second.userBubbles('pending in the second tab')).toHaveAttribute('data-status', 'sending');

  await first.send('sent before the reload');
  await expect(first.userBubbles('sent before the reload')).toHaveAttribute('data-status', 'sent');
  await page.reload();
  const reloaded = chatUi(page);
  await expect(reloaded.userBubbles('sent before the reload')).toHaveCount(1);
  // The reloaded tab did not take the other tab's pending message (its tab is still alive).
  await page.waitForTimeout(2000);
  await expect(reloaded.userBubbles('pending in the second tab')).toHaveCount(0);

  // The second tab's socket comes back for real: its message is checked against history, sent once, echoed once.
  held = false;
  for (const ws of mocked) await ws.close();
  await expect(second.userBubbles('pending in the second tab')).toHaveAttribute('data-status', 'sent', { timeout: 20_000 });
  await expect(reloaded.userBubbles('pending in the second tab')).toHaveCount(1);
  await expect(second.botMessages().filter({ hasText: 'You said: pending in the second tab' })).toHaveCount(1);
  await expect(reloaded.botMessages().filter({ hasText: 'You said: pending in the second tab' })).toHaveCount(1);
  await other.close();
});
