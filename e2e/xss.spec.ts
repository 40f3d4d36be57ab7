import type { Page } from '@playwright/test';
import { expect, openChat, test } from './support/fixtures';
import { admin } from './support/platform';
import { XSS_PAYLOADS } from './support/xss-payloads';

/** Everything in the chat that could run script: script elements, inline handlers, unsafe URLs. */
async function dangers(page: Page): Promise<string[]> {
  return page.locator('.xo-window-root').evaluate((root) => {
    const SAFE_URL = /^(https?:|mailto:|tel:)/i; // runs in the page: no closures over test code
    const found: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'style'].includes(tag)) found.push(`<${tag}> element`);
      for (const attr of el.attributes) {
        if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
        if (['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'srcset', 'data'].includes(attr.name)) {
          const value = attr.value.trim();
          if (value && !SAFE_URL.test(value) && !value.startsWith('#')) found.push(`${tag}[${attr.name}="${value.slice(0, 60)}"]`);
        }
      }
    }
    return found;
  });
}

/** The bot-script replies that put one payload in every place bot content can go. */
function hostileReplies(payload: string) {
  const url = payload;
  return [
    { text: `${payload} [a link](${url}) ![an image](${url}) <${url}> ${url}` },
    {
      template: {
        template_type: 'carousel',
        elements: [
          {
            title: payload,
            subtitle: payload,
            image_url: url,
            default_action: { type: 'web_url', url },
            buttons: [
              { type: 'web_url', title: payload, url },
              { type: 'postback', title: payload, payload },
            ],
          },
        ],
      },
    },
    {
      template: {
        template_type: 'button',
        text: payload,
        buttons: [
          { type: 'url', title: payload, url },
          { type: 'postback', title: payload, payload },
        ],
      },
    },
    {
      template: {
        template_type: 'list',
        elements: [{ title: payload, subtitle: payload, image_url: url, default_action: { type: 'web_url', url } }],
      },
    },
    { attachment: { type: 'image', url, text: payload } },
    { attachment: { type: 'link', url, name: payload } },
    { attachment: { type: 'video', url } },
  ];
}

test('hostile bot content: no dialog opens, no script runs, no unsafe URL reaches an href or src', async ({ page }) => {
  test.setTimeout(240_000);
  const chat = await openChat(page);
  const identity = await page.evaluate(() => localStorage.getItem('xo-demo:identity'));
  expect(identity).toBeTruthy();
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);

  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const replies = hostileReplies(payload);
    const marker = `end of batch ${i}.`;
    await admin('push', { identity, replies: [...replies, { text: marker }] });
    await expect(chat.botMessages().filter({ hasText: marker })).toHaveCount(1);
    expect(await dangers(page), `payload ${i}: ${payload}`).toEqual([]);
  }
  // What the user types is echoed by the bot as text: the same rules hold.
  for (const payload of XSS_PAYLOADS.slice(0, 12)) {
    await chat.send(payload);
    await expect(chat.botMessages().last()).toContainText('You said:');
    expect(await dangers(page), `typed: ${payload}`).toEqual([]);
  }
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
});

test('bot media with an unsafe URL shows its name and says it cannot be shown: never a link, never nothing', async ({ page }) => {
  const chat = await openChat(page);
  const identity = await page.evaluate(() => localStorage.getItem('xo-demo:identity'));
  const unsafe = ['javascript:alert(1)', ' data:image/svg+xml,<svg onload=alert(1)>', 'vbscript:msgbox(1)', '//evil.example/x.png'];
  const replies = unsafe.flatMap((url, i) => [
    { attachment: { type: 'image', url, name: `photo-${i}.png` } },
    { attachment: { type: 'document', url, name: `report-${i}.pdf` } },
  ]);
  await admin('push', { identity, replies: [...replies, { text: 'end of unsafe media.' }] });
  await expect(chat.botMessages().filter({ hasText: 'end of unsafe media.' })).toHaveCount(1);
  for (const i of unsafe.keys()) {
    await expect(chat.log.getByText(`photo-${i}.png cannot be shown: its address is not allowed.`)).toBeAttached();
    await expect(chat.log.getByText(`report-${i}.pdf cannot be shown: its address is not allowed.`)).toBeAttached();
  }
  await expect(chat.log.locator('.xo-attachment--unavailable a, .xo-attachment--unavailable img')).toHaveCount(0);
  expect(await dangers(page)).toEqual([]);
});
