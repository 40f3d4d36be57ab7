import { describe, expect, it } from 'vitest';
import { parseServerFrame } from './frames';
import { mapHistoryItem } from './history';

const NOW = 1_700_000_000_000;
const parse = (frame: unknown) => parseServerFrame(JSON.stringify(frame), NOW);
const template = (payload: Record<string, unknown>) => ({ type: 'text', component: { type: 'template', payload: { type: 'template', payload } } });

describe('parseServerFrame', () => {
  it('acks compare as strings', () => {
    expect(parse({ type: 'ack', ok: true, replyto: 1466692440896 })).toEqual({ kind: 'ack', replyto: '1466692440896' });
  });

  it('bot_response text, nested template, stringified template, attachments', () => {
    const frame = parse({
      type: 'bot_response',
      from: 'bot',
      messageId: 'ms-1',
      createdOn: '2024-01-01T00:00:00.000Z',
      message: [
        { type: 'text', cInfo: { body: ' Hi. ' } },
        template({ template_type: 'button', text: 'Pick', buttons: [] }),
        { type: 'text', cInfo: { body: JSON.stringify({ type: 'template', payload: { template_type: 'quick_replies', text: 'Q?' } }) } },
        { type: 'text', component: { type: 'image', payload: { url: 'https://x.test/i.png', name: 'i' } } },
        { type: 'text', component: { type: 'image', payload: { url: 'javascript:alert(1)' } } },
        template({ template_type: 'brand_new_thing', heading: 'Fallback heading' }),
      ],
    });
    expect(frame).toMatchObject({ kind: 'bot', holdTyping: false });
    if (frame.kind !== 'bot' || !frame.message) throw new Error('expected a bot message');
    expect(frame.message.id).toBe('ms-1');
    expect(frame.message.createdAt).toBe(Date.parse('2024-01-01T00:00:00.000Z'));
    expect(frame.message.parts).toEqual([
      { type: 'text', text: ' Hi. ' },
      { type: 'template', templateType: 'button', payload: { template_type: 'button', text: 'Pick', buttons: [] }, fallbackText: 'Pick' },
      { type: 'template', templateType: 'quick_replies', payload: { template_type: 'quick_replies', text: 'Q?' }, fallbackText: 'Q?' },
      { type: 'attachment', kind: 'image', url: 'https://x.test/i.png', name: 'i' },
      // The refused URL is dropped; what is left says an image was not shown.
      { type: 'attachment', kind: 'image', url: '', blocked: true },
      { type: 'template', templateType: 'brand_new_thing', payload: { template_type: 'brand_new_thing', heading: 'Fallback heading' }, fallbackText: 'Fallback heading' },
    ]);
  });

  it('SYSTEM comes from system; wait_for_response only holds typing; agents by author', () => {
    const system = parse({ type: 'bot_response', from: 'bot', messageId: 's', message: [template({ template_type: 'SYSTEM', text: 'Agent joined' })] });
    expect(system).toMatchObject({ kind: 'bot', message: { from: 'system', parts: [{ type: 'template', templateType: 'SYSTEM', fallbackText: 'Agent joined' }] } });
    expect(parse({ type: 'bot_response', from: 'bot', message: [template({ template_type: 'wait_for_response' })] })).toEqual({ kind: 'bot', message: null, holdTyping: true });
    expect(parse({ type: 'bot_response', from: 'bot', messageId: 'a', author: { type: 'AGENT' }, message: [{ type: 'text', cInfo: { body: 'hi' } }] })).toMatchObject({ message: { from: 'agent' } });
  });

  it('a bot_response without an id gets a content id, so a duplicate dedupes', () => {
    const frame = { type: 'bot_response', from: 'bot', createdOn: '2024-01-01T00:00:00Z', message: [{ type: 'text', cInfo: { body: 'x' } }] };
    const a = parse(frame);
    const b = parse(frame);
    expect(a.kind === 'bot' && b.kind === 'bot' && a.message?.id === b.message?.id).toBe(true);
  });

  it('events, user_message, status and junk', () => {
    expect(parse({ type: 'events', message: { type: 'message_read', clientMessageId: 7 } })).toEqual({ kind: 'receipt', status: 'read', clientMessageId: '7' });
    expect(parse({ type: 'user_message', from: 'self', id: 5, message: { body: 'hey', renderMsg: 'Hey' } })).toMatchObject({ kind: 'user', message: { id: '5', from: 'user', renderMsg: 'Hey' } });
    expect(parse({ type: 'Bot_Active' })).toEqual({ kind: 'status', type: 'Bot_Active' });
    expect(parseServerFrame('{', NOW)).toEqual({ kind: 'dropped', reason: 'frame is not valid JSON' });
    expect(parseServerFrame(42, NOW)).toMatchObject({ kind: 'dropped' });
    expect(parse({ type: '__proto__' })).toMatchObject({ kind: 'dropped' });
    expect(parse({ type: 'bot_response', message: 'no' })).toMatchObject({ kind: 'dropped' });
  });
});

describe('mapHistoryItem', () => {
  it('maps user and bot items, templates in text, altText and userMsgId', () => {
    const user = mapHistoryItem({ _id: 'ms-1', type: 'incoming', userMsgId: 'cm-9', timestampValue: 5, components: [{ cT: 'text', data: { text: 'PAYLOAD_YES' } }], tags: { altText: [{ value: 'Yes' }] } });
    expect(user).toEqual({ ok: true, message: { id: 'cm-9', clientMessageId: 'cm-9', from: 'user', createdAt: 5, fromHistory: true, renderMsg: 'Yes', parts: [{ type: 'text', text: 'PAYLOAD_YES' }] } });
    const bot = mapHistoryItem({ _id: 'ms-2', type: 'outgoing', createdOn: '2024-01-01T00:00:00Z', components: [{ cT: 'text', data: { text: JSON.stringify({ type: 'template', payload: { template_type: 'carousel', elements: [] } }) } }] });
    expect(bot).toMatchObject({ ok: true, message: { id: 'ms-2', from: 'bot', parts: [{ type: 'template', templateType: 'carousel' }] } });
    expect(mapHistoryItem({ type: 'incoming' })).toEqual({ ok: false, reason: 'history item without _id' });
  });
});
