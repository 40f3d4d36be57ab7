import { expect, openChat, test } from './support/fixtures';

// Every template kind the demo bot sends, used the way a person uses it.
test.describe('templates', () => {
  test('buttons post back and the bot answers the postback', async ({ page }) => {
    const chat = await openChat(page);
    await chat.send('buttons');
    const template = chat.botMessages().filter({ hasText: 'Which do you prefer?' });
    await template.getByRole('button', { name: 'Show a table' }).click();
    await expect(chat.userBubbles('Show a table')).toHaveAttribute('data-status', 'sent');
    await expect(chat.log.getByRole('table')).toBeVisible();
    const link = template.getByRole('link').first();
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
  });

  test('quick replies act and then disappear', async ({ page }) => {
    const chat = await openChat(page);
    await chat.send('quick replies');
    const chips = chat.window.getByRole('group', { name: /suggested replies/i });
    await expect(chips.getByRole('button', { name: 'Great' })).toBeVisible();
    await chips.getByRole('button', { name: 'Great' }).click();
    await expect(chat.userBubbles('Great')).toHaveAttribute('data-status', 'sent');
    await expect(chips).toHaveCount(0);
  });

  test('the carousel moves by keyboard', async ({ page }) => {
    const chat = await openChat(page);
    await chat.send('carousel');
    const carousel = chat.log.locator('.xo-tpl-carousel').last();
    await expect(carousel).toBeVisible();
    const cards = carousel.locator('.xo-card');
    await expect(cards.first()).toBeVisible();
    await cards.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(cards.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(cards.first()).toBeFocused();
  });

  test('the form validates and submits', async ({ page }) => {
    const chat = await openChat(page);
    await chat.send('form');
    const form = chat.log.locator('form').last();
    await form.getByRole('button', { name: /submit|ok|sign in/i }).last().click();
    await expect(form.getByText(/required|please/i).first()).toBeVisible();
    await form.getByLabel('Name').fill('Ada');
    await form.getByLabel('Password').fill('s3cret-pass');
    await expect(form.getByLabel('Password')).toHaveAttribute('type', 'password');
    await form.getByRole('button', { name: /submit|ok|sign in/i }).last().click();
    await expect(chat.log.locator('.xo-message[data-from="user"]').last()).toHaveAttribute('data-status', 'sent');
    await expect(chat.log.locator('.xo-message[data-from="user"]').last()).not.toContainText('s3cret-pass');
  });

  test('a date and a date range are picked', async ({ page }) => {
    const chat = await openChat(page);
    await chat.send('date');
    const date = chat.log.locator('input[type="date"]').last();
    await date.fill('2027-03-14');
    await chat.botMessages().last().getByRole('button', { name: /confirm|send|ok/i }).click();
    await expect(chat.userBubbles('2027-03-14')).toHaveAttribute('data-status', 'sent');

    await chat.send('date range');
    const inputs = chat.botMessages().filter({ hasText: /travel dates/i }).locator('input[type="date"]');
    await inputs.nth(0).fill('2027-05-01');
    await inputs.nth(1).fill('2027-05-09');
    await chat.botMessages().filter({ hasText: /travel dates/i }).getByRole('button', { name: /confirm|send|ok/i }).click();
    await expect(chat.userBubbles(/01-05-2027/)).toHaveAttribute('data-status', 'sent');
  });

  test('feedback is given', async ({ page }) => {
    const chat = await openChat(page);
    await chat.send('feedback');
    const feedback = chat.botMessages().filter({ hasText: /rate this chat/i });
    await feedback.getByRole('button', { name: /4/ }).first().click();
    await expect(chat.log.locator('.xo-message[data-from="user"]').last()).toHaveAttribute('data-status', 'sent');
  });

  test('media shows, with controls and text alternatives', async ({ page }) => {
    const chat = await openChat(page);
    await chat.send('image');
    const image = chat.log.getByRole('img').last();
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute('alt', /.+/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    await chat.send('video');
    const video = chat.log.locator('video').last();
    await expect(video).toHaveAttribute('controls', '');
    await chat.send('audio');
    await expect(chat.log.locator('audio').last()).toHaveAttribute('controls', '');
    await chat.send('file');
    await expect(chat.botMessages().last().getByRole('link')).toHaveAttribute('href', /^https?:/);
  });

  test('markdown, a streamed answer, a system banner and list/mini-table render', async ({ page }) => {
    const chat = await openChat(page);
    await chat.send('markdown');
    await expect(chat.botMessages().last().locator('strong').first()).toBeVisible();
    await chat.send('tell me a story');
    await expect(chat.botMessages().last()).not.toHaveAttribute('data-streaming', 'true', { timeout: 15_000 });
    await chat.send('system banner');
    await expect(chat.log.locator('.xo-message[data-from="system"]').last()).toContainText(/agent/i);
    await chat.send('list');
    await expect(chat.botMessages().last()).toContainText('Classic T-shirt');
    await chat.send('mini table');
    await expect(chat.botMessages().last()).toContainText('Storage');
  });
});
