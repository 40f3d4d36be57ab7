import { expect, openChat, test } from './support/fixtures';
import { admin } from './support/platform';

// Headless Chromium plays no sound and shows no notification: the page's Audio and Notification are stubbed to record.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __played: string[]; __notified: string[]; __asked: number };
    w.__played = [];
    w.__notified = [];
    w.__asked = 0;
    let permission: NotificationPermission = 'default';
    class RecordingAudio {
      constructor(readonly src: string) {}
      play() {
        w.__played.push(this.src);
        return Promise.resolve();
      }
    }
    class RecordingNotification {
      static get permission() {
        return permission;
      }
      static requestPermission() {
        w.__asked += 1;
        permission = 'granted';
        return Promise.resolve(permission);
      }
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        w.__notified.push(`${title}: ${options?.body ?? ''}`);
      }
      close() {}
    }
    Object.defineProperty(window, 'Audio', { value: RecordingAudio, configurable: true });
    Object.defineProperty(window, 'Notification', { value: RecordingNotification, configurable: true });
  });
});

// The tab going to the background, as the page sees it (the test's browser window never really hides).
const hide = (hidden: boolean) => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
};

test('while the window is closed or the tab hidden: the title counts, a sound plays, a notification shows', async ({ page }) => {
  const chat = await openChat(page);
  const identity = await page.evaluate(() => localStorage.getItem('xo-demo:identity'));
  if (!identity) throw new Error('the demo has no identity');
  const baseTitle = await page.title();
  expect(await page.evaluate(() => (window as unknown as { __asked: number }).__asked)).toBe(0); // never asked on load

  // Permission is asked from the header's button, on a click.
  await chat.window.getByRole('button', { name: 'Turn on notifications' }).click();
  expect(await page.evaluate(() => (window as unknown as { __asked: number }).__asked)).toBe(1);
  await expect(chat.window.getByRole('button', { name: 'Turn on notifications' })).toHaveCount(0);

  // The greeting arrived while the window was still closed: that one chimed. Window open and visible: nothing.
  const played = () => page.evaluate(() => (window as unknown as { __played: string[] }).__played.length);
  const before = await played();
  await admin('push', { identity, replies: [{ text: 'Seen right away' }] });
  await expect(chat.botMessages().last()).toContainText('Seen right away');
  await page.waitForTimeout(300);
  expect(await played()).toBe(before);
  await expect(page).toHaveTitle(baseTitle);

  // Closed window: the title counts and the chime plays; the launcher's badge agrees.
  await chat.window.getByRole('button', { name: 'Minimize chat' }).click();
  await admin('push', { identity, replies: [{ text: 'Your gate changed to B12' }] });
  await expect(page).toHaveTitle(`(1) ${baseTitle}`);
  await expect(page.getByRole('button', { name: /open chat/i })).toHaveAccessibleName(/1 unread/);
  await expect.poll(played).toBe(before + 1);
  expect(await page.evaluate(() => (window as unknown as { __played: string[] }).__played.at(-1))).toMatch(/^blob:/);

  // Tab hidden: a desktop notification too.
  await page.evaluate(hide, true);
  await admin('push', { identity, replies: [{ text: 'Boarding starts at 10:40' }] });
  await expect(page).toHaveTitle(`(2) ${baseTitle}`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __notified: string[] }).__notified)).toEqual(['Wayfarer assistant: Boarding starts at 10:40']);
  await expect.poll(played).toBe(before + 2);

  // Back, and the window opened: read, and the title is the page's own again.
  await page.evaluate(hide, false);
  await page.getByRole('button', { name: /open chat/i }).click();
  await expect(page).toHaveTitle(baseTitle);
});
