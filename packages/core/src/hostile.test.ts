// Hostile input through the core: huge and strange content, duplicated history pages and prototype keys.
// Nothing throws, nothing hangs, nothing pollutes a prototype, and the store stays valid (unique, ordered ids).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMarkdown } from './markdown/parse';
import type { BlockNode, InlineNode } from './markdown/types';
import { mapHistoryItem, parseHistoryPage } from './protocol/history';
import { parseServerFrame } from './protocol/frames';
import { mergeMessages } from './store/store';
import { botResponse, fakePlatform, historyItem, memoryStorage } from './test-support/fakes';
import { connectedClient, testClient, tick } from './test-support/client';
import type { FetchLike, Message, TemplatePart } from './types';

const ONE_MB = 1024 * 1024;

/** Every own key of the prototypes a pollution attack would target. */
function prototypeKeys(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Reflect.ownKeys(p).map(String).sort().join(','))
    .join('|');
}
const PRISTINE = prototypeKeys();

function expectNoPollution() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  expect(prototypeKeys()).toBe(PRISTINE);
}

function expectValidStore(messages: readonly Message[]) {
  expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
  for (let i = 1; i < messages.length; i++) expect((messages[i] as Message).createdAt).toBeGreaterThanOrEqual((messages[i - 1] as Message).createdAt);
  for (const m of messages) expect(typeof m.id).toBe('string');
}

/** Wall-clock time of `fn` (real `performance`, whatever the fake timers do). */
function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

function textOf(nodes: ReadonlyArray<InlineNode | BlockNode>): string {
  let out = '';
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string') out += node.value;
    if ('children' in node) out += textOf(node.children);
    if (node.type === 'list') for (const item of node.items) out += textOf(item);
  }
  return out;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T00:00:00Z'), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  expectNoPollution();
});

describe('large content', () => {
  it('a 1 MB bot text frame is parsed, stored whole and markdown-parsed (capped) in reasonable time', async () => {
    const t = await connectedClient();
    const big = 'Lorem *ipsum* dolor [sit](https://x.test) amet_ '.repeat(Math.ceil(ONE_MB / 48)).slice(0, ONE_MB);
    const frame = JSON.stringify(botResponse('ms-big', big));
    expect(frame.length).toBeGreaterThan(2 * ONE_MB); // the text travels twice: cInfo.body and payload.text
    const { ms: receiveMs } = timed(() => t.sockets.last().receive(frame));
    expect(receiveMs).toBeLessThan(4000);
    const stored = t.state().messages[0];
    expect(stored?.parts).toEqual([{ type: 'text', text: big }]);
    expect(t.state().droppedFrames).toBe(0);

    const { value: tree, ms } = timed(() => parseMarkdown(big));
    expect(ms).toBeLessThan(2000);
    const shown = textOf(tree.children);
    expect(shown.length).toBeLessThanOrEqual(100_001);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.startsWith('Lorem ipsum dolor sit amet')).toBe(true);
  });

  it('a frame far beyond the cap is dropped with a diagnostic, without parsing it', async () => {
    const t = await connectedClient();
    const huge = JSON.stringify(botResponse('ms-huge', 'x'.repeat(4 * ONE_MB)));
    const { ms } = timed(() => t.sockets.last().receive(huge));
    expect(ms).toBeLessThan(1000);
    expect(t.state().messages).toHaveLength(0);
    expect(t.diagnostics).toEqual([{ kind: 'frame-dropped', reason: expect.stringMatching(/too large/) as unknown as string }]);
  });

  it.each([
    ['*_[`(', '*_[`('],
    ['[', '['],
    ['*', '*'],
    ['](', ']('],
    ['![', '!['],
    ['\\', '\\'],
    ['_a', '_a'],
    ['[a](', '[a]('],
    ['`', '`'],
    ['~*_', '~*_'],
    ['nested', '[*_[*_[*_'],
    ['lines', '* [\n'],
  ])('100 KB of %s patterns parses in linear time', (_name, unit) => {
    const src = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const { value: tree, ms } = timed(() => parseMarkdown(src));
    expect(ms).toBeLessThan(3000); // generous for a shared CI box; a backtracking parser takes minutes
    expect(tree.type).toBe('root');
    // Whatever the structure, no character is invented: shown text is at most the source.
    expect(textOf(tree.children).length).toBeLessThanOrEqual(src.length + 1);
  });

  it('a bot_response carousel of 500 cards arrives as one template part with every card', async () => {
    const t = await connectedClient();
    const elements = Array.from({ length: 500 }, (_, i) => ({
      title: `Card ${i}`,
      subtitle: `\u202Eevil ${i}`,
      image_url: `https://img.test/${i}.png`,
      buttons: [{ type: 'postback', title: `Pick ${i}`, payload: `pick-${i}` }],
    }));
    const payload = { template_type: 'carousel', elements };
    t.sockets.last().receive({ type: 'bot_response', from: 'bot', messageId: 'ms-car', message: [{ type: 'text', component: { type: 'template', payload: { type: 'template', payload } } }] });
    const part = t.state().messages[0]?.parts[0] as TemplatePart;
    expect(part).toMatchObject({ type: 'template', templateType: 'carousel' });
    expect((part.payload.elements as unknown[]).length).toBe(500);
  });
});

describe('a history of 10,000 items delivered as pages with duplicates across pages', () => {
  const TOTAL = 10_000;
  const base = Date.parse('2024-06-01T00:00:00Z');
  // Pairs of items share a time, so ordering must rely on the stable sort, not on unique times.
  const items = Array.from({ length: TOTAL }, (_, i) => historyItem(`h${i}`, i % 3 ? 'outgoing' : 'incoming', `m${i}`, base + Math.floor(i / 2) * 1000));

  /** Serves the page at offset, plus 7 newer items already served, an inner duplicate, shuffled. */
  function overlappingHistory(platform: ReturnType<typeof fakePlatform>): FetchLike {
    return async (input, init) => {
      const url = new URL(input);
      if (!url.pathname.endsWith('/botmessages/rtm')) return platform.fetch(input, init);
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      const end = TOTAL - offset;
      const start = Math.max(0, end - limit);
      const page = items.slice(start, Math.min(TOTAL, end + 7));
      if (page[0]) page.push(page[0]);
      page.reverse();
      return new Response(JSON.stringify({ total: TOTAL, moreAvailable: start > 0, messages: page }), { status: 200 });
    };
  }

  it('through createChatClient.loadOlder: each id once, ordered, nothing missing', async () => {
    const platform = fakePlatform();
    const t = await connectedClient({ historyPageSize: 100, fetch: overlappingHistory(platform) }, platform);
    const start = performance.now();
    let calls = 0;
    while (t.state().history.hasMore && calls < 200) {
      await t.client.loadOlder();
      calls++;
    }
    expect(performance.now() - start).toBeLessThan(20_000);
    const messages = t.state().messages;
    expect(messages).toHaveLength(TOTAL);
    expectValidStore(messages);
    // Equal times keep their arrival order (the page came reversed), so compare ids as a set.
    expect(new Set(messages.map((m) => m.id))).toEqual(new Set(items.map((i) => i._id)));
    expect(t.state().history).toMatchObject({ status: 'idle', hasMore: false });
    expect(calls).toBe(99); // the first page came with the connection
  });

  it('through parseHistoryPage and mergeMessages, pages in any order', () => {
    const pages: unknown[][] = [];
    for (let end = TOTAL; end > 0; end -= 250) pages.push(items.slice(Math.max(0, end - 300), Math.min(TOTAL, end + 50)));
    // Deliver newest first, then again oldest first: every item arrives at least twice.
    let messages: readonly Message[] = [];
    for (const page of [...pages, ...pages.slice().reverse()]) {
      messages = mergeMessages(messages, parseHistoryPage({ messages: page }, 0).messages).messages;
    }
    expect(messages).toHaveLength(TOTAL);
    expectValidStore(messages);
    expect(messages.map((m) => m.id)).toEqual(items.map((i) => i._id));
  });
});

const STRANGE = {
  rtl: 'مرحبا بك في المحادثة',
  bidi: 'user\u202Egpj.exe\u202C \u2066isolate\u2069 \u200F\u200E\u061C',
  zeroWidth: 'pay\u200Bpal \u200C\u200D\uFEFF\u2060',
  emoji: '👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇺🇦 1️⃣',
  loneHigh: 'before \uD800 after',
  loneLow: '\uDFFF at start',
  nul: 'nul\u0000inside\u0000',
  combining: 'Z̵̡̢͇̈́a̸̗͑l̴̝̈g̶̱̈́o̷̜̍',
};

describe('strange characters are kept exactly, everywhere', () => {
  it.each(Object.entries(STRANGE))('%s: live frame, echo, history item, markdown and send', async (_name, text) => {
    const t = await connectedClient();
    t.sockets.last().receive(botResponse(`ms-${text}`, text));
    t.sockets.last().receive({ type: 'user_message', from: 'self', id: `u-${text}`, message: { body: text, renderMsg: text, attachments: [] } });
    const page = parseHistoryPage({ messages: [historyItem(`h-${text}`, 'outgoing', text, Date.now() - 1000)] }, 0);
    const id = t.client.send(text);
    t.sockets.last().receive({ type: 'ack', ok: true, replyto: id });
    const texts = t.state().messages.map((m) => (m.parts[0]?.type === 'text' ? m.parts[0].text : undefined));
    expect(texts).toEqual([text, text, text]);
    expect(page.messages[0]?.parts).toEqual([{ type: 'text', text }]);
    expect(t.sockets.last().messages()[0]?.message).toMatchObject({ body: text });
    expect(textOf(parseMarkdown(text).children)).toBe(text.trim());
    expectValidStore(t.state().messages);
    expect(t.state().droppedFrames).toBe(0);
  });

  it('a binary frame that is not valid UTF-8 is dropped, not decoded into garbage', () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    expect(parseServerFrame(bytes)).toEqual({ kind: 'dropped', reason: 'frame is not UTF-8 text' });
  });

  it('lone surrogates survive the outbox in storage across a reload', async () => {
    const storage = memoryStorage();
    const first = await connectedClient({ storage });
    const id = first.client.send(STRANGE.loneHigh);
    first.client.stop();
    const second = testClient({ storage });
    void second.client.start();
    await tick();
    expect(second.state().messages).toMatchObject([{ id, parts: [{ type: 'text', text: STRANGE.loneHigh }] }]);
  });
});

describe('prototype keys in payloads', () => {
  const evil = '{"__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":1}}';
  const names = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];

  function evilFrames(): string[] {
    const frames: string[] = [];
    for (const name of names) {
      const key = JSON.stringify(name);
      frames.push(
        `{"type":"bot_response","messageId":${key},"__proto__":{"polluted":1},"message":[{"type":"text","cInfo":{"body":"hi ${name}"},"component":{"type":"text","payload":{"text":"hi ${name}","__proto__":{"polluted":1}}}}]}`,
        `{"type":"bot_response","messageId":"tpl-${name}","message":[{"type":"text","component":{"type":"template","payload":{"type":"template","payload":{"template_type":${key},"text":"fallback ${name}","__proto__":{"polluted":1},"elements":[${evil}],"buttons":[${evil}]}}}}]}`,
        `{"type":"bot_response","messageId":"att-${name}","message":[{"type":"text","component":{"type":${key},"payload":{"url":"https://x.test/${name}"}},"cInfo":{"body":"att ${name}"}}]}`,
        `{"type":"bot_response","messageId":"body-${name}","message":[{"type":"text","cInfo":{"body":"{\\"type\\":\\"template\\",\\"payload\\":{\\"template_type\\":${JSON.stringify(key).slice(1, -1)},\\"__proto__\\":{\\"polluted\\":1}}}"}}]}`,
        `{"type":${key},"message":${evil}}`,
        `{"type":"ack","ok":true,"replyto":${key}}`,
        `{"type":"events","message":{"type":"message_read","clientMessageId":${key},"__proto__":{"polluted":1}}}`,
        `{"type":"user_message","from":"self","id":${key},"message":{"body":"echo ${name}","renderMsg":${key},"__proto__":{"polluted":1}}}`,
      );
    }
    frames.push(evil, `{"type":"bot_response","message":${evil}}`, `{"type":"bot_response","message":[${evil}]}`);
    return frames;
  }

  it('frames with __proto__/constructor/prototype keys and ids never throw nor pollute; the store stays valid', async () => {
    const t = await connectedClient();
    for (const frame of evilFrames()) expect(() => t.sockets.last().receive(frame)).not.toThrow();
    const messages = t.state().messages;
    expectValidStore(messages);
    const ids = messages.map((m) => m.id);
    for (const name of names) expect(ids).toContain(name);
    expectNoPollution();
  });

  it('a component type named after an Object.prototype member is not an attachment kind', () => {
    for (const name of names) {
      const frame = parseServerFrame(`{"type":"bot_response","messageId":"m","message":[{"type":"text","component":{"type":"${name}","payload":{"url":"https://x.test/a"}},"cInfo":{"body":"caption"}}]}`);
      expect(frame).toMatchObject({ kind: 'bot', message: { parts: [{ type: 'text', text: 'caption' }] } });
      const item = mapHistoryItem({ _id: 'h', type: 'outgoing', timestampValue: 1, components: [{ cT: name, data: { url: 'https://x.test/a' } }], tags: { altText: [{ value: 'alt' }] } });
      expect(item).toMatchObject({ ok: true, message: { parts: [{ type: 'text', text: 'alt' }] } });
    }
  });

  it('template payloads keep __proto__ as plain data and fall back to their text', () => {
    const frame = parseServerFrame(evilFrames()[1] as string);
    if (frame.kind !== 'bot' || !frame.message) throw new Error('expected a bot message');
    const part = frame.message.parts[0] as TemplatePart;
    expect(part).toMatchObject({ type: 'template', templateType: '__proto__', fallbackText: 'fallback __proto__' });
    expect(Object.getPrototypeOf(part.payload)).toBe(Object.prototype);
    expect(Object.hasOwn(part.payload, '__proto__')).toBe(true);
  });

  it('history pages with prototype ids, userMsgIds and cT values merge into a valid store', () => {
    const page = names.flatMap((name, i) => [
      historyItem(name, 'outgoing', `bot ${name}`, 1000 + i),
      { ...historyItem(`u-${name}`, 'incoming', `user ${name}`, 1000 + i), userMsgId: name === 'constructor' ? 'toString' : `c-${name}` },
      { _id: `c-${name}`, type: 'outgoing', timestampValue: 2000 + i, components: [{ cT: name, data: JSON.parse(evil) as unknown }], tags: JSON.parse(evil) as unknown },
      JSON.parse(`{"_id":"p-${name}","type":"outgoing","timestampValue":3000,"__proto__":{"polluted":1},"components":[{"cT":"text","data":{"text":"ok","__proto__":{"polluted":1}}}]}`) as unknown,
    ]);
    const parsed = parseHistoryPage({ messages: page, __proto__: { polluted: 1 } }, 0);
    const merged = mergeMessages(mergeMessages([], parsed.messages).messages, parsed.messages).messages;
    expectValidStore(merged);
    expect(merged.map((m) => m.id)).toEqual(expect.arrayContaining([...names, 'toString']));
    expectNoPollution();
  });

  it('an outbox in storage with prototype keys and ids restores what is valid', async () => {
    const storage = memoryStorage();
    const key = (id: string) => `xo-chat:outbox:st-1:u-1:${id}`;
    storage.setItem(key('__proto__'), `{"__proto__":{"polluted":1},"v":2,"tab":"t0","id":"__proto__","body":"a","createdAt":1}`);
    storage.setItem(key('constructor'), `{"constructor":{"prototype":{"polluted":1}},"v":2,"tab":"t0","id":"constructor","body":"b","createdAt":2}`);
    storage.setItem(key('mismatch'), `{"v":2,"tab":"t0","id":"__proto__","body":"dup","createdAt":3}`);
    const t = testClient({ storage });
    void t.client.start();
    await tick();
    expect(t.diagnostics.some((d) => d.kind === 'error' && /malformed entry/.test(d.message))).toBe(true);
    expect(t.state().messages.map((m) => [m.id, m.parts[0]])).toEqual([
      ['__proto__', { type: 'text', text: 'a' }],
      ['constructor', { type: 'text', text: 'b' }],
    ]);
    expectNoPollution();
  });
});
