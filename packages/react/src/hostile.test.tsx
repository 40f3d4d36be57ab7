// Hostile content through the renderers: a 1 MB text, a 500-card carousel, bidi/zero-width/emoji/lone-surrogate
// text, and templates whose payloads carry `__proto__`/`constructor` keys or are named after them. Nothing
// throws, nothing hangs, nothing pollutes a prototype, and every bubble reads in its own direction.
import type { JsonObject, Message } from '@xo-chat/core';
import { parseServerFrame } from '@xo-chat/core';
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChatThread as Thread } from './primitives/thread/ChatThread';
import { CAROUSEL_PAGE } from './templates/Carousel';
import { defaultTemplates } from './templates/defaults';
import { expectNothingUnsafe, HOSTILE_URLS, renderParts, renderTemplate } from './templates/test-utils';
import { msg } from './test/fixtures';
import { fakeLayout } from './test/layout';
import { renderWithClient } from './test/render';
import { createFakeChatClient } from './testing/fake-client';

const ONE_MB = 1024 * 1024;
const MARKDOWN_CAP = 100_000;

function prototypeKeys(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Reflect.ownKeys(p).map(String).sort().join(','))
    .join('|');
}
const PRISTINE = prototypeKeys();

function expectNoPollution() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeKeys()).toBe(PRISTINE);
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

let restoreLayout: () => void;
let consoleErrors: unknown[][];
beforeEach(() => {
  restoreLayout = fakeLayout();
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void consoleErrors.push(args));
});
afterEach(() => {
  restoreLayout();
  vi.restoreAllMocks();
  expectNoPollution();
});

describe('large content', () => {
  it('a 1 MB text message renders without hanging, cut at the markdown cap with an ellipsis', () => {
    const big = 'Lorem *ipsum* dolor _sit_ amet, '.repeat(Math.ceil(ONE_MB / 32)).slice(0, ONE_MB);
    const { value: view, ms } = timed(() => renderParts([{ type: 'text', text: big }]));
    expect(ms).toBeLessThan(8000);
    const shown = view.container.querySelector('.xo-md')?.textContent ?? '';
    expect(shown.startsWith('Lorem ipsum dolor sit amet, Lorem')).toBe(true);
    expect(shown.length).toBeGreaterThan(MARKDOWN_CAP * 0.8);
    expect(shown.length).toBeLessThanOrEqual(MARKDOWN_CAP + 1);
    expect(shown.endsWith('…')).toBe(true);
    expect(view.container.querySelectorAll('strong').length).toBeGreaterThan(1000);
    expectNothingUnsafe(view.container);
  });

  it('a 1 MB message arriving live in the Thread renders once and is announced in at most 1000 characters', () => {
    const client = createFakeChatClient();
    const view = renderWithClient(<Thread botName="Bot" />, client);
    const big = `${'\u202Eبيانات '.repeat(ONE_MB / 8)}`;
    const { ms } = timed(() => act(() => client.receive(msg({ id: 'big', text: big }))));
    expect(ms).toBeLessThan(8000);
    const bubble = view.container.querySelector('[data-message-id="big"] .xo-message__bubble');
    expect(bubble).toHaveAttribute('dir', 'auto');
    expect((bubble?.textContent ?? '').length).toBeLessThanOrEqual(MARKDOWN_CAP + 1);
    const announced = view.container.querySelector('[data-xo-announcer]')?.textContent ?? '';
    expect(announced.length).toBeGreaterThan(0);
    expect(announced.length).toBeLessThan(1100);
  });

  it('a 500-card carousel mounts only its first page of cards, quickly', () => {
    const elements = Array.from({ length: 500 }, (_, i) => ({
      title: `Card ${i}`,
      subtitle: `\u202Esubtitle ${i}`,
      image_url: `https://img.test/${i}.png`,
      buttons: [{ type: 'postback', title: `Pick ${i}`, payload: `pick-${i}` }],
    }));
    const { value: view, ms } = timed(() => renderTemplate({ template_type: 'carousel', elements }));
    expect(ms).toBeLessThan(3000);
    expect(view.container.querySelectorAll('.xo-card')).toHaveLength(CAROUSEL_PAGE);
    expect(view.container.querySelector('.xo-carousel-position')).toHaveTextContent('1 / 500');
    expect(view.container.querySelector('.xo-tpl-more')).toHaveTextContent('490');
    expectNothingUnsafe(view.container);
  });
});

const STRANGE: Record<string, string> = {
  rtl: 'مرحبا بك في المحادثة',
  hebrewMixed: 'שלום hello עולם 123',
  bidi: 'user\u202Egpj.exe\u202C \u2066isolate\u2069 \u200F\u200E\u061C',
  zeroWidth: 'pay\u200Bpal \u200C\u200D\uFEFF\u2060',
  emoji: '👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇺🇦 1️⃣',
  loneHigh: 'before \uD800 after',
  loneLow: '\uDFFF at start',
  nul: 'nul\u0000inside',
  combining: 'Z̵̡̢͇̈́a̸̗͑l̴̝̈g̶̱̈́o̷̜̍',
};

describe('strange characters', () => {
  it('every bubble of bot, user and postback-label text is dir="auto" and keeps the text exactly', () => {
    const messages: Message[] = Object.entries(STRANGE).flatMap(([name, text], i) => [
      msg({ id: `bot-${name}`, text, createdAt: 1000 + i * 3 }),
      msg({ id: `user-${name}`, from: 'user', text, status: 'sent', createdAt: 1001 + i * 3 }),
      msg({ id: `label-${name}`, from: 'user', text: 'payload', renderMsg: text, status: 'sent', createdAt: 1002 + i * 3 }),
    ]);
    const client = createFakeChatClient({ messages });
    // A tall viewport so every row mounts.
    restoreLayout();
    restoreLayout = fakeLayout({ viewport: 10_000 });
    const view = renderWithClient(<Thread />, client);
    for (const [name, text] of Object.entries(STRANGE)) {
      for (const id of [`bot-${name}`, `user-${name}`, `label-${name}`]) {
        const bubble = view.container.querySelector(`[data-message-id="${id}"] .xo-message__bubble`);
        expect(bubble, id).not.toBeNull();
        expect(bubble).toHaveAttribute('dir', 'auto');
        expect(bubble?.textContent, id).toBe(text.trim());
      }
    }
    expect(consoleErrors).toEqual([]);
  });

  it('template titles, buttons and quick replies with strange text render', () => {
    for (const text of Object.values(STRANGE)) {
      const view = renderTemplate({
        template_type: 'button',
        text,
        buttons: [{ type: 'postback', title: text, payload: text }],
      });
      expect(view.container.textContent).toContain(text.trim());
      view.unmount();
    }
    expect(consoleErrors).toEqual([]);
  });
});

describe('prototype keys in template payloads', () => {
  const evil = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":1},"title":"evil","payload":"p"}';
  const names = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];

  it('template types named after Object.prototype members show their fallback text', () => {
    for (const name of names) {
      const payload = JSON.parse(`{"template_type":${JSON.stringify(name)},"text":"fallback for ${name}","__proto__":{"polluted":1}}`) as JsonObject;
      const view = renderParts([{ type: 'template', templateType: name, payload, fallbackText: `fallback for ${name}` }]);
      expect(view.container.querySelector('.xo-tpl-fallback')).toHaveTextContent(`fallback for ${name}`);
      view.unmount();
    }
    expectNoPollution();
  });

  it.each(Object.keys(defaultTemplates))('%s with __proto__/constructor keys everywhere renders without throwing or polluting', (type) => {
    const payload = JSON.parse(
      `{"template_type":"${type}","text":"Hello","heading":"Head","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},` +
        `"elements":[${evil},${evil}],"buttons":[${evil}],"quick_replies":[${evil}],"cards":[${evil}],"columns":[${evil}],` +
        `"table_design":"regular","options":[${evil}],"formFields":[${evil}],"data":[${evil}],"values":[${evil}],"labels":[${evil}]}`,
    ) as JsonObject;
    const view = renderParts([{ type: 'template', templateType: type, payload, fallbackText: 'Hello' }]);
    // Rendered, or fell back to its text: never blank, never a crashed transcript.
    expect(view.container.querySelector('.xo-parts')).not.toBeNull();
    const fellBack = view.container.querySelector('.xo-tpl-fallback');
    if (fellBack) expect(fellBack).toHaveTextContent(/\S/);
    // A renderer that threw is caught by the boundary but logged by React: none should.
    expect(consoleErrors.map((args) => String(args[0]).slice(0, 200))).toEqual([]);
    expectNothingUnsafe(view.container);
    expectNoPollution();
  });
});

describe('bot media with unsafe URLs', () => {
  it('shows the attachment’s name and that it cannot be shown: never a link, a source, or nothing', () => {
    const kinds = ['image', 'video', 'audio', 'link', 'document'] as const;
    for (const url of [...HOSTILE_URLS, 'data:image/png;base64,AAAA', 'blob:https://x.test/1', 'file:///etc/passwd']) {
      for (const type of kinds) {
        // As Kore wraps media, and as a bare component; named and unnamed.
        for (const [name, entry] of [
          ['evil.png', { type: 'text', component: { type: 'template', payload: { type, payload: { url, name: 'evil.png' } } } }],
          [undefined, { type: 'text', component: { type, payload: { url } } }],
        ] as const) {
          const frame = parseServerFrame(JSON.stringify({ type: 'bot_response', from: 'bot', messageId: 'm', message: [entry] }));
          expect(frame.kind, `${type} ${url}`).toBe('bot');
          if (frame.kind !== 'bot' || !frame.message) continue;
          const view = renderParts([...frame.message.parts]);
          const note = view.container.querySelector('.xo-attachment--unavailable');
          expect(note, `${type} ${url}`).not.toBeNull();
          expect(note?.textContent).toMatch(name ? /^evil\.png cannot be shown/ : /cannot be shown/);
          expect(view.container.querySelectorAll('a, img, video, audio, iframe')).toHaveLength(0);
          // The refused URL is nowhere: not in an attribute, not in the text.
          expect(view.container.textContent).not.toContain(url.trim());
          for (const el of view.container.querySelectorAll('*')) for (const attr of Array.from(el.attributes)) expect(attr.value).not.toContain(url.trim());
          expectNothingUnsafe(view.container);
          view.unmount();
        }
      }
    }
    expect(consoleErrors).toEqual([]);
  });
});
