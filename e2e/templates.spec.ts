import { readFileSync } from 'node:fs';
import { expect, openChat, test } from './support/fixtures';
import type { Locator } from '@playwright/test';

// A message that just grew (an answer, "See all") is still being measured and placed by the virtual list for a
// frame or two, and an answer that lands meanwhile (the demo bot answers 300 ms after each message, the echo of a
// postback too) mounts and measures a row above or below, moving the rest: a click that lands in that window
// misses the control (the trace of one showed the button 36 px lower between Playwright's hit test and its click).
// So the transcript is first let go quiet, as a person waits for the screen to stop moving: no row added, removed or
// moved, and the control still, for longer than the bot's reply delay (at most 3 s).
async function steady(target: Locator): Promise<Locator> {
  await target.scrollIntoViewIfNeeded();
  await target.evaluate(
    (el, quietMs) =>
      new Promise<void>((done) => {
        const log = el.closest('[role="log"]') ?? document.body;
        const started = performance.now();
        let changed = started;
        let top = el.getBoundingClientRect().top;
        const observer = new MutationObserver(() => (changed = performance.now()));
        observer.observe(log, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'data-status', 'data-state'] });
        const frame = () => {
          const now = performance.now();
          const at = el.getBoundingClientRect().top;
          if (at !== top) [top, changed] = [at, now];
          if (now - changed >= quietMs || now - started > 3000) {
            observer.disconnect();
            done();
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    400,
  );
  await target.scrollIntoViewIfNeeded();
  return target;
}

/** The demo bot's script, read as the platform reads it, so this journey knows every intent the bot has. */
const script = JSON.parse(readFileSync(new URL('../packages/local-platform/src/bot/demo-script.json', import.meta.url), 'utf8')) as {
  intents: { name: string; match: string[] }[];
};

/**
 * Per intent of the demo bot: what to type, and a text of its answer (for media, the element that must show).
 * Every intent must be here (the first test checks), so a kind added to the bot is a kind this journey covers.
 */
const KINDS: Record<string, { say: string; shows: string | { css: string } }> = {
  greeting: { say: 'menu', shows: 'What would you like to see?' },
  more_templates: { say: 'more templates', shows: 'More of Kore' },
  button: { say: 'buttons', shows: 'Which do you prefer?' },
  quick_replies: { say: 'quick replies', shows: 'How was your day?' },
  carousel: { say: 'carousel', shows: 'Mountain trip' },
  list: { say: 'list', shows: 'Classic T-shirt' },
  list_view: { say: 'list view', shows: 'Here is what you spent on your last trip' },
  table: { say: 'table', shows: 'Your recent orders' },
  mini_table: { say: 'mini table', shows: 'Storage' },
  form: { say: 'form', shows: 'Please sign in' },
  date: { say: 'date', shows: 'Pick a date' },
  daterange: { say: 'date range', shows: 'Pick your travel dates' },
  feedback: { say: 'feedback', shows: 'How would you rate this chat?' },
  feedback_csat: { say: 'csat', shows: 'Delighted' },
  feedback_nps: { say: 'nps', shows: 'recommend Wayfarer' },
  feedback_thumbs: { say: 'thumbs', shows: 'Extremely Likely' },
  multi_select: { say: 'multi select', shows: 'Travel insurance' },
  advanced_multi_select: { say: 'advanced multi select', shows: 'Ceramics' },
  dropdown: { say: 'dropdown', shows: 'Which currency' },
  radio: { say: 'radio', shows: '**** 4821' },
  piechart: { say: 'pie chart', shows: 'Where your travel budget went' },
  barchart: { say: 'bar chart', shows: 'Bookings per month' },
  linechart: { say: 'line chart', shows: 'Average fare to Lisbon' },
  live_agent: { say: 'live agent template', shows: 'Rosa from the Wayfarer travel desk' },
  error: { say: 'error', shows: 'We could not reach the airline' },
  video_message: { say: 'video message', shows: { css: 'video' } },
  image: { say: 'image', shows: { css: '.xo-attachment--image img[alt="A sample picture"]' } },
  video: { say: 'video', shows: { css: 'video[controls]' } },
  audio: { say: 'audio', shows: { css: 'audio[controls]' } },
  file: { say: 'file', shows: 'sample.pdf' },
  link: { say: 'link', shows: 'Example docs' },
  markdown: { say: 'markdown', shows: 'Kore markdown tour' },
  stream: { say: 'stream', shows: 'The end.' },
  wait: { say: 'wait', shows: 'Thanks for waiting' },
  system: { say: 'system banner', shows: 'An agent will join' },
  flight_status: { say: 'flight status', shows: 'Flight XO 417' },
  advanced_list: { say: 'advanced list', shows: 'Lisbon, 12 to 16 May' },
  advanced_multi_list: { say: 'advanced multi list', shows: 'Walking tour' },
  card: { say: 'card', shows: 'Lisbon to Kyoto' },
  article: { say: 'article', shows: 'Packing light' },
  list_widget: { say: 'list widget', shows: 'Hotel deposit' },
  checklist: { say: 'checklist', shows: 'Before you fly' },
  custom_table: { say: 'custom table', shows: 'Your bookings' },
  table_list: { say: 'table list', shows: 'One way, per person' },
  task_picker: { say: 'task picker', shows: 'Change a booking' },
  search: { say: 'search', shows: 'Baggage allowance' },
  answer: { say: 'answer', shows: 'Check in opens 24 hours before departure.' },
  clock: { say: 'clock', shows: 'Pick a pickup time' },
  like_dislike: { say: 'like dislike', shows: 'Was this answer useful?' },
  otp: { say: 'otp', shows: 'Verify it is you' },
  reset_pin: { say: 'reset pin', shows: 'Set a new PIN' },
  welcome: { say: 'welcome', shows: 'Welcome back!' },
  banking_feedback: { say: 'banking feedback', shows: 'How was booking with us?' },
  iframe: { say: 'iframe', shows: { css: 'iframe[sandbox]' } },
  inline_form: { say: 'inline form', shows: { css: 'iframe[sandbox]' } },
};

// Intents with journeys of their own: a hand-off sends the rest of the conversation to the agent desk
// (live-agent.spec.ts), and a file, not a text, triggers the file answer (upload.spec.ts).
const OWN_JOURNEY = new Set(['handoff', 'file_received']);

// Every template kind the demo bot sends, used the way a person uses it.
test.describe('templates', () => {
  test('every kind the demo bot sends renders in Chromium: its text or media, never the fallback box', async ({ page }) => {
    test.setTimeout(240_000);
    const intents = script.intents.map((i) => i.name).filter((name) => !OWN_JOURNEY.has(name));
    expect(intents.filter((name) => !(name in KINDS)), 'intents of the demo bot this journey does not cover').toEqual([]);
    const chat = await openChat(page);
    for (const name of intents) {
      const kind = KINDS[name]!;
      await chat.send(kind.say);
      const shows = kind.shows;
      // (The transcript is virtualized: only messages near the bottom are in the DOM, so look there.)
      if (typeof shows === 'string') await expect(chat.log.locator('.xo-message').filter({ hasText: shows }).last(), name).toBeVisible();
      else await expect(chat.log.locator('.xo-message').last().locator(shows.css), name).toBeAttached();
      // The flight status card is the demo's own template: this page has no renderer for it, so it shows its text
      // in the fallback box. Nothing else may.
      await expect(chat.log.locator('.xo-tpl-fallback').filter({ hasNotText: 'Flight XO 417' }), name).toHaveCount(0);
      await expect(chat.log.locator('.xo-tpl-loading'), name).toHaveCount(0);
    }
  });

  test('Kore’s values go back: a list row, radio, dropdown, collections, CSAT, thumbs and the welcome menu', async ({ page }) => {
    const chat = await openChat(page);
    const last = () => chat.log.locator('.xo-message[data-from="user"]').last();

    await chat.send('list view');
    const spending = chat.botMessages().filter({ hasText: 'Trip spending' }).last();
    await expect(spending).toContainText('$640.00');
    await (await steady(spending.getByRole('button', { name: 'See all' }))).click();
    await expect(spending.getByRole('region', { name: 'Stay' })).toContainText('Museum passes');
    await (await steady(spending.getByRole('button', { name: 'Hotel' }).first())).click();
    await expect(chat.userBubbles('Hotel')).toHaveAttribute('data-status', 'sent');

    await chat.send('radio');
    const radio = chat.botMessages().filter({ hasText: 'Pay from which card?' }).last();
    await (await steady(radio.getByRole('radio', { name: 'Everyday card' }))).check();
    await (await steady(radio.getByRole('button', { name: 'Confirm' }))).click();
    await expect(chat.userBubbles('Pay with the everyday card')).toHaveAttribute('data-status', 'sent');

    await chat.send('dropdown');
    const dropdown = chat.botMessages().filter({ hasText: 'Which currency' }).last();
    await (await steady(dropdown.getByRole('combobox'))).selectOption({ label: 'Japanese Yen — JPY' });
    await (await steady(dropdown.getByRole('button', { name: 'Confirm' }))).click();
    await expect(chat.userBubbles('Japanese Yen')).toHaveAttribute('data-status', 'sent');

    await chat.send('advanced multi select');
    const souvenirs = chat.botMessages().filter({ hasText: 'Pick souvenirs' }).last();
    await (await steady(souvenirs.getByRole('checkbox', { name: 'Espresso cups' }))).check();
    await (await steady(souvenirs.getByRole('button', { name: 'Reserve' }))).click();
    await expect(last()).toContainText('Here are selected items: Espresso cups');

    await chat.send('csat');
    await (await steady(chat.botMessages().filter({ hasText: 'How satisfied' }).last().getByRole('button', { name: 'Happy', exact: true }))).click();
    await expect(chat.userBubbles('Happy')).toHaveAttribute('data-status', 'sent');

    await chat.send('thumbs');
    await (await steady(chat.botMessages().filter({ hasText: 'Would you book with us again?' }).last().getByRole('button', { name: 'Extremely Likely' }))).click();
    await expect(chat.userBubbles('Extremely Likely')).toHaveAttribute('data-status', 'sent');

    await chat.send('error');
    await expect(chat.log.locator('.xo-tpl-error').last()).toContainText('We could not reach the airline');
  });

  test('buttons post back and the bot answers the postback', async ({ page }) => {
    const chat = await openChat(page);
    await chat.send('buttons');
    const template = chat.botMessages().filter({ hasText: 'Which do you prefer?' });
    await (await steady(template.getByRole('button', { name: 'Show a table' }))).click();
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
    await (await steady(chips.getByRole('button', { name: 'Great' }))).click();
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
    await (await steady(form.getByRole('button', { name: /submit|ok|sign in/i }).last())).click();
    await expect(form.getByText(/required|please/i).first()).toBeVisible();
    await form.getByLabel('Name').fill('Ada');
    await form.getByLabel('Password').fill('s3cret-pass');
    await expect(form.getByLabel('Password')).toHaveAttribute('type', 'password');
    await (await steady(form.getByRole('button', { name: /submit|ok|sign in/i }).last())).click();
    await expect(chat.log.locator('.xo-message[data-from="user"]').last()).toHaveAttribute('data-status', 'sent');
    await expect(chat.log.locator('.xo-message[data-from="user"]').last()).not.toContainText('s3cret-pass');
  });

  test('a date and a date range are picked', async ({ page }) => {
    const chat = await openChat(page);
    await chat.send('date');
    const date = chat.log.locator('input[type="date"]').last();
    await date.fill('2027-03-14');
    await (await steady(chat.botMessages().last().getByRole('button', { name: /confirm|send|ok/i }))).click();
    await expect(chat.userBubbles('2027-03-14')).toHaveAttribute('data-status', 'sent');

    await chat.send('date range');
    const inputs = chat.botMessages().filter({ hasText: /travel dates/i }).locator('input[type="date"]');
    await inputs.nth(0).fill('2027-05-01');
    await inputs.nth(1).fill('2027-05-09');
    await (await steady(chat.botMessages().filter({ hasText: /travel dates/i }).getByRole('button', { name: /confirm|send|ok/i }))).click();
    await expect(chat.userBubbles(/01-05-2027/)).toHaveAttribute('data-status', 'sent');
  });

  test('feedback is given', async ({ page }) => {
    const chat = await openChat(page);
    await chat.send('feedback');
    const feedback = chat.botMessages().filter({ hasText: /rate this chat/i });
    await (await steady(feedback.getByRole('button', { name: /4/ }).first())).click();
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
