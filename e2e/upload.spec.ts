// File attachments in the demo, against the local platform: the attach button's file chooser, progress in the
// chip, the message sent (acked) and answered, the files shown as the user's bubbles, and the same after a reload
// (from history). Chunks are slowed on the platform so the progress is there to see.
import { expect, openChat, test } from './support/fixtures';
import { admin } from './support/platform';
import { PLATFORM_URL } from './support/ports';

test.afterEach(async () => {
  await admin('faults/reset');
});

test('attach files: progress while uploading, sent and answered, shown again after a reload', async ({ page }) => {
  await admin('faults/uploads', { chunkDelayMs: 300 });
  const chat = await openChat(page);
  const png = Buffer.from(await (await fetch(`${PLATFORM_URL}/assets/sample.png`)).arrayBuffer());
  // Three chunks of 1 MB: a PDF-looking file, so it is shown as a download.
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2.5 * 1024 * 1024, 0x20)]);

  const attach = chat.window.getByRole('button', { name: 'Attach a file' });
  await attach.focus();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles([
    { name: 'itinerary.pdf', mimeType: 'application/pdf', buffer: pdf },
    { name: 'boarding-pass.png', mimeType: 'image/png', buffer: png },
  ]);

  // The chip: a labelled progress bar that moves, and the bubble in the transcript at once.
  const bar = chat.window.getByRole('progressbar', { name: 'Uploading itinerary.pdf' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuetext', /^([1-9]\d?)%$/);
  const pdfBubble = chat.userBubbles('itinerary.pdf');
  await expect(pdfBubble).toHaveCount(1);
  await expect(pdfBubble).toHaveAttribute('data-status', 'sending');

  // Sent: acked, the chip gone, the file a link to the platform's copy, the image shown; the bot answers each.
  await expect(pdfBubble).toHaveAttribute('data-status', 'sent', { timeout: 20_000 });
  await expect(bar).toHaveCount(0);
  await expect(pdfBubble.getByRole('link', { name: /itinerary\.pdf/ })).toHaveAttribute('href', /\/attachments\/fl-[0-9a-f]+\/[0-9a-f]+$/);
  const imageBubble = chat.userBubbles('').filter({ has: page.locator('img') });
  await expect(imageBubble.locator('img')).toHaveAttribute('src', /\/attachments\/fl-/);
  await expect(imageBubble).toHaveAttribute('data-status', 'sent');
  await expect(chat.botMessages().filter({ hasText: 'I received itinerary.pdf' })).toHaveCount(1);
  await expect(chat.botMessages().filter({ hasText: 'I received boarding-pass.png' })).toHaveCount(1);
  // The image really loads from the platform.
  await expect.poll(() => imageBubble.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await page.reload();
  await expect(chat.window).toBeVisible();
  await expect(chat.userBubbles('itinerary.pdf')).toHaveCount(1);
  await expect(chat.userBubbles('itinerary.pdf').getByRole('link', { name: /itinerary\.pdf/ })).toHaveAttribute('href', /\/attachments\/fl-/);
  await expect(chat.log.locator('.xo-message[data-from="user"] img')).toHaveCount(1);
  await expect(chat.log.locator('.xo-message[data-from="user"] img')).toHaveAttribute('src', /\/attachments\/fl-/);
  await expect(chat.window.getByRole('progressbar')).toHaveCount(0);
});

test('a refused file says why in the chip and can be removed', async ({ page }) => {
  const chat = await openChat(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), chat.window.getByRole('button', { name: 'Attach a file' }).click()]);
  await chooser.setFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(chat.window.getByRole('alert').filter({ hasText: 'empty.txt is empty' })).toBeVisible();
  await chat.window.getByRole('button', { name: 'Remove empty.txt' }).click();
  await expect(chat.window.getByRole('alert')).toHaveCount(0);
  await expect(chat.userBubbles('empty.txt')).toHaveCount(0);
});
