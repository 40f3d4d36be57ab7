// The wrappings Kore's bots use (from Kore's SDK sources and docs), live and from history.
import { describe, expect, it } from 'vitest';
import type { Message, MessagePart } from '../types';
import { parseServerFrame } from './frames';
import { mapHistoryItem } from './history';

const NOW = 1_700_000_000_000;

/** What a bot's `print(JSON.stringify(value))` becomes on the socket: the value in the component and in cInfo.body. */
function liveEntry(value: Record<string, unknown>) {
  return { type: 'text', component: { type: 'template', payload: value }, cInfo: { body: JSON.stringify(value) } };
}

function live(...entries: unknown[]): Message {
  const frame = parseServerFrame(JSON.stringify({ type: 'bot_response', from: 'bot', messageId: 'ms-1', message: entries }), NOW);
  if (frame.kind !== 'bot' || !frame.message) throw new Error(`expected a bot message, got ${JSON.stringify(frame)}`);
  return frame.message;
}

function history(text: string): Message {
  const result = mapHistoryItem({ _id: 'h-1', type: 'outgoing', timestampValue: 5, components: [{ cT: 'text', data: { text } }] });
  if (!result.ok) throw new Error(result.reason);
  return result.message;
}

/** The same value live (component and cInfo.body), live with only cInfo.body, and from history. */
function everyWay(value: Record<string, unknown>): MessagePart[][] {
  return [
    live(liveEntry(value)).parts as MessagePart[],
    live({ type: 'text', cInfo: { body: JSON.stringify(value) } }).parts as MessagePart[],
    history(JSON.stringify(value)).parts as MessagePart[],
  ];
}

describe('media wrapped as Kore wraps it', () => {
  it.each(['image', 'video', 'audio', 'link'] as const)('%s with spaces around its URL', (type) => {
    for (const parts of everyWay({ type, payload: { url: `  https://media.test/a.${type}  ` } })) {
      expect(parts).toEqual([{ type: 'attachment', kind: type, url: `https://media.test/a.${type}` }]);
    }
  });

  it('a document is a file; name and text are kept', () => {
    for (const parts of everyWay({ type: 'document', payload: { url: ' https://media.test/r.pdf', name: 'Report', text: 'The report' } })) {
      expect(parts).toEqual([{ type: 'attachment', kind: 'file', url: 'https://media.test/r.pdf', name: 'Report', text: 'The report' }]);
    }
  });

  it('also inside another template wrapper, and named directly by the component', () => {
    expect(live(liveEntry({ type: 'template', payload: { type: 'image', payload: { url: 'https://media.test/x.png' } } })).parts).toEqual([
      { type: 'attachment', kind: 'image', url: 'https://media.test/x.png' },
    ]);
    expect(live({ type: 'text', component: { type: 'video', payload: { url: ' https://media.test/v.mp4 ' } } }).parts).toEqual([
      { type: 'attachment', kind: 'video', url: 'https://media.test/v.mp4' },
    ]);
  });

  it('an unsafe URL gives a blocked attachment with its name and no URL, never nothing', () => {
    for (const url of ['javascript:alert(1)', ' javascript:alert(1)', 'data:image/png;base64,AAAA', 'java\tscript:x', '//evil.test/x']) {
      for (const parts of everyWay({ type: 'image', payload: { url, name: 'cat.png' } })) {
        expect(parts).toEqual([{ type: 'attachment', kind: 'image', url: '', blocked: true, name: 'cat.png' }]);
      }
    }
    // The refused URL appears nowhere in the message.
    expect(JSON.stringify(live(liveEntry({ type: 'video', payload: { url: 'javascript:alert(1)' } })))).not.toContain('javascript');
  });

  it('a media entry without any URL is not an attachment', () => {
    const frame = parseServerFrame(JSON.stringify({ type: 'bot_response', from: 'bot', message: [liveEntry({ type: 'image', payload: {} })] }), NOW);
    expect(frame).toMatchObject({ kind: 'dropped' });
  });

  it('prototype member names are no media kinds', () => {
    for (const type of ['__proto__', 'constructor', 'toString']) {
      const frame = parseServerFrame(JSON.stringify({ type: 'bot_response', from: 'bot', message: [liveEntry({ type, payload: { url: 'https://x.test/a.png' } })] }), NOW);
      if (frame.kind === 'bot') expect(frame.message?.parts.some((p) => p.type === 'attachment')).toBe(false);
    }
  });
});

describe('message with media (attachment:message)', () => {
  it('shows the text, then the video or audio', () => {
    for (const parts of everyWay({ type: 'message', payload: { text: 'Message label', videoUrl: ' https://media.test/v.mp4' } })) {
      expect(parts).toEqual([
        { type: 'text', text: 'Message label' },
        { type: 'attachment', kind: 'video', url: 'https://media.test/v.mp4' },
      ]);
    }
    expect(everyWay({ type: 'message', payload: { text: 'Listen', audioUrl: 'https://media.test/a.mp3' } })[2]).toEqual([
      { type: 'text', text: 'Listen' },
      { type: 'attachment', kind: 'audio', url: 'https://media.test/a.mp3' },
    ]);
  });

  it('also as the component type itself', () => {
    expect(live({ type: 'text', component: { type: 'message', payload: { text: 'Hi', audioUrl: 'https://media.test/a.mp3' } } }).parts).toEqual([
      { type: 'text', text: 'Hi' },
      { type: 'attachment', kind: 'audio', url: 'https://media.test/a.mp3' },
    ]);
  });
});

describe('error components', () => {
  it('become an error template with the text and the colour as given (the renderer checks it)', () => {
    const expected = { type: 'template', templateType: 'error', payload: { template_type: 'error', text: 'Card declined', color: '#c00' }, fallbackText: 'Card declined' };
    expect(live({ type: 'text', component: { type: 'error', payload: { text: 'Card declined', color: '#c00' } } }).parts).toEqual([expected]);
    for (const parts of everyWay({ type: 'error', payload: { text: 'Card declined', color: '#c00' } })) expect(parts).toEqual([expected]);
  });

  it('an error without text falls back to the entry text', () => {
    expect(live({ type: 'text', component: { type: 'error', payload: { color: 'red' } }, cInfo: { body: 'Something failed' } }).parts).toEqual([
      { type: 'text', text: 'Something failed' },
    ]);
  });
});

describe('SYSTEM and live_agent keep their templates', () => {
  it('SYSTEM: a system message holding the SYSTEM template', () => {
    const value = { type: 'template', payload: { template_type: 'SYSTEM', text: 'An agent joined' } };
    const frame = live(liveEntry(value));
    expect(frame.from).toBe('system');
    expect(frame.parts).toEqual([{ type: 'template', templateType: 'SYSTEM', payload: value.payload, fallbackText: 'An agent joined' }]);
    expect(history(JSON.stringify(value))).toMatchObject({ from: 'system', parts: [{ type: 'template', templateType: 'SYSTEM' }] });
  });

  it('live_agent: an agent message holding the live_agent template', () => {
    const value = { type: 'template', payload: { template_type: 'live_agent', text: 'Please choose' } };
    expect(live(liveEntry(value))).toMatchObject({ from: 'agent', parts: [{ type: 'template', templateType: 'live_agent', fallbackText: 'Please choose' }] });
    expect(history(JSON.stringify(value))).toMatchObject({ from: 'agent', parts: [{ type: 'template', templateType: 'live_agent' }] });
  });
});

describe('the inline digital form', () => {
  it('a payload with formData and no template_type is an inline_form template', () => {
    const value = { type: 'template', payload: { formData: { formLink: 'https://forms.test/f?hash=1', renderType: 'inline' } } };
    for (const parts of everyWay(value)) {
      expect(parts).toEqual([{ type: 'template', templateType: 'inline_form', payload: value.payload, fallbackText: '' }]);
    }
  });

  it('a template_type wins over formData', () => {
    const [parts] = everyWay({ type: 'template', payload: { template_type: 'button', text: 'x', formData: {} } });
    expect(parts?.[0]).toMatchObject({ templateType: 'button' });
  });
});

describe('texts that only look like JSON stay text', () => {
  it('a brace in prose, or JSON of no known kind', () => {
    expect(history('{not json}').parts).toEqual([{ type: 'text', text: '{not json}' }]);
    expect(history('{"hello":"world"}').parts).toEqual([{ type: 'text', text: '{"hello":"world"}' }]);
    expect(live({ type: 'text', component: { type: 'text', payload: { text: 'test message' } }, cInfo: { body: 'test message' } }).parts).toEqual([
      { type: 'text', text: 'test message' },
    ]);
  });
});
