// Property-based: hostile input never throws, the store stays valid, and links stay allow-listed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../markdown/parse';
import type { BlockNode, InlineNode } from '../markdown/types';
import { mergeMessages } from '../store/store';
import type { Message } from '../types';
import { isSafeUrl } from '../url';
import { parseServerFrame } from './frames';
import { mapHistoryItem } from './history';

const json = fc.jsonValue({ maxDepth: 5 });
const keys = fc.constantFrom('type', 'message', 'messageId', 'replyto', 'cInfo', 'body', 'component', 'payload', 'template_type', 'sM', 'endChunk', '__proto__', 'constructor', 'url', 'text', '_id', 'components', 'cT', 'data', 'userMsgId', 'timestampValue');
const types = fc.constantFrom('ack', 'bot_response', 'user_message', 'events', 'pong', 'typing', 'template', 'text', 'image', 'incoming', 'outgoing');
// Frame-shaped objects reach deeper into the parser than uniform JSON does.
const shaped: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, json, types, fc.dictionary(keys, tie('node'), { maxKeys: 6 }), fc.array(tie('node'), { maxLength: 4 })),
})).node;
const frameLike = fc.record({ type: types, message: shaped, messageId: fc.oneof(fc.string(), fc.integer()), replyto: shaped, sM: fc.boolean(), endChunk: fc.boolean(), createdOn: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())) }, { requiredKeys: ['type'] });

function assertValidStore(messages: readonly Message[]) {
  expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
  for (let i = 1; i < messages.length; i++) expect((messages[i] as Message).createdAt).toBeGreaterThanOrEqual((messages[i - 1] as Message).createdAt);
}

function urlsOf(nodes: Array<InlineNode | BlockNode>, out: string[] = []): string[] {
  for (const node of nodes) {
    if (node.type === 'link') out.push(node.href);
    if (node.type === 'image') out.push(node.src);
    if ('children' in node) urlsOf(node.children, out);
    if (node.type === 'list') for (const item of node.items) urlsOf(item, out);
  }
  return out;
}

describe('properties', () => {
  it('parseServerFrame never throws on arbitrary strings, JSON and frame-shaped objects; merged store stays valid', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), json.map((v) => JSON.stringify(v)), frameLike.map((v) => JSON.stringify(v))), { maxLength: 20 }), (inputs) => {
        let messages: readonly Message[] = [];
        for (const input of inputs) {
          const frame = parseServerFrame(input, 1000);
          if ((frame.kind === 'bot' || frame.kind === 'user') && frame.message) messages = mergeMessages(messages, [frame.message]).messages;
          if (frame.kind === 'bot' && frame.message) {
            for (const part of frame.message.parts) if (part.type === 'attachment') expect(part.url).toMatch(part.blocked ? /^$/ : /^https?:/i);
          }
        }
        assertValidStore(messages);
      }),
      { numRuns: 400 },
    );
  });

  it('mapHistoryItem never throws and merging any pages keeps unique, ordered ids', () => {
    const item = fc.record({ _id: fc.oneof(fc.constantFrom('a', 'b', '__proto__', 'constructor', 'toString'), fc.string(), fc.integer()), type: fc.constantFrom('incoming', 'outgoing', 'x'), timestampValue: fc.oneof(fc.integer(), fc.double()), components: shaped, userMsgId: fc.oneof(fc.string(), fc.constantFrom('__proto__')), tags: shaped }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(item, json), { maxLength: 10 }), { maxLength: 5 }), (pages) => {
        let messages: readonly Message[] = [];
        for (const page of pages) {
          const mapped = page.map((i) => mapHistoryItem(i)).flatMap((r) => (r.ok ? [r.message] : []));
          messages = mergeMessages(messages, mapped).messages;
        }
        assertValidStore(messages);
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parseMarkdown never throws and only emits allow-listed URLs', () => {
    const md = fc.array(fc.oneof(fc.string(), fc.constantFrom('*', '_', '~', '`', '[', '](', ')', '![', '\\d(', '\\$(', '# ', '\n* ', '\n1. ', '\n>>', '\n---\n', '```', 'javascript:', 'https://x.test', ' ', 'data:', '\t', 'mailto:a@b')), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(md, (text) => {
        const tree = parseMarkdown(text, { locale: 'en-US' });
        for (const url of urlsOf(tree.children)) expect(isSafeUrl(url)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
