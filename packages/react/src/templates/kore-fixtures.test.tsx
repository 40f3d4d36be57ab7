// Kore's own sample payloads (../shared/fixtures/kore-payloads.json, from Kore's web and Android SDK sources, read
// at runtime and never copied in), each sent through the core's real normalization twice: as a live
// `bot_response` frame and as a history page. Each must render with the default registry, with no fallback box,
// no throw, every visible string of the payload and its media in the output; and the interactive ones must send
// back, when used once, what Kore's SDK sends.
import type { Message } from '@xo-chat/core';
import { isHttpUrl, isSafeUrl, parseHistoryPage, parseServerFrame } from '@xo-chat/core';
import { act, fireEvent, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChatClientContext } from '../context';
import { QuickReplies } from '../primitives/QuickReplies';
import { createFakeChatClient } from '../testing/fake-client';
import type { FakeChatClient } from '../testing/fake-client';
import { expectationFor, historyPage, liveFrame, loadFixtures, plain, visibleText } from './kore-fixtures.support';
import type { KoreFixture } from './kore-fixtures.support';
import { MessageParts } from './MessageParts';
import { TemplatesProvider } from './registry';
import type { TemplateRegistry, TemplateRenderer } from './types';

const fixtures = loadFixtures();

/**
 * Fixtures whose renderer is still being written elsewhere: their cases are expected to fail (`it.fails`), so the
 * suite stays honest (it never skips them) and tells when one starts passing (then it must leave this list).
 */
const PENDING: ReadonlySet<string> = new Set<string>([]);

let consoleErrors: unknown[][];
beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void consoleErrors.push(args));
});
afterEach(() => {
  vi.restoreAllMocks();
});

function liveMessage(f: KoreFixture): Message {
  const frame = parseServerFrame(liveFrame(f, `ms-${f.id}`));
  if (frame.kind !== 'bot' || !frame.message) throw new Error(`${f.id}: the live frame gave ${JSON.stringify(frame).slice(0, 200)}`);
  return frame.message;
}

function historyMessage(f: KoreFixture): Message {
  const page = parseHistoryPage(historyPage(f, `h-${f.id}`), 0);
  expect(page.dropped, `${f.id}: history dropped it`).toEqual([]);
  const [message] = page.messages;
  if (!message) throw new Error(`${f.id}: history gave no message`);
  return message;
}

/** The message as the window shows it: its parts, and (live) the quick-reply chips above the composer. */
async function show(message: Message, wrap: (node: ReactNode) => ReactNode = (node) => node) {
  const client: FakeChatClient = createFakeChatClient({ messages: [message] });
  const view = render(
    <ChatClientContext.Provider value={client}>
      <div lang="en" dir="ltr">
        {wrap(
          <>
            <MessageParts message={message} />
            <QuickReplies />
          </>,
        )}
      </div>
    </ChatClientContext.Provider>,
  );
  // Lazy renderers: their chunk replaces the loading text.
  await waitFor(() => expect(view.container.querySelector('.xo-tpl-loading')).toBeNull(), { timeout: 10_000 });
  return { ...view, client };
}

/** Opens everything a person can open without sending anything: "Show more" buttons and collapsed sections. */
async function expandAll(container: HTMLElement) {
  for (let round = 0; round < 20; round++) {
    const closed = Array.from(container.querySelectorAll<HTMLElement>('.xo-tpl-more, [aria-expanded="false"]')).filter(
      (el) => !(el as HTMLButtonElement).disabled && el.dataset.opened !== 'yes',
    );
    if (closed.length === 0) return;
    for (const el of closed) {
      el.dataset.opened = 'yes';
      await act(async () => void fireEvent.click(el));
    }
  }
}

/** Script, handler attributes, links or media from URLs the allow-list refuses. */
function dangers(container: HTMLElement): string[] {
  const found: string[] = [];
  if (container.querySelector('script, object, embed')) found.push('a script, object or embed element');
  for (const el of container.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith('on')) found.push(`${attr.name} on <${el.tagName}>`);
      if (attr.name === 'href' && !isSafeUrl(attr.value)) found.push(`href="${attr.value}"`);
      if ((attr.name === 'src' || attr.name === 'poster') && !isHttpUrl(attr.value)) found.push(`src="${attr.value}"`);
    }
  }
  return found;
}

/** Everything wrong with how fixture `f` is shown: an empty list when it renders as Kore's SDK shows it. */
async function problemsOf(f: KoreFixture, message: Message, wrap?: (node: ReactNode) => ReactNode): Promise<string[]> {
  consoleErrors = [];
  const { container, unmount } = await show(message, wrap);
  await expandAll(container);
  const problems: string[] = [];
  if (container.querySelector('.xo-tpl-fallback')) problems.push('fell back to its text');
  if (container.textContent?.includes('"template_type"') || container.textContent?.includes('"payload"')) problems.push('shows its own JSON');
  const expected = expectationFor(f);
  const shown = visibleText(container);
  for (const s of expected.texts) if (!shown.includes(s)) problems.push(`missing text: ${JSON.stringify(s.slice(0, 80))}`);
  const srcs = new Set(Array.from(container.querySelectorAll('img')).map((img) => img.getAttribute('src')));
  for (const u of expected.images) if (!srcs.has(u)) problems.push(`missing image: ${u}`);
  if (expected.media) {
    const { tag, url } = expected.media;
    const el = container.querySelector(tag);
    if (el?.getAttribute(tag === 'a' ? 'href' : 'src') !== url) problems.push(`missing <${tag}> of ${url}`);
  }
  problems.push(...dangers(container));
  for (const args of consoleErrors) problems.push(`console.error: ${String(args[0]).slice(0, 200)}`);
  unmount();
  return problems;
}

// ---- one use of each interactive template, and what Kore's SDK sends for it ----

type Sent = { text: string; renderMsg?: string };
type Use = (ui: ReturnType<typeof within>, user: ReturnType<typeof userEvent.setup>) => Promise<void>;

const clickButton = (name: string | RegExp, index = 0): Use => async (ui, user) => {
  await user.click(ui.getAllByRole('button', { name })[index]!);
};

/**
 * Per fixture: one use, and what Kore's template code sends for it (body, and the bubble where ours matches
 * Kore's; where the bubble is ours by design, e.g. "3 of 5 stars" for a star, only the body is compared).
 */
const USES: Record<string, { use: Use; sent: Sent; bubble?: boolean }> = {
  // button.tsx: a postback sends `payload`, the title is the bubble.
  'web3-button-1': { use: clickButton('Button1'), sent: { text: 'payload1', renderMsg: 'Button1' } },
  // quickReplies.tsx: `payload || value`, bubble `title`.
  'web3-quick-replies-1': { use: clickButton('quickReply2'), sent: { text: 'payload1', renderMsg: 'quickReply2' } },
  'web3-quick-replies-2': { use: clickButton('Red'), sent: { text: 'DEVELOPER_DEFINED_PAYLOAD_FOR_PICKING_RED', renderMsg: 'Red' } },
  'web3-quick-replies-welcome-1': { use: clickButton('Get Balance'), sent: { text: 'get balance', renderMsg: 'Get Balance' } },
  'web1-quick-replies-welcome-2': { use: clickButton('Bill Pay'), sent: { text: 'pay my bill today', renderMsg: 'Bill Pay' } },
  // carousel: a card's postback button.
  'web3-carousel-1': { use: clickButton('Buy now', 1), sent: { text: 'DEVELOPER_DEFINED_PAYLOAD_1', renderMsg: 'Buy now' } },
  'web3-list-1': { use: clickButton('View More'), sent: { text: 'payload', renderMsg: 'View More' } },
  // listView.tsx: a row's default_action `{type: 'postback', title}` sends its title (`payload || title || value`).
  'web3-listView-1': { use: clickButton('Bank Assist'), sent: { text: 'swiggyOrder' }, bubble: false },
  'web1-listView-2': { use: clickButton('Timex'), sent: { text: 'TimexOrder' }, bubble: false },
  // formTemplate.tsx: fields without `key` send their values comma-joined (one field: its value); passwords masked.
  'web3-form-template-1': {
    use: async (ui, user) => {
      await user.type(ui.getByLabelText(/Enter Password/), 'hunter2');
      await user.click(ui.getByRole('button', { name: 'Ok' }));
    },
    sent: { text: 'hunter2', renderMsg: '••••••' },
  },
  // datePicker / dateRange: the template's format; a range `<from> <delimiter> <to>`.
  'web3-dateTemplate-1': {
    use: async (ui, user) => {
      fireEvent.change(ui.getByLabelText('Text to display on header', { selector: 'input' }), { target: { value: '2026-01-22' } });
      await user.click(ui.getByRole('button', { name: 'Confirm' }));
    },
    sent: { text: '01-22-2026' },
  },
  'web3-daterange-1': {
    use: async (ui, user) => {
      fireEvent.change(ui.getByLabelText('From'), { target: { value: '2026-01-21' } });
      fireEvent.change(ui.getByLabelText('To'), { target: { value: '2026-01-25' } });
      await user.click(ui.getByRole('button', { name: 'Confirm' }));
    },
    sent: { text: '01-21-2026 - 01-25-2026' },
  },
  // feedback.tsx: a star sends its value (stars shown 1..5 though the array runs 5..1); CSAT and thumbs send
  // `value` with `reviewText` as the bubble; NPS the number.
  'web3-feedbackTemplate-1': { use: clickButton('3 of 5 stars'), sent: { text: '3' }, bubble: false },
  'web3-feedbackTemplate-2': { use: clickButton('Average'), sent: { text: 'Average', renderMsg: 'Average' } },
  'web3-feedbackTemplate-3': { use: clickButton('7'), sent: { text: '7', renderMsg: '7' } },
  'web3-feedbackTemplate-4': { use: clickButton('Extremely Likely'), sent: { text: 'Extremely Likely', renderMsg: 'Extremely Likely' } },
  'web1-feedbackTemplate-5': { use: clickButton('5 of 5 stars'), sent: { text: '5' }, bubble: false },
  // dropdown.tsx: the element's `value`, bubble `title`.
  'web3-dropdown-template-1': {
    use: async (ui, user) => {
      await user.selectOptions(ui.getByRole('combobox'), ui.getByRole('option', { name: /^Swiss Franc/ }));
      await user.click(ui.getByRole('button', { name: /submit|confirm/i }));
    },
    sent: { text: 'CHF', renderMsg: 'Swiss Franc' },
  },
  'web1-dropdown-template-2': {
    use: async (ui, user) => {
      await user.selectOptions(ui.getByRole('combobox'), ui.getByRole('option', { name: 'Czech Koruna' }));
      await user.click(ui.getByRole('button', { name: /submit|confirm/i }));
    },
    sent: { text: 'CZK', renderMsg: 'Czech Koruna' },
  },
  // radioOptionPicker.ts: `postback.value`, bubble `postback.title`.
  'web3-radioOptionTemplate-1': {
    use: async (ui, user) => {
      await user.click(ui.getByRole('radio', { name: 'Madhu' }));
      await user.click(ui.getByRole('button', { name: 'Confirm' }));
    },
    sent: { text: 'AccountData', renderMsg: 'radioOptionDetails' },
  },
  // checkBoxes.tsx: the checked values, comma-joined in the order shown.
  'web3-multi-select-1': {
    use: async (ui, user) => {
      await user.click(ui.getByRole('checkbox', { name: 'Classic shorts Collection' }));
      await user.click(ui.getByRole('checkbox', { name: 'Classic T-Shirt Collection' }));
      await user.click(ui.getByRole('button', { name: 'Done' }));
    },
    sent: { text: 'tShirt,shorts' },
    bubble: false,
  },
  // advancedMultiSelect.tsx: "Here are selected items: " and the values.
  'web3-advanced-multi-select-1': {
    use: async (ui, user) => {
      await user.click(ui.getByRole('checkbox', { name: 'Classic Puma Collection' }));
      await user.click(ui.getByRole('button', { name: 'Done' }));
    },
    sent: { text: 'Here are selected items: Puma' },
    bubble: false,
  },
  // cardTemplate: a card's postback button sends its payload.
  'web3-cardTemplate-1': { use: clickButton('Show Transactions'), sent: { text: 'USER_DEFINED_PAYLOAD', renderMsg: 'Show Transactions' } },
  // listWidget: an element's postback button.
  'web3-listWidget-1': { use: clickButton('button1'), sent: { text: 'buttonpayload', renderMsg: 'button1' } },
  'web1-listWidget-2': { use: clickButton('button1'), sent: { text: 'buttonpayload', renderMsg: 'button1' } },
  // articleTemplate: a postback button sends its payload.
  'web1-articleTemplate-2': { use: clickButton('Show Article'), sent: { text: 'Show my new article', renderMsg: 'Show Article' } },
  // custom_table: a cell's postback button.
  // custom_table: a cell's postback button (labelled by the cell's value) sends the action's payload.
  'web3-custom-table-1': { use: clickButton('1000'), sent: { text: 'id1' }, bubble: false },
};

describe('Kore’s sample payloads', () => {
  it('the fixture file is there and every fixture has a visible-string rule', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(54);
    for (const f of fixtures) expect(() => expectationFor(f), f.id).not.toThrow();
    // Every id in USES and PENDING names a fixture.
    const ids = new Set(fixtures.map((f) => f.id));
    for (const id of [...Object.keys(USES), ...PENDING]) expect(ids.has(id), id).toBe(true);
  });

  it('the extractor reads what Kore shows (markdown markers gone, payloads and URLs left out)', () => {
    const f = fixtures.find((x) => x.id === 'web1-articleTemplate-2');
    expect(f && expectationFor(f).texts).toContain('Repair Mac laptop');
    const list = fixtures.find((x) => x.id === 'web3-listView-1');
    const texts = list ? expectationFor(list).texts : [];
    expect(texts).toEqual(expect.arrayContaining(['Speed Analysis', 'Here is your recent transactions', '$35.88', 'See more', 'get directions']));
    expect(texts).not.toContain('swiggyOrder');
    expect(plain('*bold* and _it_\nnext')).toBe('bold and it next');
  });

  it('the checks catch a renderer that drops a string, falls back, throws or links an unsafe URL', async () => {
    const button = fixtures.find((x) => x.id === 'web3-button-1');
    if (!button) throw new Error('web3-button-1');
    const message = liveMessage(button);
    const override = (templates: TemplateRegistry) => (node: ReactNode) => <TemplatesProvider templates={templates}>{node}</TemplatesProvider>;
    const drops: TemplateRenderer = () => <p>Button Template Label</p>;
    expect(await problemsOf(button, message, override({ button: drops }))).toContain('missing text: "Button1"');
    expect(await problemsOf(button, message, override({ button: 'not a renderer' as unknown as TemplateRenderer }))).toContain('fell back to its text');
    const throws: TemplateRenderer = () => {
      throw new Error('boom');
    };
    const thrown = await problemsOf(button, message, override({ button: throws }));
    expect(thrown.some((p) => p.startsWith('console.error'))).toBe(true);
    const unsafe: TemplateRenderer = () => <a href="javascript:alert(1)">Button1</a>;
    // (React itself swaps a javascript: href for one that throws; still not an allow-listed URL.)
    expect((await problemsOf(button, message, override({ button: unsafe }))).some((p) => p.startsWith('href="javascript:'))).toBe(true);
  });

  for (const f of fixtures) {
    const test = PENDING.has(f.id) ? it.fails : it;
    describe(f.id, () => {
      test('live: rendered with every visible string and its media, no fallback, no throw', async () => {
        expect(await problemsOf(f, liveMessage(f))).toEqual([]);
      });

      test('from history: the same', async () => {
        expect(await problemsOf(f, historyMessage(f))).toEqual([]);
      });

      const use = USES[f.id];
      if (use) {
        test('used once, sends what Kore’s SDK sends', async () => {
          const user = userEvent.setup();
          const { container, client } = await show(liveMessage(f));
          await expandAll(container);
          await use.use(within(container), user);
          expect(client.sent).toHaveLength(1);
          const [sent] = client.sent;
          expect(sent?.text).toBe(use.sent.text);
          if (use.bubble !== false) expect(sent?.renderMsg).toBe(use.sent.renderMsg);
        });
      }
    });
  }
});
